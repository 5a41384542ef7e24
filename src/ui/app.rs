//! The app: settings that are saved, state that is not, and the frame's layout.

use std::path::PathBuf;

use egui::{Panel, RichText, Ui};
use serde::{Deserialize, Serialize};

use crate::io::background::{BackgroundLoad, FileWatcher, Wake};
use crate::io::{self, Format, LoadError, LoadedRoute, Problem};
use crate::map::camera::ScreenTransform;
use crate::map::projection::Projection;
use crate::model::{Bounds, Route, Slide};
use crate::scene::{FlowView, Highlight, RouteGeometry, Target};

use super::commands::{Command, Mode};
use super::export::{ExportAction, ExportDialog, ExportSettings};
use super::map_view::{self, MapState};
use super::presentation::{self, Presentation, SavedView, SlidePage};
use super::side_panel::{self, Page, PanelView};
use super::story_panel::{self, StoryAction};
use super::timeline::{self, Timeline};
use super::windows::{self, ProblemsContext};
use super::{fonts, layers, legend};

/// What is remembered between runs.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub show_translation: bool,
    pub show_legend: bool,
    /// Dashes moving along flows; off by default so an idle map uses no CPU.
    pub motion: bool,
    pub timeline: Timeline,
    /// Cut between slides instead of flying, and keep flows still.
    pub reduce_motion: bool,
    /// Seconds a slide stays up when the talk plays by itself, unless the slide says otherwise.
    pub autoplay_seconds: f64,
    /// Files opened lately, newest first; a CSV pair is one entry of two paths.
    pub recent_files: Vec<Vec<PathBuf>>,
    pub export: ExportSettings,
}

/// How many files File > Open Recent offers.
const RECENT_FILES: usize = 10;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            show_translation: false,
            show_legend: true,
            motion: false,
            timeline: Timeline::default(),
            reduce_motion: false,
            autoplay_seconds: 10.0,
            recent_files: Vec::new(),
            export: ExportSettings::default(),
        }
    }
}

/// Where the app's route comes from at start.
#[derive(Clone, Debug)]
pub enum StartRoute {
    Builtin,
    /// A route file, or a locations and a flows CSV.
    Files(Vec<PathBuf>),
}

/// Why a file is being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LoadPurpose {
    /// The user asked to open it: the view starts afresh.
    Open,
    /// The open file changed on disk: the view stays where it is.
    Reload,
}

/// The running app.
pub struct CorridorApp {
    settings: Settings,
    route: Route,
    /// Where the route was read from, as shown to the user.
    route_file: String,
    /// The file Save writes to; `None` for the built-in route and for imports, which are saved
    /// with Save As.
    route_path: Option<PathBuf>,
    /// The files the route was read from, watched for changes.
    source_paths: Vec<PathBuf>,
    watcher: Option<FileWatcher>,
    /// The open file changed on disk while the route had unsaved edits: ask before reloading.
    changed_on_disk: bool,
    loading: Option<(BackgroundLoad, LoadPurpose)>,
    /// Asks the UI for a frame when a worker thread has news.
    wake: Wake,
    /// Edits not saved yet.
    dirty: bool,
    /// The talk, while presenting.
    presentation: Option<Presentation>,
    /// The quote picked for the next slide.
    picked_quote: Option<String>,
    /// The story slide open for editing.
    editing_slide: Option<usize>,
    /// What the last save did, for the status bar.
    save_message: Option<String>,
    warnings: Vec<Problem>,
    /// Problems of the last file that failed to open; the route on screen stays.
    load_problems: Vec<Problem>,
    load_error_file: String,
    problems_context: ProblemsContext,
    projection: Projection,
    geometry: RouteGeometry,
    /// The year shown and how each flow layer is drawn.
    flows: FlowView,
    /// First and last year of the route's flow data.
    year_span: Option<(i32, i32)>,
    map: MapState,
    selection: Option<Target>,
    page: Page,
    pending: Vec<Command>,
    show_about: bool,
    show_controls: bool,
    export: ExportDialog,
}

impl CorridorApp {
    /// The app as eframe starts it.
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartRoute) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, start, settings).on_gpu(cc.wgpu_render_state.as_ref())
    }

    /// Hands the map's basemap and crowded links to `render_state`'s GPU, which keeps them and
    /// moves them with the camera; without one they are placed on the CPU every frame.
    pub fn on_gpu(mut self, render_state: Option<&eframe::egui_wgpu::RenderState>) -> Self {
        if let Some(render_state) = render_state {
            let max_buffer = super::map_gpu::MapRenderer::install(render_state);
            self.map.use_gpu(max_buffer);
        }
        self
    }

    /// The app with given settings, for tests and for [`CorridorApp::new`].
    pub fn with_settings(ctx: &egui::Context, start: StartRoute, settings: Settings) -> Self {
        super::setup_style(ctx);
        let mut app = CorridorApp {
            settings,
            route: Route::default(),
            route_file: String::new(),
            route_path: None,
            source_paths: Vec::new(),
            watcher: None,
            changed_on_disk: false,
            loading: None,
            wake: {
                let ctx = ctx.clone();
                std::sync::Arc::new(move || ctx.request_repaint())
            },
            dirty: false,
            presentation: None,
            picked_quote: None,
            editing_slide: None,
            save_message: None,
            warnings: Vec::new(),
            load_problems: Vec::new(),
            load_error_file: String::new(),
            problems_context: ProblemsContext::OpenFailed,
            projection: Projection::default(),
            geometry: RouteGeometry::default(),
            flows: FlowView::default(),
            year_span: None,
            map: MapState::default(),
            selection: None,
            page: Page::Overview,
            pending: Vec::new(),
            show_about: false,
            show_controls: false,
            export: ExportDialog::default(),
        };
        app.open_builtin();
        if let StartRoute::Files(paths) = start {
            app.open_files(paths);
        }
        app
    }

    pub fn route(&self) -> &Route {
        &self.route
    }

    pub fn year(&self) -> i32 {
        self.flows.year
    }

    pub fn flows(&self) -> &FlowView {
        &self.flows
    }

    pub fn selection(&self) -> Option<Target> {
        self.selection
    }

    /// Where the map is looked at from.
    pub fn camera(&self) -> crate::map::camera::Camera {
        self.map.camera
    }

    pub fn presentation(&self) -> Option<&Presentation> {
        self.presentation.as_ref()
    }

    /// Whether a file is being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Whether a finer basemap is being built while a coarser one stands in for it.
    pub fn is_building_basemap(&self) -> bool {
        self.map.is_building_basemap()
    }

    /// Problems of the last file that failed to load, shown in the problems panel.
    pub fn load_problems(&self) -> &[Problem] {
        &self.load_problems
    }

    /// Whether the open file changed on disk while there were unsaved edits.
    pub fn has_changed_on_disk(&self) -> bool {
        self.changed_on_disk
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn open_builtin(&mut self) {
        self.loading = None;
        match io::builtin_route() {
            Ok(loaded) => self.set_route(loaded, LoadPurpose::Open),
            Err(e) => self.show_load_error(io::BUILTIN_ROUTE_NAME, &e, ProblemsContext::OpenFailed),
        }
    }

    /// Starts reading a route file (or a CSV pair) on a worker thread; the route on screen stays
    /// until the new one has loaded, and stays for good if it does not.
    pub fn open_files(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        self.loading = Some((
            BackgroundLoad::start(paths, std::sync::Arc::clone(&self.wake)),
            LoadPurpose::Open,
        ));
    }

    fn reload(&mut self) {
        self.changed_on_disk = false;
        if !self.source_paths.is_empty() {
            self.loading = Some((
                BackgroundLoad::start(self.source_paths.clone(), std::sync::Arc::clone(&self.wake)),
                LoadPurpose::Reload,
            ));
        }
    }

    /// Takes a finished load, and notices files that changed on disk.
    fn poll_files(&mut self) {
        if let Some((load, purpose)) = &mut self.loading
            && let Some(result) = load.poll()
        {
            let (paths, purpose) = (load.paths().to_vec(), *purpose);
            self.loading = None;
            match result {
                Ok(loaded) => {
                    self.remember_recent(loaded.paths.clone());
                    self.set_route(loaded, purpose);
                }
                Err(e) => {
                    let context = match purpose {
                        LoadPurpose::Open => ProblemsContext::OpenFailed,
                        LoadPurpose::Reload => ProblemsContext::ReloadFailed,
                    };
                    let file = paths
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(" + ");
                    self.show_load_error(&file, &e, context);
                }
            }
        }
        if self.watcher.as_ref().is_some_and(FileWatcher::changed) {
            if self.dirty {
                self.changed_on_disk = true;
            } else {
                self.reload();
            }
        }
    }

    /// Puts the files at the top of File › Open recent; loading gives their full paths.
    fn remember_recent(&mut self, entry: Vec<PathBuf>) {
        let recent = &mut self.settings.recent_files;
        recent.retain(|e| *e != entry);
        recent.insert(0, entry);
        recent.truncate(RECENT_FILES);
    }

    fn show_load_error(&mut self, file: &str, error: &LoadError, context: ProblemsContext) {
        log::warn!("{error}");
        self.load_error_file = file.to_owned();
        self.load_problems = error.problems();
        self.problems_context = context;
    }

    fn watch(&mut self) {
        self.watcher = (!self.source_paths.is_empty()).then(|| {
            FileWatcher::watch(
                self.source_paths.clone(),
                FileWatcher::INTERVAL,
                std::sync::Arc::clone(&self.wake),
            )
        });
    }

    fn set_route(&mut self, loaded: LoadedRoute, purpose: LoadPurpose) {
        let LoadedRoute {
            route,
            file,
            warnings,
            paths,
            format,
        } = loaded;
        self.route_path = match (format, paths.as_slice()) {
            (Format::Route, [path]) => Some(path.clone()),
            _ => None,
        };
        self.source_paths = paths;
        self.changed_on_disk = false;
        self.watch();
        self.route_file = file;
        self.warnings = warnings;
        self.load_problems.clear();
        self.dirty = false;
        if purpose == LoadPurpose::Reload {
            self.refresh_route(route);
            return;
        }
        self.projection = Projection::for_route(&route);
        self.geometry = RouteGeometry::new(&route, &self.projection);
        self.year_span = crate::flows::year_span(&route);
        let year = crate::flows::best_known_year(&route)
            .or(self.year_span.map(|s| s.1))
            .unwrap_or_default();
        self.flows = FlowView::all_layers(&route, year);
        self.settings.timeline.playing = false;
        self.route = route;
        self.selection = None;
        self.page = Page::Overview;
        self.map.flight = None;
        self.map.auto_fit = true;
        self.presentation = None;
        self.picked_quote = None;
        self.editing_slide = None;
    }

    /// Puts a new version of the same route on screen, keeping the view: the camera, the year,
    /// the layers that still exist and the selection if it still names the same thing.
    fn refresh_route(&mut self, route: Route) {
        let selected_id = |route: &Route, target: Option<Target>| match target {
            Some(Target::Node(i)) => route.nodes.get(i).map(|n| n.id.clone()),
            Some(Target::Link(i)) => route.links.get(i).map(|l| l.id.clone()),
            _ => None,
        };
        let was_selected = selected_id(&self.route, self.selection);
        self.geometry = RouteGeometry::new(&route, &self.projection);
        self.year_span = crate::flows::year_span(&route);
        let year = self.flows.year;
        let mut flows = FlowView::all_layers(&route, year);
        let layer_id = |route: &Route, index: usize| route.layers.get(index).map(|l| l.id.clone());
        for layer in &mut flows.layers {
            let id = layer_id(&route, layer.index);
            if let Some(old) = self
                .flows
                .layers
                .iter()
                .find(|old| layer_id(&self.route, old.index) == id)
            {
                layer.visible = old.visible;
                layer.opacity = old.opacity;
            }
        }
        flows.motion_time = self.flows.motion_time;
        self.flows = flows;
        let selection = self.selection;
        self.route = route;
        if selected_id(&self.route, selection) != was_selected || was_selected.is_none() {
            self.selection = None;
        }
        if self
            .editing_slide
            .is_some_and(|i| i >= self.route.story.len())
        {
            self.editing_slide = None;
        }
    }

    fn save_to(&mut self, path: PathBuf) {
        match io::save_route(&self.route, &path) {
            Ok(()) => {
                self.route_file = path.display().to_string();
                self.save_message = Some(format!("Saved {}", self.route_file));
                self.remember_recent(vec![path.clone()]);
                self.route_path = Some(path.clone());
                // From now on the saved file is the route's file; watching starts afresh so the
                // save itself is not taken for a change.
                self.source_paths = vec![path];
                self.watch();
                self.changed_on_disk = false;
                self.dirty = false;
            }
            Err(e) => self.save_message = Some(e.to_string()),
        }
    }

    fn save_as(&mut self) {
        if let Some(path) = rfd::FileDialog::new()
            .add_filter("Route (JSON)", &["json"])
            .set_title("Save the route")
            .set_file_name(format!("{}.json", self.route.id))
            .save_file()
        {
            self.save_to(path);
        }
    }

    /// A slide of the map as it is now: the visible box (and the selected place), the visible
    /// layers, the year and the picked quote.
    fn slide_from_view(&self) -> Slide {
        let mut slide = Slide {
            title: match self.selection {
                Some(Target::Node(i)) => self.route.nodes.get(i).map(|n| n.name.clone()),
                _ => None,
            }
            // Numbered as the talk and the story list number it: the title slide is 1.
            .unwrap_or_else(|| format!("Slide {}", self.route.story.len() + 2)),
            ..Slide::default()
        };
        self.capture_view(&mut slide);
        slide
    }

    fn capture_view(&self, slide: &mut Slide) {
        if let Some(rect) = self.map.rect {
            let view = ScreenTransform::new(self.map.camera, rect);
            let corners: Vec<(f64, f64)> = [
                rect.left_top(),
                rect.right_top(),
                rect.left_bottom(),
                rect.right_bottom(),
                rect.center_top(),
                rect.center_bottom(),
            ]
            .into_iter()
            .filter_map(|p| view.unproject(&self.projection, p))
            .collect();
            if corners.len() >= 2 {
                let (south, north) = corners
                    .iter()
                    .fold((90.0_f64, -90.0_f64), |(s, n), &(lat, _)| {
                        (s.min(lat), n.max(lat))
                    });
                let (west, east) = corners
                    .iter()
                    .fold((180.0_f64, -180.0_f64), |(w, e), &(_, lon)| {
                        (w.min(lon), e.max(lon))
                    });
                slide.focus.bounds = Some(Bounds {
                    south,
                    west,
                    north,
                    east,
                });
            }
        }
        slide.focus.nodes = match self.selection {
            Some(Target::Node(i)) => self.route.nodes.get(i).map(|n| vec![n.id.clone()]),
            _ => None,
        }
        .unwrap_or_default();
        slide.layers = Some(
            self.flows
                .visible()
                .filter_map(|v| self.route.layers.get(v.index).map(|l| l.id.clone()))
                .collect(),
        );
        slide.year = (!self.route.layers.is_empty()).then_some(self.flows.year);
        slide.quotes = self.picked_quote.iter().cloned().collect();
    }

    /// Whether an export is being written.
    pub fn is_exporting(&self) -> bool {
        self.export.busy()
    }

    /// The map's place in the window.
    pub fn map_rect(&self) -> Option<egui::Rect> {
        self.map.rect
    }

    /// The export settings, for tests that choose a size.
    pub fn export_settings_mut(&mut self) -> &mut ExportSettings {
        &mut self.settings.export
    }

    /// Exports the map as it is now to `path`, as PNG or SVG by its extension, with the export
    /// settings; the file is written on a worker and the status bar says when it is done.
    pub fn export_to(&mut self, path: PathBuf) {
        let format = match crate::export::ImageFormat::for_path(&path) {
            Ok(format) => format,
            Err(e) => {
                self.save_message = Some(e.to_string());
                return;
            }
        };
        let Some(map) = self.map.rect else {
            return;
        };
        let camera = self.map.camera;
        let settings = &self.settings.export;
        let (size, pixels_per_point, camera) = settings.frame(map, camera);
        if let Err(e) = crate::export::pixel_size(size, pixels_per_point) {
            self.save_message = Some(e.to_string());
            return;
        }
        let furniture = settings.furniture(&self.route.title);
        let (route, geometry, flows) = (
            self.route.clone(),
            self.geometry.clone(),
            self.flows.clone(),
        );
        let selection = self.selection;
        let draw = move || {
            let picture = crate::export::Picture {
                route: &route,
                geometry: &geometry,
                flows: &flows,
                selection,
                camera,
                size,
                text_scale: 1.0,
                furniture,
                slide: None,
            };
            let basemap = crate::export::basemap_for(&geometry, &camera, pixels_per_point)?;
            let fonts = crate::export::TextMeasure::default();
            let measure = |text: &str, size: f32, bold: bool| fonts.measure(text, size, bold);
            let svg = picture.to_svg(Some(basemap), &measure);
            match format {
                crate::export::ImageFormat::Svg => Ok(svg.into_bytes()),
                crate::export::ImageFormat::Png => {
                    crate::export::svg_to_png(&svg, pixels_per_point)
                }
            }
        };
        let wake = self.wake.clone();
        self.export.start(path, draw, move || wake());
    }

    /// The Export window, and the news of an export that finished.
    fn export_window(&mut self, ctx: &egui::Context) {
        if let Some((path, result)) = self.export.poll() {
            self.save_message = Some(match result {
                Ok(()) => format!("Exported {}", path.display()),
                Err(e) => e.to_string(),
            });
        }
        let action = self
            .export
            .show(ctx, &mut self.settings.export, self.map.rect);
        if let ExportAction::Choose = action {
            let format = self.settings.export.format;
            let name = format!(
                "{}-{}.{}",
                if self.route.id.is_empty() {
                    "map"
                } else {
                    &self.route.id
                },
                self.flows.year,
                format.extension()
            );
            let picked = rfd::FileDialog::new()
                .set_title("Export the map")
                .set_file_name(name)
                .add_filter(format.extension().to_uppercase(), &[format.extension()])
                .save_file();
            if let Some(mut path) = picked {
                if crate::export::ImageFormat::for_path(&path).is_err() {
                    path.set_extension(format.extension());
                }
                self.export_to(path);
            }
        }
    }

    fn start_presentation(&mut self, ctx: &egui::Context, at: usize) {
        let now = ctx.input(|i| i.time);
        let saved = SavedView {
            camera: self.map.flight.map_or(self.map.camera, |f| f.to),
            flows: self.flows.clone(),
            selection: self.selection,
            page: self.page,
        };
        self.presentation = Some(Presentation::new(saved, now));
        self.settings.timeline.playing = false;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        self.go_to_slide(at, now);
    }

    fn stop_presentation(&mut self, ctx: &egui::Context) {
        let Some(p) = self.presentation.take() else {
            return;
        };
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        self.map.flight = None;
        self.map.camera = p.saved.camera;
        self.map.auto_fit = false;
        self.flows = p.saved.flows;
        self.selection = p.saved.selection;
        self.page = p.saved.page;
    }

    /// Shows slide `index`: its layers and year, and the camera flying (or cutting) to it.
    fn go_to_slide(&mut self, index: usize, now: f64) {
        let Some(p) = &mut self.presentation else {
            return;
        };
        p.index = index.min(presentation::count(&self.route) - 1);
        p.typed.clear();
        let page = presentation::page(&self.route, p.index);
        presentation::apply_flows(&self.route, page, &mut self.flows);
        self.selection = match page {
            SlidePage::Story(slide) if slide.focus.nodes.len() == 1 => slide
                .focus
                .nodes
                .first()
                .and_then(|id| self.route.node_index(id))
                .map(Target::Node),
            _ => None,
        };
        // Quotes, and the title and closing cards, take the lower part of the screen.
        let has_quote = match page {
            SlidePage::Story(s) => !s.quotes.is_empty(),
            SlidePage::Title | SlidePage::Closing => true,
        };
        if let (Some(bounds), Some(rect)) = (
            presentation::focus_bounds(&self.route, &self.geometry, page),
            self.map.rect,
        ) {
            let to = presentation::slide_camera(bounds, rect, has_quote);
            let seconds = if self.settings.reduce_motion {
                0.0
            } else {
                1.1
            };
            self.map.fly_to(to, now, seconds);
        }
        let seconds = self
            .presentation
            .as_ref()
            .map(|p| self.slide_seconds(p.index));
        if let (Some(p), Some(seconds)) = (&mut self.presentation, seconds)
            && p.autoplay_next.is_some()
        {
            p.autoplay_next = Some(now + seconds);
        }
    }

    fn slide_seconds(&self, index: usize) -> f64 {
        match presentation::page(&self.route, index) {
            SlidePage::Story(slide) => slide.seconds,
            _ => None,
        }
        .unwrap_or(self.settings.autoplay_seconds)
        .max(1.0)
    }

    fn select(&mut self, target: Option<Target>) {
        self.selection = target;
        if target.is_none() {
            self.page = Page::Overview;
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let now = ctx.input(|i| i.time);
        match command {
            Command::OpenFile => {
                let mut dialog = rfd::FileDialog::new()
                    .set_title("Open a route file, or a locations and a flows CSV")
                    .add_filter("All route files", &Format::all_extensions());
                for format in Format::ALL {
                    dialog = dialog.add_filter(format.label(), format.extensions());
                }
                if let Some(paths) = dialog.pick_files() {
                    self.open_files(paths);
                }
            }
            Command::Reload => self.reload(),
            Command::OpenBuiltin => self.open_builtin(),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::FitRoute => self.map.fit(&self.geometry, now, true),
            Command::ZoomIn => self.map.zoom_by(2.0, now),
            Command::ZoomOut => self.map.zoom_by(0.5, now),
            Command::PanLeft => self.map.pan_by(-0.25, 0.0, now),
            Command::PanRight => self.map.pan_by(0.25, 0.0, now),
            Command::PanUp => self.map.pan_by(0.0, -0.25, now),
            Command::PanDown => self.map.pan_by(0.0, 0.25, now),
            Command::ClearSelection => {
                if self.show_about || self.show_controls {
                    self.show_about = false;
                    self.show_controls = false;
                } else {
                    self.select(None);
                }
            }
            Command::ShowOverview => {
                self.selection = None;
                self.page = Page::Overview;
            }
            Command::ShowSources => {
                self.selection = None;
                self.page = Page::Sources;
            }
            Command::ToggleTranslation => {
                self.settings.show_translation = !self.settings.show_translation;
            }
            Command::ToggleLegend => self.settings.show_legend = !self.settings.show_legend,
            Command::PlayPause => {
                if self.settings.timeline.playing {
                    self.settings.timeline.playing = false;
                } else if self.year_span.is_some() {
                    self.settings.timeline.play(now);
                }
            }
            Command::NextYear | Command::PreviousYear => {
                if let Some(span) = self.year_span {
                    let delta = if command == Command::NextYear { 1 } else { -1 };
                    self.flows.year = timeline::step_year(self.flows.year, delta, span);
                }
            }
            Command::ToggleMotion => self.settings.motion = !self.settings.motion,
            Command::Save => match self.route_path.clone() {
                Some(path) => self.save_to(path),
                None => self.save_as(),
            },
            Command::SaveAs => self.save_as(),
            Command::Export => self.export.open = true,
            Command::StartPresentation => self.start_presentation(ctx, 0),
            Command::AddSlide => {
                let slide = self.slide_from_view();
                self.route.story.push(slide);
                self.editing_slide = Some(self.route.story.len() - 1);
                self.page = Page::Story;
                self.selection = None;
                self.dirty = true;
            }
            Command::NextSlide
            | Command::PreviousSlide
            | Command::FirstSlide
            | Command::LastSlide
            | Command::GoToTypedSlide => {
                if let Some(p) = &self.presentation {
                    let to = p.target(command, &self.route);
                    self.go_to_slide(to, now);
                }
            }
            Command::BlackScreen => {
                if let Some(p) = &mut self.presentation {
                    p.black = !p.black;
                }
            }
            Command::ToggleAutoplay => {
                let seconds = self
                    .presentation
                    .as_ref()
                    .map(|p| self.slide_seconds(p.index));
                if let (Some(p), Some(seconds)) = (&mut self.presentation, seconds) {
                    p.autoplay_next = match p.autoplay_next {
                        Some(_) => None,
                        None => Some(now + seconds),
                    };
                }
            }
            Command::TogglePresenterView => {
                if let Some(p) = &mut self.presentation {
                    p.presenter_view = !p.presenter_view;
                }
            }
            Command::ToggleReduceMotion => {
                self.settings.reduce_motion = !self.settings.reduce_motion;
            }
            Command::StopPresentation => self.stop_presentation(ctx),
            Command::ShowControls => self.show_controls = !self.show_controls,
            Command::ShowAbout => self.show_about = !self.show_about,
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let item = |ui: &mut Ui, pending: &mut Vec<Command>, command: Command| {
            let mut button = egui::Button::new(command.label());
            if let Some(text) = command.shortcut_text(&ctx) {
                button = button.shortcut_text(text);
            }
            if ui.add(button).on_hover_text(command.tooltip()).clicked() {
                pending.push(command);
            }
        };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, &mut self.pending, Command::OpenFile);
                ui.menu_button("Open recent", |ui| {
                    if self.settings.recent_files.is_empty() {
                        ui.weak("No files opened yet");
                    }
                    let mut open = None;
                    for entry in &self.settings.recent_files {
                        let name = entry
                            .iter()
                            .map(|p| {
                                p.file_name().map_or_else(
                                    || p.display().to_string(),
                                    |n| n.to_string_lossy().into_owned(),
                                )
                            })
                            .collect::<Vec<_>>()
                            .join(" + ");
                        let full = entry
                            .iter()
                            .map(|p| p.display().to_string())
                            .collect::<Vec<_>>()
                            .join("\n");
                        if ui.button(name).on_hover_text(full).clicked() {
                            open = Some(entry.clone());
                        }
                    }
                    if !self.settings.recent_files.is_empty() {
                        ui.separator();
                        if ui.button("Clear the list").clicked() {
                            self.settings.recent_files.clear();
                        }
                    }
                    if let Some(paths) = open {
                        self.open_files(paths);
                    }
                });
                item(ui, &mut self.pending, Command::Reload);
                item(ui, &mut self.pending, Command::OpenBuiltin);
                item(ui, &mut self.pending, Command::Save);
                item(ui, &mut self.pending, Command::SaveAs);
                item(ui, &mut self.pending, Command::Export);
                ui.separator();
                item(ui, &mut self.pending, Command::Quit);
            });
            ui.menu_button("View", |ui| {
                item(ui, &mut self.pending, Command::FitRoute);
                item(ui, &mut self.pending, Command::ZoomIn);
                item(ui, &mut self.pending, Command::ZoomOut);
                ui.separator();
                item(ui, &mut self.pending, Command::ShowOverview);
                item(ui, &mut self.pending, Command::ShowSources);
                item(ui, &mut self.pending, Command::ToggleTranslation);
                item(ui, &mut self.pending, Command::ToggleLegend);
                item(ui, &mut self.pending, Command::ToggleMotion);
            });
            ui.menu_button("Present", |ui| {
                item(ui, &mut self.pending, Command::StartPresentation);
                item(ui, &mut self.pending, Command::AddSlide);
                let mut reduce = self.settings.reduce_motion;
                if ui
                    .checkbox(&mut reduce, Command::ToggleReduceMotion.label())
                    .on_hover_text(Command::ToggleReduceMotion.tooltip())
                    .changed()
                {
                    self.pending.push(Command::ToggleReduceMotion);
                }
                ui.horizontal(|ui| {
                    ui.label("Autoplay: seconds per slide");
                    ui.add(
                        egui::DragValue::new(&mut self.settings.autoplay_seconds)
                            .range(2.0..=120.0),
                    );
                });
            });
            ui.menu_button("Help", |ui| {
                item(ui, &mut self.pending, Command::ShowControls);
                item(ui, &mut self.pending, Command::ShowAbout);
            });
            ui.separator();
            ui.label(RichText::new(&self.route.title).font(fonts::bold(15.0)));
            ui.weak(if self.dirty {
                format!("{} (edited)", self.route_file)
            } else {
                self.route_file.clone()
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for command in [
                    Command::StartPresentation,
                    Command::ZoomIn,
                    Command::ZoomOut,
                    Command::FitRoute,
                ] {
                    let text = match command {
                        Command::StartPresentation => "▶ Present",
                        Command::ZoomIn => "+",
                        Command::ZoomOut => "−",
                        _ => "Fit route",
                    };
                    let tip = match command.shortcut_text(&ctx) {
                        Some(key) => format!("{} ({key})", command.tooltip()),
                        None => command.tooltip().to_owned(),
                    };
                    if ui.button(text).on_hover_text(tip).clicked() {
                        self.pending.push(command);
                    }
                }
            });
        });
    }

    fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            match self.map.pointer_place {
                Some((lat, lon)) => {
                    ui.label(format!("{lat:.3}°, {lon:.3}°"));
                    if let Some(country) = &self.map.pointer_country {
                        ui.label(country);
                    }
                }
                None => {
                    ui.weak("Drag to pan · scroll to zoom · click a place for its quotes · F1 for all controls");
                }
            }
            if let Some((load, _)) = &self.loading {
                let stage = load.stage();
                ui.spinner();
                let name = load
                    .paths()
                    .iter()
                    .filter_map(|p| p.file_name())
                    .map(|n| n.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(" + ");
                ui.label(format!("Opening {name}: {}…", stage.label()));
                ui.add(
                    egui::ProgressBar::new(stage.fraction())
                        .desired_width(160.0)
                        .show_percentage(),
                );
            }
            if let Some(message) = &self.save_message {
                ui.label(message);
            }
            if let Some(e) = &self.map.basemap_error {
                ui.colored_label(egui::Color32::DARK_RED, e);
            }
            if !self.warnings.is_empty() {
                ui.colored_label(
                    egui::Color32::from_rgb(0xA0, 0x60, 0x00),
                    format!("{} warning(s) in {}", self.warnings.len(), self.route_file),
                )
                .on_hover_text(
                    self.warnings
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
        });
    }
}

impl eframe::App for CorridorApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

impl CorridorApp {
    /// One pass of the whole app in `ui`: what eframe runs each frame, and what a benchmark can
    /// run in an egui context of its own.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.poll_files();
        if self.presentation.is_some() {
            self.present(ui);
        } else {
            self.browse(ui);
        }
        windows::about(&ctx, &mut self.show_about);
        windows::controls(&ctx, &mut self.show_controls);
        self.export_window(&ctx);
        let commands = std::mem::take(&mut self.pending);
        if !commands.is_empty() {
            // Commands change what is drawn after this pass has drawn it.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(&ctx, command);
        }
    }
}

impl CorridorApp {
    /// The talk: the map full screen under the slide's cards.
    fn present(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        let autoplay = self.presentation.as_ref().and_then(|p| p.autoplay_next);
        if autoplay.is_some() {
            // Any key or click stops a talk that plays by itself, and does nothing else.
            let touched = ctx.input(|i| {
                i.pointer.any_pressed()
                    || i.events
                        .iter()
                        .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
            });
            if touched {
                ctx.input_mut(|i| i.events.clear());
                if let Some(p) = &mut self.presentation {
                    p.autoplay_next = None;
                }
            }
        }
        self.typed_slide_number(&ctx);
        self.pending.extend(Command::from_keys(&ctx, Mode::Present));
        if let Some(next) = self.presentation.as_ref().and_then(|p| p.autoplay_next) {
            if now >= next {
                let count = presentation::count(&self.route);
                let index = self.presentation.as_ref().map_or(0, |p| p.index);
                self.go_to_slide((index + 1) % count, now);
            } else {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(next - now));
            }
        }

        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let response = self.show_map(ui, PRESENTING_TEXT_SCALE);
                if response.clicked.is_some() {
                    self.pending.push(Command::NextSlide);
                }
            });
        if let (Some(p), Some(rect)) = (&self.presentation, self.map.rect) {
            presentation::overlay(&ctx, rect, &self.route, p, self.settings.show_translation);
            if self.settings.show_legend {
                legend::overlay(&ctx, rect, &self.route, &self.flows);
            }
        }
        if let Some(p) = &mut self.presentation
            && p.presenter_view
        {
            p.presenter_view = presentation::presenter_view(
                &ctx,
                &self.route,
                p,
                now,
                &mut self.map,
                &self.geometry,
                &self.flows,
            );
        }
    }

    /// The map with the selection highlighted; flows move when motion is on and not reduced.
    fn show_map(&mut self, ui: &mut Ui, text_scale: f32) -> map_view::MapResponse {
        self.flows.motion_time =
            (self.settings.motion && !self.settings.reduce_motion).then(|| ui.input(|i| i.time));
        map_view::show(
            ui,
            &mut self.map,
            &self.route,
            &self.geometry,
            &self.flows,
            Highlight {
                selected: self.selection,
                hovered: None,
            },
            text_scale,
        )
    }

    /// Digits typed during a talk collect into a slide number; Enter then jumps there.
    fn typed_slide_number(&mut self, ctx: &egui::Context) {
        let Some(p) = &mut self.presentation else {
            return;
        };
        const DIGITS: [egui::Key; 10] = [
            egui::Key::Num0,
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
            egui::Key::Num6,
            egui::Key::Num7,
            egui::Key::Num8,
            egui::Key::Num9,
        ];
        ctx.input_mut(|input| {
            for (digit, key) in DIGITS.iter().enumerate() {
                if input.consume_key(egui::Modifiers::NONE, *key) && p.typed.len() < 4 {
                    p.typed.push(char::from(b'0' + digit as u8));
                }
            }
            if !p.typed.is_empty() && input.consume_key(egui::Modifiers::NONE, egui::Key::Enter) {
                self.pending.push(Command::GoToTypedSlide);
            }
        });
    }

    /// Exploring: menus, panels, the map and the timeline.
    fn browse(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.pending.extend(Command::from_keys(&ctx, Mode::Browse));

        Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if let Some(span) = self.year_span {
            let now = ctx.input(|i| i.time);
            if let Some(wait) = self.settings.timeline.tick(now, &mut self.flows.year, span) {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            }
            Panel::bottom("timeline").show(ui, |ui| {
                timeline::show(
                    ui,
                    &mut self.settings.timeline,
                    &mut self.flows.year,
                    span,
                    self.settings.motion,
                    &mut self.pending,
                );
            });
        }
        if !self.load_problems.is_empty() {
            let mut dismiss = false;
            Panel::bottom("problems").resizable(true).show(ui, |ui| {
                dismiss = windows::problems(
                    ui,
                    &self.load_error_file,
                    &self.load_problems,
                    self.problems_context,
                );
            });
            if dismiss {
                self.load_problems.clear();
            }
        }
        if self.changed_on_disk {
            Panel::top("changed_on_disk").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} changed on disk, and this window has edits that are not saved.",
                            self.route_file
                        ))
                        .strong(),
                    );
                    if ui
                        .button("Reload and lose my edits")
                        .on_hover_text(Command::Reload.tooltip())
                        .clicked()
                    {
                        self.pending.push(Command::Reload);
                    }
                    if ui
                        .button("Keep my edits")
                        .on_hover_text("Keep what is on screen; Save will write it over the file")
                        .clicked()
                    {
                        self.changed_on_disk = false;
                    }
                });
            });
        }
        if self.settings.show_legend {
            Panel::left("layers_and_legend")
                .resizable(true)
                .default_size(250.0)
                .min_size(200.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            layers::show(ui, &self.route, &mut self.flows);
                            ui.separator();
                            legend::show(ui, &self.route, &self.flows);
                        });
                });
        }
        let mut story_action = None;
        let panel = Panel::right("side_panel")
            .resizable(true)
            .default_size(420.0)
            .min_size(300.0)
            .show(ui, |ui| {
                let view = PanelView {
                    selection: self.selection,
                    page: self.page,
                    translation: self.settings.show_translation,
                    year: self.flows.year,
                    picked_quote: self.picked_quote.as_deref(),
                    story_len: self.route.story.len(),
                };
                // The Story tab edits the slides while the rest of the panel reads the route.
                let mut story = std::mem::take(&mut self.route.story);
                let mut edited = false;
                let response =
                    side_panel::show(ui, &self.route, &self.geometry, &view, &mut |ui| {
                        (story_action, edited) =
                            story_panel::show(ui, &mut story, &mut self.editing_slide);
                    });
                self.route.story = story;
                self.dirty |= edited;
                response
            })
            .inner;
        if let Some(pick) = panel.pick_quote {
            self.picked_quote = pick;
        }
        if let Some(page) = panel.show_page {
            self.selection = None;
            self.page = page;
        }
        match story_action {
            Some(StoryAction::Add) => self.pending.push(Command::AddSlide),
            Some(StoryAction::Capture(i)) => {
                let mut slide = self.route.story.get(i).cloned().unwrap_or_default();
                self.capture_view(&mut slide);
                if let Some(s) = self.route.story.get_mut(i) {
                    *s = slide;
                    self.dirty = true;
                }
            }
            Some(StoryAction::PresentFrom(index)) => self.start_presentation(&ctx, index),
            Some(action) => {
                story_panel::apply(&mut self.route, &mut self.editing_slide, action);
                self.dirty = true;
            }
            None => {}
        }
        if let Some(target) = panel.select {
            self.select(target);
            if let Some(Target::Node(i)) = target
                && let Some(&p) = self.geometry.nodes.get(i)
            {
                self.map.center_on(p, ctx.input(|i| i.time));
            }
        }
        self.pending.extend(panel.commands);

        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let response = self.show_map(ui, 1.0);
                if let Some(target) = response.clicked {
                    self.select(target);
                }
            });

        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        self.open_files(dropped);
        drop_hint(&ctx);
    }
}

/// Labels on the map are read from the back of a hall.
pub const PRESENTING_TEXT_SCALE: f32 = 1.45;

/// While files are dragged over the window, says what dropping them does.
fn drop_hint(ctx: &egui::Context) {
    let hovering = ctx.input(|i| i.raw.hovered_files.len());
    if hovering == 0 {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_hint"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(150));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        if hovering == 2 {
            "Drop to open the locations and flows CSV together"
        } else {
            "Drop to open the route (JSON, GeoJSON, KML or CSV)"
        },
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}
