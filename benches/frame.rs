//! Frame CPU time, on the UI thread's own clock: one UI pass of the whole app plus the
//! tessellation of what it drew, headless, at 1920×1080, while the map is panned and zoomed.
//! The map's meshes go to a wgpu device (a software one where the machine has no GPU), as in the
//! window. Each drive is run twice and the second is timed, once the basemap levels the first
//! asked for are built, so every timed frame draws the same levels. Prints
//! `bench NAME VALUE UNIT` lines:
//!
//! - `frame_builtin_*`: the built-in route, every layer on, flows moving;
//! - `frame_stress_*`: a synthetic network of 10,000 places, 50,000 links and 5 flow layers,
//!   zoomed from the whole network down to a city and back out;
//! - `frame_whole_*`: the whole frame as the user waits for it, on the wall clock (run after the
//!   others, in fresh apps that draw every frame): the UI pass,
//!   tessellation, uploading the frame's buffers and textures, and drawing it into a 1920×1080
//!   target on the GPU, finished (on a machine with no GPU, Mesa's software rasterizer does the
//!   drawing, and that is where most of the time goes);
//! - `stress_memory_peak`: the process's peak resident memory, on Linux, GPU device included.

use std::time::{Duration, Instant};

use corridor_atlas::CorridorApp;
use corridor_atlas::stress::{StressSpec, generate};
use corridor_atlas::ui::app::{Settings, StartRoute};
use eframe::egui_wgpu;
use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, pos2, vec2};

const SIZE: egui::Vec2 = vec2(1920.0, 1080.0);
/// A point well inside the map, right of the side panel and under the menu bar.
const MAP_POINT: Pos2 = pos2(1250.0, 560.0);
/// Seconds between frames, as at 60 frames a second.
const FRAME_DT: f64 = 1.0 / 60.0;

/// The app in an egui context of its own, with no window: frames are run as eframe runs them.
/// The map's meshes go to a GPU device as they do in the window, so the frames do the CPU work
/// the window's frames do; the GPU's own work is not part of a frame's CPU time.
struct Headless {
    ctx: egui::Context,
    app: CorridorApp,
    render_state: egui_wgpu::RenderState,
    /// Where the whole frame is drawn, as a window's surface would be.
    target: egui_wgpu::wgpu::TextureView,
    time: f64,
    /// Whether each frame is drawn whole on the GPU; else its buffers are only uploaded.
    draw: bool,
    /// The wall time of each frame's whole work, GPU drawing included, when frames are drawn.
    whole: Vec<Duration>,
}

impl Headless {
    fn new(start: StartRoute, draw: bool) -> Self {
        let ctx = egui::Context::default();
        let settings = Settings {
            motion: true,
            ..Settings::default()
        };
        let render_state = egui_kittest::wgpu::create_render_state(
            egui_kittest::wgpu::default_wgpu_setup(),
            egui_wgpu::RendererOptions::default(),
        );
        let app = CorridorApp::with_settings(&ctx, start, settings).on_gpu(Some(&render_state));
        let target = render_state
            .device
            .create_texture(&egui_wgpu::wgpu::TextureDescriptor {
                label: Some("frame"),
                size: egui_wgpu::wgpu::Extent3d {
                    width: SIZE.x as u32,
                    height: SIZE.y as u32,
                    depth_or_array_layers: 1,
                },
                mip_level_count: 1,
                sample_count: 1,
                dimension: egui_wgpu::wgpu::TextureDimension::D2,
                format: render_state.target_format,
                usage: egui_wgpu::wgpu::TextureUsages::RENDER_ATTACHMENT,
                view_formats: &[],
            })
            .create_view(&egui_wgpu::wgpu::TextureViewDescriptor::default());
        Headless {
            ctx,
            app,
            render_state,
            target,
            time: 0.0,
            draw,
            whole: Vec::new(),
        }
    }

    /// One frame with these events: the UI pass, then tessellating what it drew.
    fn frame(&mut self, events: Vec<Event>) -> Duration {
        self.time += FRAME_DT;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SIZE)),
            time: Some(self.time),
            predicted_dt: FRAME_DT as f32,
            events,
            ..RawInput::default()
        };
        let wall = Instant::now();
        let start = thread_cpu_time();
        let mut output = self.ctx.run_ui(input, |ui| self.app.show(ui));
        let primitives = self
            .ctx
            .tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        let took = thread_cpu_time().saturating_sub(start);
        if self.draw {
            self.draw(&primitives, &output.textures_delta);
            self.whole.push(wall.elapsed());
        } else {
            self.upload(&primitives);
        }
        took
    }

    /// Hands the frame's buffers to the GPU as the window does before drawing, outside the
    /// frame's time: this is where map meshes are uploaded and their CPU copies let go.
    fn upload(&self, primitives: &[egui::ClippedPrimitive]) {
        let state = &self.render_state;
        let mut encoder = state
            .device
            .create_command_encoder(&egui_wgpu::wgpu::CommandEncoderDescriptor::default());
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [SIZE.x as u32, SIZE.y as u32],
            pixels_per_point: 1.0,
        };
        let user = state.renderer.write().update_buffers(
            &state.device,
            &state.queue,
            &mut encoder,
            primitives,
            &screen,
        );
        state
            .queue
            .submit(user.into_iter().chain(std::iter::once(encoder.finish())));
        let _ = state
            .device
            .poll(egui_wgpu::wgpu::PollType::wait_indefinitely());
    }

    /// Draws the frame as the window does: its textures and buffers uploaded (this is where map
    /// meshes go to the GPU and their CPU copies are let go), then every primitive drawn into
    /// the target, waiting until the GPU has finished.
    fn draw(&self, primitives: &[egui::ClippedPrimitive], textures: &egui::TexturesDelta) {
        use egui_wgpu::wgpu;
        let state = &self.render_state;
        let mut renderer = state.renderer.write();
        for (id, deltas) in &textures.set {
            for delta in deltas {
                renderer.update_texture(&state.device, &state.queue, *id, delta);
            }
        }
        let mut encoder = state
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor::default());
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [SIZE.x as u32, SIZE.y as u32],
            pixels_per_point: 1.0,
        };
        let user = renderer.update_buffers(
            &state.device,
            &state.queue,
            &mut encoder,
            primitives,
            &screen,
        );
        {
            let pass = encoder.begin_render_pass(&wgpu::RenderPassDescriptor {
                label: Some("frame"),
                color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                    view: &self.target,
                    resolve_target: None,
                    depth_slice: None,
                    ops: wgpu::Operations {
                        load: wgpu::LoadOp::Clear(wgpu::Color::WHITE),
                        store: wgpu::StoreOp::Store,
                    },
                })],
                depth_stencil_attachment: None,
                timestamp_writes: None,
                occlusion_query_set: None,
                multiview_mask: None,
            });
            renderer.render(&mut pass.forget_lifetime(), primitives, &screen);
        }
        state
            .queue
            .submit(user.into_iter().chain(std::iter::once(encoder.finish())));
        let _ = state.device.poll(wgpu::PollType::wait_indefinitely());
        for id in &textures.free {
            renderer.free_texture(id);
        }
    }

    fn state(&self) -> &CorridorApp {
        &self.app
    }
}

/// The CPU time this thread has used: a frame's cost without the time other programs on the
/// machine took the core from it. Wall time where there is no such clock.
fn thread_cpu_time() -> Duration {
    #[cfg(unix)]
    {
        let mut now = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `now` is a valid timespec for the call to fill in.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) } == 0 {
            return Duration::new(now.tv_sec as u64, now.tv_nsec as u32);
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// Drives the map through `frames` frames: the pointer circles the map point with the button
/// held, dragging the map round, while the view zooms by `zoom(frame)` each frame. Returns each
/// frame's time: the UI pass and tessellating its shapes.
fn drive(app: &mut Headless, frames: usize, zoom: impl Fn(usize) -> f32) -> Vec<Duration> {
    let at = |k: usize| {
        let angle = k as f32 * 0.05;
        MAP_POINT + vec2(angle.cos(), angle.sin()) * 120.0
    };
    let press = |pos, pressed| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    app.frame(vec![Event::PointerMoved(at(0))]);
    app.frame(vec![press(at(0), true)]);
    let times = (1..=frames)
        .map(|k| app.frame(vec![Event::PointerMoved(at(k)), Event::Zoom(zoom(k))]))
        .collect();
    app.frame(vec![press(at(frames), false)]);
    times
}

/// Runs the same drive once untimed, then lets the basemap levels it asked for finish: the timed
/// run draws the same levels from its first frame to its last, whenever their building ends.
fn warm_up(app: &mut Headless, frames: usize, zoom: impl Fn(usize) -> f32) {
    drive(app, frames, zoom);
    frames_while(
        app,
        "the basemap levels are built",
        CorridorApp::is_building_basemap,
    );
    for _ in 0..5 {
        app.frame(Vec::new());
    }
}

/// Runs frames while `busy` holds of the app, for work done on other threads; fails after two
/// minutes.
fn frames_while(app: &mut Headless, what: &str, busy: impl Fn(&CorridorApp) -> bool) {
    let waiting = Instant::now();
    app.frame(Vec::new());
    while busy(app.state()) {
        assert!(waiting.elapsed() < Duration::from_secs(120), "{what}");
        std::thread::sleep(Duration::from_millis(20));
        app.frame(Vec::new());
    }
}

/// The median and the 95th percentile.
fn summary(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
    (at(0.5), at(0.95))
}

fn report(name: &str, times: Vec<Duration>) {
    let (median, p95) = summary(times);
    println!("bench {name}_median {median:.2} ms");
    println!("bench {name}_p95 {p95:.2} ms");
}

/// The built-in route; `draw` draws every frame whole and reports its wall time instead.
fn builtin(draw: bool) {
    let mut app = Headless::new(StartRoute::Builtin, draw);
    // In, then out again: four times as close over 150 frames and back.
    let step = 4f32.powf(1.0 / 150.0);
    let zoom = |k| if k <= 150 { step } else { 1.0 / step };
    warm_up(&mut app, 300, zoom);
    let camera = app.state().camera();
    app.whole.clear();
    let times = drive(&mut app, 300, zoom);
    assert_ne!(app.state().camera(), camera, "the map moved");
    if draw {
        report("frame_whole_builtin", std::mem::take(&mut app.whole));
    } else {
        report("frame_builtin", times);
    }
}

/// The synthetic network; `draw` draws every frame whole and reports its wall time instead.
fn stress(draw: bool) {
    let spec = StressSpec::default();
    let route = generate(&spec);
    let dir = std::env::temp_dir().join(format!("corridor-atlas-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder for the stress route");
    let path = dir.join("stress.json");
    corridor_atlas::io::save_route(&route, &path).expect("the stress route is written");
    drop(route);

    let mut app = Headless::new(StartRoute::Files(vec![path]), draw);
    frames_while(&mut app, "the stress route loads", CorridorApp::is_loading);
    assert_eq!(app.state().route().links.len(), spec.links);
    // From the whole network down to a city, 80 times closer, over 200 frames, and back out.
    let step = 80f32.powf(1.0 / 200.0);
    let zoom = |k| if k <= 200 { step } else { 1.0 / step };
    warm_up(&mut app, 400, zoom);
    let start = app.state().camera();
    app.whole.clear();
    let times = drive(&mut app, 400, zoom);
    let end = app.state().camera();
    assert!(
        (end.km_per_px / start.km_per_px - 1.0).abs() < 0.05,
        "back at the whole network: {start:?} {end:?}"
    );
    if draw {
        report("frame_whole_stress", std::mem::take(&mut app.whole));
    } else {
        report("frame_stress", times);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Peak resident memory in MB, from `/proc/self/status`; `None` where there is none.
fn memory_peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// `cargo bench --bench frame -- builtin` runs only the benchmarks whose names hold `builtin`.
fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    if wanted("frame_builtin") {
        builtin(false);
    }
    if wanted("frame_stress") {
        stress(false);
    }
    // The app's own memory, before any frame is drawn whole: a software GPU rasterizing in the
    // process would count its own working memory too.
    if let Some(mb) = memory_peak_mb() {
        println!("bench stress_memory_peak {mb:.0} MB");
    }
    if wanted("frame_whole_builtin") {
        builtin(true);
    }
    if wanted("frame_whole_stress") {
        stress(true);
    }
}
