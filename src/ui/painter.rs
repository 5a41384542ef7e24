//! The egui back end: translates a [`DisplayList`] into egui shapes. The basemap, the route's
//! areas and a crowded network's links come as shapes in map coordinates and go to the GPU as
//! meshes built once (see [`MeshCache`]); everything else is placed on screen already.

use std::sync::Arc;

use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Painter, Pos2, Shape, Vec2, pos2};

use crate::map::basemap::BasemapMeshes;
use crate::map::camera::ScreenTransform;
use crate::map::projection::MapPoint;
use crate::scene::display::{
    AreaShape, BasemapShapes, Circle, DisplayList, Item, Line, Polygon, RectShape, Rings, Stroke,
    Text, mesh_point_to_screen,
};
use crate::scene::lower::BORDER_WIDTH;
use crate::scene::polyline::dash_pieces;
use crate::scene::{PLAIN_LINE_WIDTH, PlainLinks, style};
use crate::text::fonts;

use super::map_gpu::{self, FinishedMesh, MapMesh};
use super::strips::Strips;

/// What the map draws from meshes built once: the basemap, its borders, and a crowded network's
/// links. Each map view keeps its own.
pub struct MeshCache {
    /// When map meshes go to the GPU: the largest buffer it takes. `None` places them on the
    /// CPU each frame, as does a mesh too large for the GPU.
    gpu: Option<u64>,
    /// This view's number on the GPU, where its camera is kept.
    view_id: u64,
    /// Every country's borders as thin lines in map coordinates, built once per set of meshes,
    /// with the range of items that belongs to each country.
    borders: Option<Borders>,
    /// The basemap placed on screen, kept while the view does not change.
    screen_basemap: Option<(ScreenTransform, BasemapKey, Vec<Shape>)>,
    /// The basemap on the GPU, with the part of the map it covers.
    gpu_basemap: Option<(BasemapKey, MapRect, Option<Arc<FinishedMesh>>)>,
    gpu_links: Option<(LinkPaths, Option<Arc<FinishedMesh>>)>,
    /// Every link as a thin line in map coordinates, when they are placed on the CPU.
    screen_links: Option<(LinkPaths, Strips)>,
}

type LinkPaths = Arc<[Arc<[MapPoint]>]>;

impl Default for MeshCache {
    fn default() -> Self {
        MeshCache {
            gpu: None,
            view_id: map_gpu::new_view_id(),
            borders: None,
            screen_basemap: None,
            gpu_basemap: None,
            gpu_links: None,
            screen_links: None,
        }
    }
}

type Borders = (Arc<BasemapMeshes>, Strips, Vec<std::ops::Range<usize>>);

/// A box on the map: its lower-left and upper-right corners.
type MapRect = (MapPoint, MapPoint);

/// The meshes the basemap was made from, and which countries the route runs through.
#[derive(Clone)]
struct BasemapKey(Arc<BasemapMeshes>, Arc<[bool]>);

impl BasemapKey {
    fn new(shapes: &BasemapShapes) -> Self {
        BasemapKey(
            Arc::clone(&shapes.meshes),
            Arc::clone(&shapes.route_countries),
        )
    }

    /// Whether it is the key of these shapes.
    fn is_for(&self, shapes: &BasemapShapes) -> bool {
        Arc::ptr_eq(&self.0, &shapes.meshes) && self.1 == shapes.route_countries
    }
}

impl MeshCache {
    /// Sends map meshes to the GPU from now on; `max_buffer` is the largest buffer it takes.
    pub fn use_gpu(&mut self, max_buffer: u64) {
        self.gpu = Some(max_buffer);
    }

    fn borders(&mut self, basemap: &Arc<BasemapMeshes>) -> &Borders {
        if !self
            .borders
            .as_ref()
            .is_some_and(|b| Arc::ptr_eq(&b.0, basemap))
        {
            self.borders = None;
        }
        self.borders.get_or_insert_with(|| border_strips(basemap))
    }

    fn paint_basemap(&mut self, painter: &Painter, shapes: &BasemapShapes, view: &ScreenTransform) {
        let basemap = &shapes.meshes;
        if let Some(max_buffer) = self.gpu {
            let (min, max) = view.visible_map_rect();
            let (w, h) = (max.x - min.x, max.y - min.y);
            let stale = self.gpu_basemap.as_ref().is_none_or(|(k, (lo, hi), _)| {
                !k.is_for(shapes)
                    || min.x < lo.x
                    || min.y < lo.y
                    || max.x > hi.x
                    || max.y > hi.y
                    || hi.x - lo.x > REGION_SHRINK * w
            });
            if stale {
                // The land within a view's width and height of this one: room to move before
                // the mesh is made again, without the whole world at fine detail.
                let region = (
                    MapPoint::new(min.x - w, min.y - h),
                    MapPoint::new(max.x + w, max.y + h),
                );
                let mesh = basemap_mesh(basemap, &shapes.route_countries, region);
                let fits = mesh.largest_buffer() <= max_buffer;
                let key = BasemapKey::new(shapes);
                self.gpu_basemap = Some((key, region, fits.then(|| mesh.finish())));
            }
            if let Some((_, _, Some(mesh))) = &self.gpu_basemap {
                painter.add(mesh.shape(view, self.view_id));
                return;
            }
        }
        let fresh = self
            .screen_basemap
            .as_ref()
            .is_some_and(|(v, k, _)| v == view && k.is_for(shapes));
        if !fresh {
            let borders = self.borders(basemap);
            let placed = basemap_shapes(basemap, &shapes.route_countries, view, borders);
            self.screen_basemap = Some((*view, BasemapKey::new(shapes), placed));
        }
        if let Some((_, _, shapes)) = &self.screen_basemap {
            painter.extend(shapes.iter().cloned());
        }
    }

    fn paint_plain_links(&mut self, painter: &Painter, plain: &PlainLinks, view: &ScreenTransform) {
        if let Some(max_buffer) = self.gpu {
            if self
                .gpu_links
                .as_ref()
                .is_none_or(|(paths, _)| !Arc::ptr_eq(paths, &plain.paths))
            {
                // Line by line, so the whole network is never held twice on the CPU.
                let mut mesh = MapMesh::default();
                let mut line = Strips::default();
                for &i in plain.order.iter() {
                    let (Some(points), Some(&color)) = (plain.paths.get(i), plain.colors.get(i))
                    else {
                        continue;
                    };
                    mesh.push_line(&mut line, points, PLAIN_LINE_WIDTH, color);
                }
                let fits = mesh.largest_buffer() <= max_buffer;
                self.gpu_links = Some((Arc::clone(&plain.paths), fits.then(|| mesh.finish())));
            }
            if let Some((_, Some(mesh))) = &self.gpu_links {
                painter.add(mesh.shape(view, self.view_id));
                return;
            }
        }
        if self
            .screen_links
            .as_ref()
            .is_none_or(|(paths, _)| !Arc::ptr_eq(paths, &plain.paths))
        {
            let mut strips = Strips::default();
            for (points, &color) in plain.paths.iter().zip(plain.colors.iter()) {
                strips.push(points, PLAIN_LINE_WIDTH, color);
            }
            self.screen_links = Some((Arc::clone(&plain.paths), strips));
        }
        if let Some((_, strips)) = &self.screen_links {
            let mut mesh = Mesh::default();
            strips.append(plain.links.iter().copied(), view, &mut mesh);
            painter.add(Shape::mesh(mesh));
        }
    }
}

/// The land and borders that reach into `region`, in map coordinates: only the triangles and
/// stretches of border there, since a fine country such as Russia is hundreds of thousands of
/// vertices, nearly all far off when the view is on a port.
fn basemap_mesh(basemap: &BasemapMeshes, on_route: &[bool], region: MapRect) -> MapMesh {
    let (lo, hi) = region;
    let reaches_in = |a: [f32; 2], b: [f32; 2]| {
        f64::from(a[0].max(b[0])) >= lo.x
            && f64::from(a[0].min(b[0])) <= hi.x
            && f64::from(a[1].max(b[1])) >= lo.y
            && f64::from(a[1].min(b[1])) <= hi.y
    };
    let at = |v: &[f32; 2]| MapPoint::new(f64::from(v[0]), f64::from(v[1]));
    let mut mesh = MapMesh::default();
    let triangles = basemap.triangles_within(lo, hi);
    // A country's vertices taken so far: where each went in `kept`, or none.
    let mut placed: Vec<Option<u32>> = Vec::new();
    let mut kept: Vec<MapPoint> = Vec::new();
    let mut indices: Vec<u32> = Vec::new();
    for same_country in triangles.chunk_by(|a, b| a.0 == b.0) {
        let i = same_country[0].0 as usize;
        let Some(country) = basemap.countries.get(i) else {
            continue;
        };
        placed.clear();
        placed.resize(country.vertices.len(), None);
        kept.clear();
        indices.clear();
        for &(_, first) in same_country {
            let first = first as usize;
            let corners = country.indices.get(first..first + 3).unwrap_or_default();
            for &v in corners {
                let (Some(slot), Some(point)) =
                    (placed.get_mut(v as usize), country.vertices.get(v as usize))
                else {
                    continue;
                };
                let index = *slot.get_or_insert_with(|| {
                    kept.push(at(point));
                    (kept.len() - 1) as u32
                });
                indices.push(index);
            }
        }
        let color = style::land(i, on_route.get(i).copied().unwrap_or(false));
        mesh.push(kept.iter().map(|&p| (p, Vec2::ZERO, color)), &indices);
    }
    let mut line = Strips::default();
    let mut stretch: Vec<MapPoint> = Vec::new();
    let mut border = |stretch: &mut Vec<MapPoint>| {
        mesh.push_line(&mut line, stretch, BORDER_WIDTH, style::BORDER);
        stretch.clear();
    };
    let countries = basemap.countries.iter().filter(|c| {
        let (min, max) = (c.bounds.min(), c.bounds.max());
        max.x >= lo.x && min.x <= hi.x && max.y >= lo.y && min.y <= hi.y
    });
    for country in countries {
        for ring in &country.outlines {
            for pair in ring.windows(2) {
                if reaches_in(pair[0], pair[1]) {
                    if stretch.is_empty() {
                        stretch.push(at(&pair[0]));
                    }
                    stretch.push(at(&pair[1]));
                } else if !stretch.is_empty() {
                    border(&mut stretch);
                }
            }
            if !stretch.is_empty() {
                border(&mut stretch);
            }
        }
    }
    mesh
}

/// The countries' borders, as thin as the display list asks.
fn border_strips(basemap: &Arc<BasemapMeshes>) -> Borders {
    let mut strips = Strips::default();
    let mut ranges = Vec::with_capacity(basemap.countries.len());
    let mut items = 0;
    for country in &basemap.countries {
        let start = items;
        for ring in &country.outlines {
            let points: Vec<MapPoint> = ring
                .iter()
                .map(|v| MapPoint::new(f64::from(v[0]), f64::from(v[1])))
                .collect();
            strips.push(&points, BORDER_WIDTH, style::BORDER);
            items += 1;
        }
        ranges.push(start..items);
    }
    (Arc::clone(basemap), strips, ranges)
}

/// A basemap mesh is made again, for the smaller region around the view, once it is this many
/// views wide: after zooming in twice over, since it is made three views wide.
const REGION_SHRINK: f64 = 6.0;

fn basemap_shapes(
    basemap: &BasemapMeshes,
    on_route: &[bool],
    view: &ScreenTransform,
    (_, borders, border_items): &Borders,
) -> Vec<Shape> {
    let (min, max) = view.visible_map_rect();
    let scale = 1.0 / view.camera.km_per_px;
    let c = view.screen.center();
    let (cx, cy) = (view.camera.center.x, view.camera.center.y);
    let to_screen = |v: [f32; 2]| {
        pos2(
            (f64::from(c.x) + (f64::from(v[0]) - cx) * scale) as f32,
            (f64::from(c.y) - (f64::from(v[1]) - cy) * scale) as f32,
        )
    };
    let mut fill = Mesh::default();
    let mut lines = Mesh::default();
    for (i, country) in basemap.countries.iter().enumerate() {
        let b = &country.bounds;
        if b.max().x < min.x || b.min().x > max.x || b.max().y < min.y || b.min().y > max.y {
            continue;
        }
        let color = style::land(i, on_route.get(i).copied().unwrap_or(false));
        let base = fill.vertices.len() as u32;
        fill.vertices
            .extend(country.vertices.iter().map(|&v| Vertex {
                pos: to_screen(v),
                uv: WHITE_UV,
                color,
            }));
        fill.indices
            .extend(country.indices.iter().map(|&i| base + i));
        if let Some(items) = border_items.get(i) {
            borders.append(items.clone(), view, &mut lines);
        }
    }
    vec![Shape::mesh(fill), Shape::mesh(lines)]
}

/// One of the route's areas, when in view: its triangles filled, its rings outlined.
fn paint_area(painter: &Painter, area: &AreaShape, view: &ScreenTransform) {
    let (min, max) = view.visible_map_rect();
    let b = &area.mesh.bounds;
    if b.max().x < min.x || b.min().x > max.x || b.max().y < min.y || b.min().y > max.y {
        return;
    }
    let mut fill = Mesh::default();
    fill.vertices
        .extend(area.mesh.vertices.iter().map(|&v| Vertex {
            pos: mesh_point_to_screen(view, v),
            uv: WHITE_UV,
            color: area.fill,
        }));
    fill.indices.extend_from_slice(&area.mesh.indices);
    painter.add(Shape::mesh(fill));
    for ring in &area.mesh.outlines {
        let points: Vec<Pos2> = ring
            .iter()
            .map(|&v| mesh_point_to_screen(view, v))
            .collect();
        painter.add(Shape::closed_line(points, egui_stroke(&area.outline)));
    }
}

fn egui_stroke(stroke: &Stroke) -> egui::Stroke {
    egui::Stroke::new(stroke.width, stroke.color)
}

/// Paints a display list. `cache` keeps what is built once in map coordinates.
pub fn paint(painter: &Painter, list: &DisplayList, cache: &mut MeshCache) {
    let mut shapes: Vec<Shape> = Vec::new();
    for item in &list.items {
        match item {
            Item::Basemap(basemap) => {
                painter.extend(shapes.drain(..));
                cache.paint_basemap(painter, basemap, &list.view);
            }
            Item::PlainLinks(plain) => {
                painter.extend(shapes.drain(..));
                cache.paint_plain_links(painter, plain, &list.view);
            }
            Item::Area(area) => {
                painter.extend(shapes.drain(..));
                paint_area(painter, area, &list.view);
            }
            item => shapes_of(painter, item, &mut shapes),
        }
    }
    painter.extend(shapes);
}

/// Paints items already placed on screen, such as cards over the map; items in map
/// coordinates need a view and are left out.
pub fn paint_items(painter: &Painter, items: &[Item]) {
    let mut shapes = Vec::new();
    for item in items {
        shapes_of(painter, item, &mut shapes);
    }
    painter.extend(shapes);
}

/// The shapes of one item placed on screen.
pub fn shapes_of(painter: &Painter, item: &Item, out: &mut Vec<Shape>) {
    match item {
        Item::Group(_) | Item::Basemap(_) | Item::Area(_) | Item::PlainLinks(_) => {}
        Item::Line(line) => line_shapes(line, out),
        Item::Circle(Circle {
            center,
            radius,
            fill,
            stroke,
        }) => {
            out.push(Shape::circle_filled(*center, *radius, *fill));
            if let Some(stroke) = stroke.filter(|s| s.is_visible()) {
                out.push(Shape::circle_stroke(*center, *radius, egui_stroke(&stroke)));
            }
        }
        Item::Polygon(Polygon {
            points,
            fill,
            stroke,
        }) => out.push(Shape::convex_polygon(
            points.clone(),
            *fill,
            stroke.as_ref().map_or(egui::Stroke::NONE, egui_stroke),
        )),
        Item::Rings(rings) => rings_shapes(rings, out),
        Item::Rect(rect) => rect_shapes(rect, out),
        Item::Text(text) => text_shapes(painter, text, out),
    }
}

fn line_shapes(line: &Line, out: &mut Vec<Shape>) {
    if line.points.len() < 2 || !line.stroke.is_visible() {
        return;
    }
    let stroke = egui_stroke(&line.stroke);
    match line.stroke.dash {
        None => out.push(Shape::line(line.points.clone(), stroke)),
        Some((on, off)) => {
            for piece in dash_pieces(&line.points, on, off) {
                out.push(Shape::line(piece, stroke));
            }
        }
    }
}

/// Rings filled by the even-odd rule: triangulated, since egui fills only convex shapes.
fn rings_shapes(rings: &Rings, out: &mut Vec<Shape>) {
    use geo::TriangulateEarcut;
    let ring = |points: &Vec<Pos2>| {
        geo::LineString::from(
            points
                .iter()
                .map(|p| (f64::from(p.x), f64::from(p.y)))
                .collect::<Vec<_>>(),
        )
    };
    if let Some((outer, holes)) = rings.rings.split_first() {
        let polygon = geo::Polygon::new(ring(outer), holes.iter().map(ring).collect());
        let raw = polygon.earcut_triangles_raw();
        let mut mesh = Mesh::default();
        mesh.vertices.extend(raw.vertices.iter().map(|v| Vertex {
            pos: pos2(v[0] as f32, v[1] as f32),
            uv: WHITE_UV,
            color: rings.fill,
        }));
        mesh.indices
            .extend(raw.triangle_indices.iter().map(|&i| i as u32));
        out.push(Shape::mesh(mesh));
    }
    if let Some(stroke) = rings.stroke.filter(|s| s.is_visible()) {
        for ring in &rings.rings {
            out.push(Shape::closed_line(ring.clone(), egui_stroke(&stroke)));
        }
    }
}

fn rect_shapes(shape: &RectShape, out: &mut Vec<Shape>) {
    let corner = egui::CornerRadius::same(shape.corner_radius.round().clamp(0.0, 255.0) as u8);
    if let Some(shadow) = shape.shadow {
        let shadow = egui::epaint::Shadow {
            offset: [shadow.offset.x.round() as i8, shadow.offset.y.round() as i8],
            blur: shadow.blur.round().clamp(0.0, 255.0) as u8,
            spread: 0,
            color: shadow.color,
        };
        out.push(shadow.as_shape(shape.rect, corner).into());
    }
    out.push(Shape::rect_filled(shape.rect, corner, shape.fill));
    if let Some(stroke) = shape.stroke.filter(|s| s.is_visible()) {
        out.push(Shape::rect_stroke(
            shape.rect,
            corner,
            egui_stroke(&stroke),
            egui::StrokeKind::Middle,
        ));
    }
}

/// Where the halo's copies of a text lie, around it: as far out as the SVG and PNG outline.
const HALO_OFFSETS: [Vec2; 8] = [
    egui::vec2(-1.2, 0.0),
    egui::vec2(1.2, 0.0),
    egui::vec2(0.0, -1.2),
    egui::vec2(0.0, 1.2),
    egui::vec2(-1.0, -1.0),
    egui::vec2(1.0, 1.0),
    egui::vec2(-1.0, 1.0),
    egui::vec2(1.0, -1.0),
];

/// The text over copies of it in the halo colour. The text is laid out once and its galley
/// drawn for every copy, recoloured: laying it out per copy costs a cache look-up each.
fn text_shapes(painter: &Painter, text: &Text, out: &mut Vec<Shape>) {
    let font = fonts::font_id(text.font.size, text.font.bold);
    let galley = if text.font.italic {
        let mut job = egui::text::LayoutJob::single_section(
            text.text.clone(),
            egui::TextFormat {
                font_id: font,
                color: text.color,
                italics: true,
                ..Default::default()
            },
        );
        job.wrap.max_width = f32::INFINITY;
        painter.layout_job(job)
    } else {
        painter.layout_no_wrap(text.text.clone(), font, text.color)
    };
    let min = |d: Vec2| text.anchor.anchor_size(text.at + d, galley.size()).min;
    if let Some(halo) = text.halo {
        out.extend(
            HALO_OFFSETS
                .map(|d| Shape::galley_with_override_text_color(min(d), Arc::clone(&galley), halo)),
        );
    }
    out.push(Shape::galley(min(Vec2::ZERO), galley, text.color));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::basemap::{Detail, read_countries};
    use crate::map::projection::Projection;

    #[test]
    fn a_basemap_mesh_holds_the_land_near_its_region_only() {
        let projection = Projection::default();
        let countries = read_countries(Detail::Medium).expect("built-in basemap");
        let basemap = BasemapMeshes::build(&projection, Detail::Medium, &countries);
        let on_route = vec![false; basemap.countries.len()];
        let world = (MapPoint::new(-1e8, -1e8), MapPoint::new(1e8, 1e8));
        let baku = projection.project(40.4, 49.9);
        let near_baku = (
            MapPoint::new(baku.x - 300.0, baku.y - 300.0),
            MapPoint::new(baku.x + 300.0, baku.y + 300.0),
        );
        let whole = basemap_mesh(&basemap, &on_route, world).largest_buffer();
        let part = basemap_mesh(&basemap, &on_route, near_baku).largest_buffer();
        assert!(part > 0, "the land around Baku is in the mesh");
        assert!(
            part * 20 < whole,
            "{part} bytes near Baku, {whole} for the world"
        );
    }
}
