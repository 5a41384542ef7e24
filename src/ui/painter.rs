//! Paints a [`Scene`] with egui.

use std::sync::Arc;

use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, FontId, Painter, Pos2, Rect, Shape, Stroke, Vec2, pos2, vec2};

use crate::map::basemap::BasemapMeshes;
use crate::map::camera::ScreenTransform;
use crate::map::projection::MapPoint;
use crate::scene::{
    Band, Dash, Decoration, Label, Line, LineStyle, Marker, MarkerShape, PLAIN_LINE_WIDTH,
    PlainLinks, Scene, Strips,
    bands::{Mark, band_marks, plain_stroke},
    dash_pieces, offset_polyline, points_along,
    strips::push_screen_line,
    style,
};

use super::fonts;
use super::map_gpu::{self, FinishedMesh, MapMesh};

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
struct BasemapKey(Arc<BasemapMeshes>, Vec<bool>);

impl BasemapKey {
    fn new(scene_basemap: &Arc<BasemapMeshes>, scene: &Scene) -> Self {
        BasemapKey(Arc::clone(scene_basemap), scene.route_countries.clone())
    }

    /// Whether it is the key of `scene`'s basemap, without copying the scene's countries.
    fn is_for(&self, basemap: &Arc<BasemapMeshes>, scene: &Scene) -> bool {
        Arc::ptr_eq(&self.0, basemap) && self.1 == scene.route_countries
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

    fn paint_basemap(&mut self, painter: &Painter, scene: &Scene, view: &ScreenTransform) {
        let Some(basemap) = &scene.basemap else {
            return;
        };
        if let Some(max_buffer) = self.gpu {
            let (min, max) = view.visible_map_rect();
            let (w, h) = (max.x - min.x, max.y - min.y);
            let stale = self.gpu_basemap.as_ref().is_none_or(|(k, (lo, hi), _)| {
                !k.is_for(basemap, scene)
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
                let mesh = basemap_mesh(basemap, &scene.route_countries, region);
                let fits = mesh.largest_buffer() <= max_buffer;
                let key = BasemapKey::new(basemap, scene);
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
            .is_some_and(|(v, k, _)| v == view && k.is_for(basemap, scene));
        if !fresh {
            let borders = self.borders(basemap);
            let shapes = basemap_shapes(basemap, &scene.route_countries, view, borders);
            self.screen_basemap = Some((*view, BasemapKey::new(basemap, scene), shapes));
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

/// The countries' borders, 0.8 points wide.
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

const BORDER_WIDTH: f32 = 0.8;

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

/// The route's areas: a translucent fill and an outline, for those in view.
fn paint_areas(painter: &Painter, areas: &[crate::scene::AreaFill], view: &ScreenTransform) {
    let (min, max) = view.visible_map_rect();
    for area in areas {
        let b = &area.mesh.bounds;
        if b.max().x < min.x || b.min().x > max.x || b.max().y < min.y || b.min().y > max.y {
            continue;
        }
        let to_screen = |v: [f32; 2]| {
            view.map_to_screen(crate::map::projection::MapPoint::new(
                f64::from(v[0]),
                f64::from(v[1]),
            ))
        };
        let mut fill = Mesh::default();
        fill.vertices
            .extend(area.mesh.vertices.iter().map(|&v| Vertex {
                pos: to_screen(v),
                uv: WHITE_UV,
                color: area.fill,
            }));
        fill.indices.extend_from_slice(&area.mesh.indices);
        painter.add(Shape::mesh(fill));
        for ring in &area.mesh.outlines {
            let points: Vec<Pos2> = ring.iter().map(|&v| to_screen(v)).collect();
            painter.add(Shape::closed_line(points, Stroke::new(1.5, area.outline)));
        }
    }
}

/// Paints the whole scene: water, land, areas, links, nodes, labels.
pub fn paint_scene(
    painter: &Painter,
    scene: &Scene,
    view: &ScreenTransform,
    cache: &mut MeshCache,
    motion: Option<f64>,
) {
    painter.rect_filled(view.screen, 0.0, style::WATER);
    cache.paint_basemap(painter, scene, view);
    paint_areas(painter, &scene.areas, view);
    let visible = view.screen.expand(50.0);
    if let Some(plain) = &scene.plain_links {
        cache.paint_plain_links(painter, plain, view);
    }
    for line in &scene.lines {
        let points: Vec<Pos2> = line.points.iter().map(|&p| view.map_to_screen(p)).collect();
        if !Rect::from_points(&points).intersects(visible) {
            continue;
        }
        paint_line(painter, &decimate(points), line);
    }
    if scene.plain_bands {
        paint_plain_bands(painter, &scene.bands, view);
    } else {
        for band in &scene.bands {
            let points: Vec<Pos2> = band.points.iter().map(|&p| view.map_to_screen(p)).collect();
            if !Rect::from_points(&points).intersects(visible) {
                continue;
            }
            paint_band(painter, &decimate(points), band, motion);
        }
    }
    for marker in &scene.markers {
        paint_marker(painter, view.map_to_screen(marker.at), marker);
    }
    for label in &scene.labels {
        paint_label(painter, view.map_to_screen(label.at), label);
    }
    if let Some(note) = scene.hidden_note() {
        painter.text(
            view.screen.left_top() + egui::vec2(10.0, 10.0),
            egui::Align2::LEFT_TOP,
            note,
            egui::FontId::proportional(14.0),
            style::LABEL,
        );
    }
}

/// Bands in a crowded view, all in one mesh: each in its colour and width, lighter for estimates
/// and plans, a thin faint line where the year has no value.
fn paint_plain_bands(painter: &Painter, bands: &[Band], view: &ScreenTransform) {
    let mut mesh = Mesh::default();
    let mut screen = Vec::new();
    for band in bands {
        screen.clear();
        screen.extend(band.points.iter().map(|&p| view.map_to_screen(p)));
        let centre = offset_polyline(&screen, band.offset);
        let (width, color) = plain_stroke(band);
        push_screen_line(&mut mesh, &centre, width, color);
    }
    painter.add(Shape::mesh(mesh));
}

/// A flow band, with white marks moving along it when `motion` is on.
pub fn paint_band(painter: &Painter, screen: &[Pos2], band: &Band, motion: Option<f64>) {
    let (marks, body) = band_marks(screen, band);
    for mark in marks {
        match mark {
            Mark::Line {
                points,
                width,
                color,
            } => {
                painter.add(Shape::line(points, Stroke::new(width, color)));
            }
            Mark::Dot { at, radius, color } => {
                painter.circle_filled(at, radius, color);
            }
            Mark::Triangle { corners, color } => {
                painter.add(Shape::convex_polygon(corners.to_vec(), color, Stroke::NONE));
            }
        }
    }
    if let Some(t) = motion {
        let phase = ((t * 30.0) % 24.0) as f32;
        let stroke = Stroke::new(
            (band.width * 0.35).clamp(1.0, 4.0),
            Color32::from_white_alpha(190),
        );
        for (p, dir) in points_along(&body, 24.0, phase) {
            let half = dir * 4.0;
            painter.line_segment([p - half, p + half], stroke);
        }
    }
}

/// Drops points closer than one point to the one kept before them: invisible detail that would
/// only add vertices.
fn decimate(points: Vec<Pos2>) -> Vec<Pos2> {
    let Some((&last, rest)) = points.split_last() else {
        return points;
    };
    let mut kept: Vec<Pos2> = Vec::with_capacity(points.len());
    for &p in rest {
        if kept.last().is_none_or(|k| k.distance_sq(p) >= 1.0) {
            kept.push(p);
        }
    }
    kept.push(last);
    kept
}

fn paint_line(painter: &Painter, points: &[Pos2], line: &Line) {
    if let Some((width, color)) = line.casing {
        painter.add(Shape::line(points.to_vec(), Stroke::new(width, color)));
    }
    paint_styled_line(painter, points, &line.style);
}

/// A line in a link style; also used for legend samples.
pub fn paint_styled_line(painter: &Painter, points: &[Pos2], style: &LineStyle) {
    let stroke = Stroke::new(style.width, style.color);
    match style.dash {
        Dash::Solid => {
            painter.add(Shape::line(points.to_vec(), stroke));
        }
        Dash::Dashed { on, off } => {
            for piece in dash_pieces(points, on, off) {
                painter.add(Shape::line(piece, stroke));
            }
        }
        Dash::Dotted { spacing } => {
            for (p, _) in points_along(points, spacing, 0.0) {
                painter.circle_filled(p, style.width * 0.75, style.color);
            }
        }
    }
    match style.decoration {
        Decoration::None => {}
        Decoration::CrossTicks {
            spacing,
            half_length,
        } => {
            let tick = Stroke::new((style.width * 0.6).max(1.2), style.color);
            for (p, dir) in points_along(points, spacing, spacing / 2.0) {
                let n = vec2(-dir.y, dir.x) * half_length;
                painter.line_segment([p - n, p + n], tick);
            }
        }
        Decoration::Beads { spacing, radius } => {
            for (p, _) in points_along(points, spacing, spacing / 2.0) {
                painter.circle(p, radius, style.color, Stroke::new(1.0, Color32::WHITE));
            }
        }
        Decoration::Inline { width, color } => {
            if style.dash == Dash::Solid {
                painter.add(Shape::line(points.to_vec(), Stroke::new(width, color)));
            }
        }
    }
}

pub fn paint_marker(painter: &Painter, c: Pos2, marker: &Marker) {
    if let Some((radius, color)) = marker.ring {
        painter.circle_filled(c, radius, color.gamma_multiply(0.25));
        painter.circle_stroke(c, radius, Stroke::new(2.5, color));
    }
    paint_marker_shape(
        painter,
        c,
        marker.shape,
        marker.radius,
        marker.fill,
        marker.stroke,
    );
}

/// A node symbol; also used for legend samples.
pub fn paint_marker_shape(
    painter: &Painter,
    c: Pos2,
    shape: MarkerShape,
    r: f32,
    fill: Color32,
    (stroke_width, stroke_color): (f32, Color32),
) {
    let stroke = Stroke::new(stroke_width, stroke_color);
    match shape {
        MarkerShape::Circle => {
            painter.circle(c, r, fill, stroke);
        }
        MarkerShape::Ring => {
            painter.circle(c, r, Color32::WHITE, Stroke::new(stroke_width + 1.5, fill));
            painter.circle_filled(c, r * 0.35, fill);
        }
        MarkerShape::Square => {
            painter.rect(
                Rect::from_center_size(c, Vec2::splat(r * 1.8)),
                1.0,
                fill,
                stroke,
                egui::StrokeKind::Outside,
            );
        }
        MarkerShape::Diamond => {
            let pts = vec![
                c + vec2(0.0, -r * 1.2),
                c + vec2(r * 1.2, 0.0),
                c + vec2(0.0, r * 1.2),
                c + vec2(-r * 1.2, 0.0),
            ];
            painter.add(Shape::convex_polygon(pts, fill, stroke));
        }
        MarkerShape::Triangle => {
            let pts = vec![
                c + vec2(0.0, -r * 1.2),
                c + vec2(r * 1.1, r * 0.8),
                c + vec2(-r * 1.1, r * 0.8),
            ];
            painter.add(Shape::convex_polygon(pts, fill, stroke));
        }
    }
}

pub fn label_font(label: &Label) -> FontId {
    if label.bold {
        fonts::bold(label.size)
    } else {
        FontId::proportional(label.size)
    }
}

/// Where the halo's copies of a label lie, around the text.
const HALO_OFFSETS: [Vec2; 8] = [
    vec2(-1.2, 0.0),
    vec2(1.2, 0.0),
    vec2(0.0, -1.2),
    vec2(0.0, 1.2),
    vec2(-1.0, -1.0),
    vec2(1.0, 1.0),
    vec2(-1.0, 1.0),
    vec2(1.0, -1.0),
];

/// The text over copies of it in the halo colour. The text is laid out once and its galley
/// drawn for every copy, recoloured: laying it out per copy costs a cache look-up each.
fn paint_label(painter: &Painter, at: Pos2, label: &Label) {
    let galley = painter.layout_no_wrap(label.text.clone(), label_font(label), label.color);
    let pos = at + label.offset;
    let min = |d: Vec2| label.anchor.anchor_size(pos + d, galley.size()).min;
    let halo = label.halo.into_iter().flat_map(|halo| {
        HALO_OFFSETS
            .map(|d| Shape::galley_with_override_text_color(min(d), Arc::clone(&galley), halo))
    });
    let text = Shape::galley(min(Vec2::ZERO), Arc::clone(&galley), label.color);
    painter.extend(halo.chain(std::iter::once(text)));
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
