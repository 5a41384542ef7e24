//! The map widget: input (pan, zoom, hover, click) and painting the scene.

use crate::ui::tr::TrContext;
use egui::{Color32, Rect, Sense, Stroke, Ui, Vec2, WidgetInfo, vec2};

use crate::map::basemap::{Basemap, Detail};
use crate::map::camera::{Camera, Flight, ScreenTransform};
use crate::map::limits::ViewLimits;
use crate::map::projection::MapPoint;
use crate::model::Route;
use crate::scene::picture::{Furniture, map_overlay};
use crate::scene::{
    self, Band, DisplayList, FlowView, Highlight, LayerView, RouteGeometry, SceneOptions, Target,
    style,
};

use super::commands::Mode;
use super::painter::{self, MeshCache};

/// Seconds a camera move takes when asked for by a key or button.
const MOVE_SECONDS: f64 = 0.35;
const FIT_SECONDS: f64 = 0.6;

/// Camera and caches of the map; runtime state, not saved.
#[derive(Default)]
pub struct MapState {
    pub camera: Camera,
    pub flight: Option<Flight>,
    basemap: Basemap,
    cache: MeshCache,
    /// Each small map of the presenter view has its own, so the views don't evict each other
    /// and each keeps its own camera on the GPU.
    previews: Vec<PreviewCache>,
    /// The largest buffer the GPU takes, once map meshes go there; new preview caches use it.
    gpu_buffer: Option<u64>,
    bands: BandCache,
    /// The map's last screen rect, for commands that act on "the middle of the map".
    pub rect: Option<Rect>,
    /// Keep the whole route in view as the map's size settles, until the user moves the map.
    pub auto_fit: bool,
    /// The rect the route was last fitted to.
    fitted_for: Option<Rect>,
    /// The place under the pointer, (lat, lon).
    pub pointer_place: Option<(f64, f64)>,
    /// Name of the country under the pointer.
    pub pointer_country: Option<String>,
    /// Whether the last basemap build failed, with why.
    pub basemap_error: Option<String>,
    /// How far out and away from the route the view may go, with the generation of the route
    /// geometry they were worked out for.
    limits: Option<(u64, ViewLimits)>,
}

/// What one small map keeps from frame to frame: its meshes and its flow bands.
#[derive(Default)]
struct PreviewCache {
    meshes: MeshCache,
    bands: BandCache,
}

/// The flow bands of one year and set of layers, kept while those and the route stay: they do
/// not change as the map moves.
#[derive(Default)]
struct BandCache {
    key: Option<(u64, Option<i32>, Vec<LayerView>)>,
    bands: Vec<Band>,
}

impl MapState {
    /// Whether a finer basemap is being built while a coarser one stands in for it.
    pub fn is_building_basemap(&self) -> bool {
        self.basemap.is_building()
    }
}

impl BandCache {
    fn bands(&mut self, route: &Route, geometry: &RouteGeometry, flows: &FlowView) -> &[Band] {
        let key = (geometry.generation, flows.year, flows.layers.clone());
        if self.key.as_ref() != Some(&key) {
            self.bands = scene::bands::build(route, geometry, flows);
            self.key = Some(key);
        }
        &self.bands
    }
}

/// What happened on the map this frame.
#[derive(Default)]
pub struct MapResponse {
    pub hovered: Option<Target>,
    /// `Some(None)` when empty map was clicked.
    pub clicked: Option<Option<Target>>,
}

impl MapState {
    /// Draws the map's meshes on the GPU, which takes buffers up to `max_buffer` bytes.
    pub fn use_gpu(&mut self, max_buffer: u64) {
        self.gpu_buffer = Some(max_buffer);
        self.cache.use_gpu(max_buffer);
        for preview in &mut self.previews {
            preview.meshes.use_gpu(max_buffer);
        }
    }

    /// What small map number `slot` keeps, made when first asked for.
    fn preview_cache(&mut self, slot: usize) -> &mut PreviewCache {
        while self.previews.len() <= slot {
            let mut cache = PreviewCache::default();
            if let Some(max_buffer) = self.gpu_buffer {
                cache.meshes.use_gpu(max_buffer);
            }
            self.previews.push(cache);
        }
        &mut self.previews[slot]
    }

    /// The camera right now, wherever a flight has got to.
    fn advance(&mut self, now: f64) -> bool {
        if let Some(flight) = self.flight {
            let (camera, done) = flight.at(now);
            self.camera = camera;
            if done {
                self.flight = None;
            }
            return !done;
        }
        false
    }

    pub fn fly_to(&mut self, to: Camera, now: f64, seconds: f64) {
        self.auto_fit = false;
        let to = self.limited(to);
        let width = self.rect.map_or(1000.0, |r| r.width());
        let mut flight = Flight::new(self.camera, to, now, seconds, width);
        if let (Some((_, limits)), Some(rect)) = (self.limits, self.rect) {
            let widest = limits.max_km_per_px(rect.size());
            flight.peak_km_per_px = flight.peak_km_per_px.map(|p| p.min(widest));
        }
        self.flight = Some(flight);
    }

    /// The limits of the route `geometry` shows, worked out again when it changes.
    fn update_limits(&mut self, geometry: &RouteGeometry) {
        if self.limits.map(|(generation, _)| generation) != Some(geometry.generation) {
            self.limits = geometry
                .bounds()
                .map(|b| (geometry.generation, ViewLimits::around(b)));
        }
    }

    /// `camera` kept within the route's limits on the map's rect.
    fn limited(&self, camera: Camera) -> Camera {
        match (self.limits, self.rect) {
            (Some((_, limits)), Some(rect)) => limits.clamp(camera, rect.size()),
            _ => camera,
        }
    }

    /// The camera a flight is heading for, or the current one.
    fn destination(&self) -> Camera {
        self.flight.map_or(self.camera, |f| f.to)
    }

    pub fn zoom_by(&mut self, factor: f64, now: f64) {
        let Some(rect) = self.rect else { return };
        let mut to = self.destination();
        to.zoom_about(factor, rect.center(), rect);
        self.fly_to(to, now, MOVE_SECONDS);
    }

    /// Pans by a fraction of the map's size, `(dx, dy)` in screen directions.
    pub fn pan_by(&mut self, dx: f32, dy: f32, now: f64) {
        let Some(rect) = self.rect else { return };
        let mut to = self.destination();
        to.pan(vec2(-dx * rect.width(), -dy * rect.height()));
        self.fly_to(to, now, MOVE_SECONDS);
    }

    /// Shows every node and link of the route.
    pub fn fit(&mut self, geometry: &RouteGeometry, now: f64, animate: bool) {
        let Some(rect) = self.rect else {
            self.auto_fit = true;
            return;
        };
        let Some((min, max)) = geometry.bounds() else {
            return;
        };
        self.update_limits(geometry);
        let to = Camera::fitting(min, max, rect, 50.0);
        self.fitted_for = Some(rect);
        if animate {
            self.fly_to(to, now, FIT_SECONDS);
        } else {
            self.flight = None;
            self.camera = self.limited(to);
        }
    }

    /// Shows the node in the middle of the map, zooming in if the map is far out.
    pub fn center_on(&mut self, point: MapPoint, now: f64) {
        let mut to = self.destination();
        to.center = point;
        to.km_per_px = to.km_per_px.min(2.5);
        self.fly_to(to, now, FIT_SECONDS);
    }
}

/// Draws the map filling `ui`, dressed as `options` say, with `furniture` over it, and handles
/// its input. While exploring (`Mode::Browse`) it shows what is under the pointer: a ring, a
/// tooltip, a pointing hand. During a talk (`Mode::Present`) it shows none of that, since the
/// audience sees the screen; a click still reports what it hit.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut Ui,
    state: &mut MapState,
    route: &Route,
    geometry: &RouteGeometry,
    flows: &FlowView,
    mut options: SceneOptions,
    furniture: &Furniture,
    mode: Mode,
) -> MapResponse {
    let exploring = mode == Mode::Browse;
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    state.rect = Some(rect);
    // Taken before the accessibility builders below: they hold the context, which looking up
    // the words reads.
    let words = ui.tr();
    super::a11y::name_map(&response, &words, route);
    state.update_limits(geometry);
    let projection = &geometry.projection;
    let now = ui.input(|i| i.time);
    if state.auto_fit && state.fitted_for != Some(rect) {
        state.fit(geometry, now, false);
    }

    // Input first, so this frame draws where the user is.
    if response.dragged() {
        state.auto_fit = false;
        state.flight = None;
        state.camera.pan(response.drag_delta());
    }
    if response.contains_pointer() {
        let (scroll, zoom, pointer) =
            ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.pointer.hover_pos()));
        let factor = f64::from(zoom) * (f64::from(scroll.y) / 300.0).exp();
        if let Some(pointer) = pointer
            && (factor - 1.0).abs() > 1e-6
        {
            state.auto_fit = false;
            state.flight = None;
            state.camera.zoom_about(factor, pointer, rect);
        }
    }
    if response.double_clicked()
        && let Some(pointer) = response.interact_pointer_pos()
    {
        let mut to = state.destination();
        to.zoom_about(2.0, pointer, rect);
        state.auto_fit = false;
        state.fly_to(to, now, MOVE_SECONDS);
    }
    if state.advance(now) {
        ui.ctx().request_repaint();
    }
    state.camera = state.limited(state.camera);

    let view = ScreenTransform::new(state.camera, rect);
    let detail = Detail::for_scale(state.camera.km_per_px);
    let repaint = ui.ctx().clone();
    let basemap = match state
        .basemap
        .meshes(projection, detail, move || repaint.request_repaint())
    {
        Ok(m) => Some(m),
        Err(e) => {
            state.basemap_error = Some(e.to_string());
            None
        }
    };
    // Its own handle on the context, so that `ui` stays free for the map's widgets.
    let ctx = ui.ctx().clone();
    let measure = text_measure(&ctx);

    // Nodes are widgets of their own, so they can be clicked, hovered, read by a screen reader
    // and found by label in tests; links are found by distance.
    let mut clicked = None;
    let mut hovered = None;
    let on_screen: Vec<_> = geometry
        .nodes
        .iter()
        .map(|&p| view.map_to_screen(p))
        .collect();
    let mut visible: Vec<usize> = (0..on_screen.len())
        .filter(|&i| rect.contains(on_screen[i]))
        .collect();
    // Places are made widgets from west to east, so that Tab walks the route the way it is
    // read on the map, whatever order the file lists them in.
    visible.sort_by(|&a, &b| on_screen[a].x.total_cmp(&on_screen[b].x));
    let grid = ScreenGrid::new(&on_screen, &visible);
    if visible.len() <= MAX_NODE_WIDGETS {
        for &i in &visible {
            let Some(node) = route.nodes.get(i) else {
                continue;
            };
            let c = on_screen[i];
            // Where markers crowd, each takes only its own half of the gap, so a click goes to
            // the nearest place.
            let nearest = grid.nearest_other(&on_screen, i);
            let (_, radius) = style::node_marker(node.kind);
            let size = (2.0 * (radius + 5.0)).min(nearest.max(4.0));
            let mut node_response = ui.interact(
                Rect::from_center_size(c, Vec2::splat(size)),
                ui.scope_id().with(("node", i)),
                Sense::click(),
            );
            if exploring {
                node_response = node_response
                    .on_hover_ui(|ui| super::tooltip::show(ui, route, Target::Node(i), flows.year));
            }
            node_response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &node.name));
            ui.ctx().accesskit_node_builder(node_response.id, |access| {
                access.set_description(super::a11y::spoken_node(&words, route, node));
            });
            if node_response.clicked() {
                clicked = Some(Some(Target::Node(i)));
            }
            // A place reached with Tab is marked as the pointer marks it, and shows its tooltip.
            if exploring && (node_response.hovered() || node_response.has_focus()) {
                hovered = Some(Target::Node(i));
            }
            if exploring && node_response.has_focus() && !node_response.hovered() {
                node_response.show_tooltip_ui(|ui| {
                    super::tooltip::show(ui, route, Target::Node(i), flows.year);
                });
            }
        }
    } else if let Some(p) = response.hover_pos().filter(|_| exploring) {
        // Too many places to make each a widget: the one under the pointer is found in the grid.
        if let Some(i) = grid.at(&on_screen, p, NODE_PICK_DISTANCE) {
            hovered = Some(Target::Node(i));
            if response.clicked() {
                clicked = Some(Some(Target::Node(i)));
            }
        }
    }
    let pointer = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| rect.contains(*p));
    let bands = state.bands.bands(route, geometry, flows);
    let spoken =
        super::a11y::map_features(ui, &words, rect, route, geometry, &view, bands, flows.year);
    if let Some(target) = spoken.filter(|_| exploring) {
        clicked = Some(Some(target));
    }
    if exploring && hovered.is_none() && response.hovered() {
        hovered = pointer.and_then(|p| {
            scene::hit_test_bands(bands, &view, p)
                .or_else(|| geometry.hit_test_links(route, &view, p))
        });
    }
    options.highlight.hovered = hovered;
    let scene = scene::build(
        route,
        geometry,
        &view,
        basemap.clone(),
        bands,
        options,
        &measure,
    );

    let mut list = DisplayList::new(view);
    scene::lower::map_items(&scene, flows.motion_time, &measure, &mut list);
    let over = map_overlay(route, geometry, flows, &view, furniture, &measure);
    list.extend(over.items);
    painter::paint(&ui.painter_at(rect), &list, &mut state.cache);

    state.pointer_place = pointer.and_then(|p| view.unproject(projection, p));
    state.pointer_country = match (&basemap, pointer) {
        (Some(b), Some(p)) => b.land_at(view.screen_to_map(p)).map(str::to_owned),
        _ => None,
    };

    if response.clicked() {
        // A click on a flow selects the link it runs along.
        clicked = Some(hovered.map(|t| match t {
            Target::Flow { link, .. } => Target::Link(link),
            other => other,
        }));
    }
    if hovered.is_some() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    if let Some(target @ (Target::Link(_) | Target::Flow { .. })) = hovered {
        response.on_hover_ui_at_pointer(|ui| super::tooltip::show(ui, route, target, flows.year));
    }
    if flows.motion_time.is_some() && !scene.bands.is_empty() {
        ui.ctx().request_repaint();
    }
    MapResponse { hovered, clicked }
}

/// Measures label text with egui's fonts, remembering each text's size from frame to frame.
pub fn text_measure(ctx: &egui::Context) -> impl Fn(&str, f32, bool) -> Vec2 + '_ {
    super::label_sizes::cached_measure(ctx)
}

/// What a small map shows: the flows, the selection, how large its labels are, and the camera
/// that looks at its rect.
pub struct PreviewOf<'a> {
    pub flows: &'a FlowView,
    pub selected: Option<Target>,
    pub text_scale: f32,
    pub camera: Camera,
    /// Parts of the small map under cards, which labels keep clear of.
    pub covered: Vec<Rect>,
    /// Places labelled before all others.
    pub first_labels: Vec<usize>,
    /// The language countries and seas are named in.
    pub language: &'a str,
}

/// A small map in `rect` that only shows: the same scene, seen as `of` says. Each `slot` is a
/// small map of its own, drawn through caches of its own.
pub fn preview(
    ui: &Ui,
    rect: Rect,
    slot: usize,
    state: &mut MapState,
    route: &Route,
    geometry: &RouteGeometry,
    of: &PreviewOf<'_>,
) {
    let flows = of.flows;
    let view = ScreenTransform::new(of.camera, rect);
    let detail = Detail::for_scale(view.camera.km_per_px);
    let repaint = ui.ctx().clone();
    let basemap = state
        .basemap
        .meshes(&geometry.projection, detail, move || {
            repaint.request_repaint()
        })
        .ok();
    let measure = text_measure(ui.ctx());
    let cache = state.preview_cache(slot);
    let scene = scene::build(
        route,
        geometry,
        &view,
        basemap,
        cache.bands.bands(route, geometry, flows),
        SceneOptions {
            highlight: Highlight {
                selected: of.selected,
                hovered: None,
            },
            text_scale: of.text_scale,
            covered: of.covered.clone(),
            first_labels: of.first_labels.clone(),
            language: of.language.to_owned(),
        },
        &measure,
    );
    let mut list = DisplayList::new(view);
    scene::lower::map_items(&scene, None, &measure, &mut list);
    let painter = ui.painter_at(rect);
    painter::paint(&painter, &list, &mut cache.meshes);
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(1.0, Color32::GRAY),
        egui::StrokeKind::Inside,
    );
}

/// Above this many places on screen, places are found by the grid rather than made widgets.
const MAX_NODE_WIDGETS: usize = 2_000;
/// How far from a place, in screen points, the pointer still picks it.
const NODE_PICK_DISTANCE: f32 = 8.0;

/// The places on screen in square cells as large as a marker's click area, so crowding and
/// picking look only at neighbouring cells.
struct ScreenGrid {
    cells: std::collections::HashMap<(i32, i32), Vec<usize>>,
}

impl ScreenGrid {
    const CELL: f32 = 24.0;

    fn cell(p: egui::Pos2) -> (i32, i32) {
        (
            (p.x / Self::CELL).floor() as i32,
            (p.y / Self::CELL).floor() as i32,
        )
    }

    fn new(points: &[egui::Pos2], visible: &[usize]) -> Self {
        let mut cells: std::collections::HashMap<(i32, i32), Vec<usize>> =
            std::collections::HashMap::new();
        for &i in visible {
            cells.entry(Self::cell(points[i])).or_default().push(i);
        }
        ScreenGrid { cells }
    }

    fn near(&self, p: egui::Pos2) -> impl Iterator<Item = usize> + '_ {
        let (cx, cy) = Self::cell(p);
        (-1..=1)
            .flat_map(move |dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|c| self.cells.get(&c))
            .flatten()
            .copied()
    }

    /// Distance to the nearest other place, or infinity beyond one cell (where it no longer
    /// limits the click area).
    fn nearest_other(&self, points: &[egui::Pos2], i: usize) -> f32 {
        let c = points[i];
        self.near(c)
            .filter(|&j| j != i)
            .map(|j| points[j].distance(c))
            .fold(f32::INFINITY, f32::min)
    }

    /// The nearest place within `reach` of `p`.
    fn at(&self, points: &[egui::Pos2], p: egui::Pos2, reach: f32) -> Option<usize> {
        self.near(p)
            .map(|j| (points[j].distance(p), j))
            .filter(|(d, _)| *d <= reach)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, j)| j)
    }
}
