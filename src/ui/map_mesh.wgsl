// Map meshes: vertices in map kilometres, each with an offset in screen points, placed by the
// view's camera and drawn with egui's blending.

struct View {
    // The map point at the view's centre.
    center: vec2<f32>,
    // Screen points per map kilometre.
    scale: f32,
    padding: f32,
    // The view's centre on screen, in points.
    screen_center: vec2<f32>,
    // The whole screen, in points.
    screen_size: vec2<f32>,
};

@group(0) @binding(0) var<uniform> view: View;

struct VertexOutput {
    @builtin(position) position: vec4<f32>,
    @location(0) color: vec4<f32>,
};

@vertex
fn vs_main(
    @location(0) at: vec2<f32>,
    @location(1) offset: vec2<f32>,
    @location(2) color: vec4<f32>,
) -> VertexOutput {
    // Map y runs north, screen y south.
    let d = (at - view.center) * view.scale;
    let screen = view.screen_center + vec2<f32>(d.x, -d.y) + offset;
    var out: VertexOutput;
    out.position = vec4<f32>(
        2.0 * screen.x / view.screen_size.x - 1.0,
        1.0 - 2.0 * screen.y / view.screen_size.y,
        0.0,
        1.0,
    );
    out.color = color;
    return out;
}

// 0-1 linear from 0-1 sRGB gamma, as egui converts its own colours.
fn linear_from_gamma_rgb(srgb: vec3<f32>) -> vec3<f32> {
    let cutoff = srgb < vec3<f32>(0.04045);
    let lower = srgb / vec3<f32>(12.92);
    let higher = pow((srgb + vec3<f32>(0.055)) / vec3<f32>(1.055), vec3<f32>(2.4));
    return select(higher, lower, cutoff);
}

@fragment
fn fs_gamma_target(in: VertexOutput) -> @location(0) vec4<f32> {
    return in.color;
}

@fragment
fn fs_linear_target(in: VertexOutput) -> @location(0) vec4<f32> {
    return vec4<f32>(linear_from_gamma_rgb(in.color.rgb), in.color.a);
}
