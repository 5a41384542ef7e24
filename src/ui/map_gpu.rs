//! Map meshes that live on the GPU: the basemap and a crowded network's links are uploaded once,
//! in map coordinates, and a moving view only changes a small camera uniform. Moving their
//! hundreds of thousands of vertices on the CPU and copying them into egui's buffers every frame
//! was most of a frame's time while the map panned or zoomed.

use std::collections::HashMap;
use std::num::NonZeroU64;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

use eframe::egui_wgpu::{self, wgpu, wgpu::util::DeviceExt as _};
use egui::{Color32, Shape, Vec2};

use super::strips::Strips;
use crate::map::camera::ScreenTransform;
use crate::map::projection::MapPoint;

/// The map's render pipeline samples each pixel this many times; eframe's window is opened with
/// the same, and a pipeline must match the pass it draws in.
pub const MULTISAMPLING: u16 = 1;

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// A vertex: a map point, and where the vertex sits from it in screen points, so lines keep
/// their width in points at every zoom.
#[repr(C)]
#[derive(Clone, Copy, Debug, bytemuck::Pod, bytemuck::Zeroable)]
struct MapVertex {
    at: [f32; 2],
    offset: [f32; 2],
    /// Premultiplied sRGBA, as egui's own vertices.
    color: [u8; 4],
}

/// Triangles in map coordinates, being built; [`MapMesh::finish`] hands them over for drawing.
#[derive(Debug, Default)]
pub struct MapMesh {
    vertices: Vec<MapVertex>,
    indices: Vec<u32>,
}

impl MapMesh {
    /// Adds triangles over `vertices`, whose `indices` count from the first of them.
    pub fn push(
        &mut self,
        vertices: impl IntoIterator<Item = (MapPoint, Vec2, Color32)>,
        indices: &[u32],
    ) {
        let base = self.vertices.len() as u32;
        self.vertices
            .extend(vertices.into_iter().map(|(at, offset, color)| MapVertex {
                at: [at.x as f32, at.y as f32],
                offset: [offset.x, offset.y],
                color: color.to_array(),
            }));
        self.indices.extend(indices.iter().map(|&i| base + i));
    }

    /// Adds a line `width` points wide along `points`, its vertices offset on screen from their
    /// map points. `scratch` is reused from line to line so that no line allocates.
    pub fn push_line(
        &mut self,
        scratch: &mut Strips,
        points: &[MapPoint],
        width: f32,
        color: Color32,
    ) {
        scratch.clear();
        scratch.push(points, width, color);
        if let Some((vertices, indices)) = scratch.item(0) {
            self.push(vertices.iter().map(|v| (v.at, v.offset, v.color)), indices);
        }
    }

    /// The size of its largest buffer on the GPU, in bytes.
    pub fn largest_buffer(&self) -> u64 {
        let vertices = std::mem::size_of_val(self.vertices.as_slice());
        let indices = std::mem::size_of_val(self.indices.as_slice());
        vertices.max(indices) as u64
    }

    /// The finished mesh, to be drawn at any camera.
    pub fn finish(self) -> Arc<FinishedMesh> {
        Arc::new(FinishedMesh {
            id: next_id(),
            triangles: Mutex::new(Some((self.vertices, self.indices))),
        })
    }
}

/// A mesh ready to draw. The GPU keeps its triangles as long as this lives, and the CPU's copy
/// is let go once they are uploaded.
#[derive(Debug)]
pub struct FinishedMesh {
    /// Tells meshes apart on the GPU side, where the mesh is kept under this number.
    id: u64,
    /// The vertices and indices until they are uploaded.
    triangles: Mutex<Option<(Vec<MapVertex>, Vec<u32>)>>,
}

impl FinishedMesh {
    /// A shape that draws the mesh through `view` into `view.screen`. `view_id` names the map view
    /// it is drawn in: every mesh drawn in one view in one frame shares that view's camera.
    pub fn shape(self: &Arc<Self>, view: &ScreenTransform, view_id: u64) -> Shape {
        let c = view.screen.center();
        let camera = ViewUniform {
            center: [view.camera.center.x as f32, view.camera.center.y as f32],
            scale: (1.0 / view.camera.km_per_px) as f32,
            _padding: 0.0,
            screen_center: [c.x, c.y],
            screen_size: [0.0, 0.0],
        };
        Shape::Callback(egui_wgpu::Callback::new_paint_callback(
            view.screen,
            MapMeshCallback {
                mesh: Arc::clone(self),
                view_id,
                camera,
            },
        ))
    }
}

/// Where a view's camera puts map points on screen; the screen's size is filled in when drawn.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
struct ViewUniform {
    /// The map point at the view's centre.
    center: [f32; 2],
    /// Screen points per map kilometre.
    scale: f32,
    _padding: f32,
    /// The view's centre on screen, in points.
    screen_center: [f32; 2],
    /// The whole screen, in points.
    screen_size: [f32; 2],
}

struct MapMeshCallback {
    mesh: Arc<FinishedMesh>,
    view_id: u64,
    camera: ViewUniform,
}

impl egui_wgpu::CallbackTrait for MapMeshCallback {
    fn prepare(
        &self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        screen: &egui_wgpu::ScreenDescriptor,
        _encoder: &mut wgpu::CommandEncoder,
        resources: &mut egui_wgpu::CallbackResources,
    ) -> Vec<wgpu::CommandBuffer> {
        if let Some(renderer) = resources.get_mut::<MapRenderer>() {
            let camera = ViewUniform {
                screen_size: [
                    screen.size_in_pixels[0] as f32 / screen.pixels_per_point,
                    screen.size_in_pixels[1] as f32 / screen.pixels_per_point,
                ],
                ..self.camera
            };
            renderer.prepare(device, queue, &self.mesh, self.view_id, camera);
        }
        Vec::new()
    }

    fn paint(
        &self,
        info: egui::PaintCallbackInfo,
        pass: &mut wgpu::RenderPass<'static>,
        resources: &egui_wgpu::CallbackResources,
    ) {
        let Some(renderer) = resources.get::<MapRenderer>() else {
            return;
        };
        let (Some(mesh), Some(view)) = (
            renderer.meshes.get(&self.mesh.id),
            renderer.views.get(&self.view_id),
        ) else {
            return;
        };
        // The uniform places points on the whole screen; the scissor keeps them to the map.
        let [width, height] = info.screen_size_px;
        pass.set_viewport(0.0, 0.0, width as f32, height as f32, 0.0, 1.0);
        pass.set_pipeline(&renderer.pipeline);
        pass.set_bind_group(0, &view.bind_group, &[]);
        pass.set_vertex_buffer(0, mesh.vertices.slice(..));
        pass.set_index_buffer(mesh.indices.slice(..), wgpu::IndexFormat::Uint32);
        pass.draw_indexed(0..mesh.index_count, 0, 0..1);
    }
}

struct GpuMesh {
    /// The mesh's owner on the CPU side; when it is gone, so is this.
    owner: Weak<FinishedMesh>,
    vertices: wgpu::Buffer,
    indices: wgpu::Buffer,
    index_count: u32,
}

struct GpuView {
    uniform: wgpu::Buffer,
    bind_group: wgpu::BindGroup,
    camera: ViewUniform,
}

/// The pipeline and the meshes and cameras it draws with, kept in egui's renderer.
pub struct MapRenderer {
    pipeline: wgpu::RenderPipeline,
    view_layout: wgpu::BindGroupLayout,
    meshes: HashMap<u64, GpuMesh>,
    views: HashMap<u64, GpuView>,
}

impl MapRenderer {
    /// Puts the map's pipeline into `render_state`'s renderer, where map meshes find it. Returns
    /// the largest buffer the device takes: a mesh larger than that is drawn by egui instead.
    pub fn install(render_state: &egui_wgpu::RenderState) -> u64 {
        let renderer = MapRenderer::new(&render_state.device, render_state.target_format);
        render_state
            .renderer
            .write()
            .callback_resources
            .insert(renderer);
        render_state.device.limits().max_buffer_size
    }

    fn new(device: &wgpu::Device, target: wgpu::TextureFormat) -> Self {
        let module = device.create_shader_module(wgpu::ShaderModuleDescriptor {
            label: Some("map_mesh"),
            source: wgpu::ShaderSource::Wgsl(include_str!("map_mesh.wgsl").into()),
        });
        let view_layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
            label: Some("map_view"),
            entries: &[wgpu::BindGroupLayoutEntry {
                binding: 0,
                visibility: wgpu::ShaderStages::VERTEX,
                ty: wgpu::BindingType::Buffer {
                    ty: wgpu::BufferBindingType::Uniform,
                    has_dynamic_offset: false,
                    min_binding_size: NonZeroU64::new(std::mem::size_of::<ViewUniform>() as u64),
                },
                count: None,
            }],
        });
        let layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
            label: Some("map_mesh"),
            bind_group_layouts: &[Some(&view_layout)],
            immediate_size: 0,
        });
        let pipeline = device.create_render_pipeline(&wgpu::RenderPipelineDescriptor {
            label: Some("map_mesh"),
            layout: Some(&layout),
            vertex: wgpu::VertexState {
                module: &module,
                entry_point: Some("vs_main"),
                buffers: &[Some(wgpu::VertexBufferLayout {
                    array_stride: std::mem::size_of::<MapVertex>() as u64,
                    step_mode: wgpu::VertexStepMode::Vertex,
                    attributes: &wgpu::vertex_attr_array![
                        0 => Float32x2, 1 => Float32x2, 2 => Unorm8x4
                    ],
                })],
                compilation_options: wgpu::PipelineCompilationOptions::default(),
            },
            primitive: wgpu::PrimitiveState {
                topology: wgpu::PrimitiveTopology::TriangleList,
                cull_mode: None,
                ..wgpu::PrimitiveState::default()
            },
            depth_stencil: None,
            multisample: wgpu::MultisampleState {
                count: u32::from(MULTISAMPLING),
                mask: !0,
                alpha_to_coverage_enabled: false,
            },
            fragment: Some(wgpu::FragmentState {
                module: &module,
                // Colours are sRGB; a target that encodes sRGB itself is given linear ones.
                entry_point: Some(if target.is_srgb() {
                    "fs_linear_target"
                } else {
                    "fs_gamma_target"
                }),
                targets: &[Some(wgpu::ColorTargetState {
                    format: target,
                    // Premultiplied alpha, blended as egui blends its own meshes.
                    blend: Some(wgpu::BlendState {
                        color: wgpu::BlendComponent {
                            src_factor: wgpu::BlendFactor::One,
                            dst_factor: wgpu::BlendFactor::OneMinusSrcAlpha,
                            operation: wgpu::BlendOperation::Add,
                        },
                        alpha: wgpu::BlendComponent {
                            src_factor: wgpu::BlendFactor::OneMinusDstAlpha,
                            dst_factor: wgpu::BlendFactor::One,
                            operation: wgpu::BlendOperation::Add,
                        },
                    }),
                    write_mask: wgpu::ColorWrites::ALL,
                })],
                compilation_options: wgpu::PipelineCompilationOptions::default(),
            }),
            multiview_mask: None,
            cache: None,
        });
        MapRenderer {
            pipeline,
            view_layout,
            meshes: HashMap::new(),
            views: HashMap::new(),
        }
    }

    /// Uploads `mesh` if it is new, and sets the camera of view `view_id`.
    fn prepare(
        &mut self,
        device: &wgpu::Device,
        queue: &wgpu::Queue,
        mesh: &Arc<FinishedMesh>,
        view_id: u64,
        camera: ViewUniform,
    ) {
        if !self.meshes.contains_key(&mesh.id) {
            self.meshes.retain(|_, kept| kept.owner.strong_count() > 0);
            let triangles = match mesh.triangles.lock() {
                Ok(mut triangles) => triangles.take(),
                Err(poisoned) => poisoned.into_inner().take(),
            };
            if let Some((vertices, indices)) = triangles
                && !indices.is_empty()
            {
                let uploaded = upload(device, &vertices, &indices, Arc::downgrade(mesh));
                self.meshes.insert(mesh.id, uploaded);
            }
        }
        let layout = &self.view_layout;
        let view = self.views.entry(view_id).or_insert_with(|| {
            let uniform = device.create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some("map_view"),
                contents: bytemuck::bytes_of(&camera),
                usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            });
            let bind_group = device.create_bind_group(&wgpu::BindGroupDescriptor {
                label: Some("map_view"),
                layout,
                entries: &[wgpu::BindGroupEntry {
                    binding: 0,
                    resource: uniform.as_entire_binding(),
                }],
            });
            GpuView {
                uniform,
                bind_group,
                camera,
            }
        });
        if view.camera != camera {
            queue.write_buffer(&view.uniform, 0, bytemuck::bytes_of(&camera));
            view.camera = camera;
        }
    }
}

fn upload(
    device: &wgpu::Device,
    vertices: &[MapVertex],
    indices: &[u32],
    owner: Weak<FinishedMesh>,
) -> GpuMesh {
    GpuMesh {
        owner,
        vertices: device.create_buffer_init(&wgpu::util::BufferInitDescriptor {
            label: Some("map_mesh_vertices"),
            contents: bytemuck::cast_slice(vertices),
            usage: wgpu::BufferUsages::VERTEX,
        }),
        indices: device.create_buffer_init(&wgpu::util::BufferInitDescriptor {
            label: Some("map_mesh_indices"),
            contents: bytemuck::cast_slice(indices),
            usage: wgpu::BufferUsages::INDEX,
        }),
        index_count: indices.len() as u32,
    }
}

/// A number for a map view, under which the GPU keeps its camera.
pub fn new_view_id() -> u64 {
    next_id()
}
