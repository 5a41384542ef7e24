//! The app: settings that are saved, state that is not, how it starts, and the frame.
//!
//! What changes the state lives beside this file: the route document in `document`, the talk in
//! `talk`, the story's slides in `story`, map exports in `export`, and the dispatch of each
//! command in `command_handling`. What draws it while exploring is in `browse`.

mod browse;
mod command_handling;
mod document;
mod export;
mod panels;
mod story;
mod talk;

use std::path::PathBuf;

use egui::Ui;
use serde::{Deserialize, Serialize};

use crate::io::Problem;
use crate::io::background::{BackgroundLoad, FileWatcher, Wake};
use crate::map::projection::Projection;
use crate::model::Route;
use crate::scene::picture::Furniture;
use crate::scene::{FlowView, Highlight, RouteGeometry, Target};

use super::commands::Command;
use super::export::{ExportDialog, ExportSettings};
use super::map_view::{self, MapState};
use super::presentation::Presentation;
use super::side_panel::Page;
use super::timeline::Timeline;
use super::window_fit::WindowFitter;
use super::windows::{self, ProblemsContext};

use document::LoadPurpose;
use panels::PanelLayout;

pub use talk::PRESENTING_TEXT_SCALE;

/// What is remembered between runs.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub show_translation: bool,
    /// The layers panel docked beside the map on a wide window.
    pub show_legend: bool,
    /// The side panel docked beside the map on a wide window.
    pub show_side_panel: bool,
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

impl Default for Settings {
    fn default() -> Self {
        Settings {
            show_translation: false,
            show_legend: true,
            show_side_panel: true,
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
    /// Which panels beside the map are open, apart from the saved settings.
    panels: PanelLayout,
    pending: Vec<Command>,
    show_about: bool,
    show_controls: bool,
    export: ExportDialog,
    /// Fits a window remembered from a larger screen to this one, at the start.
    window_fit: WindowFitter,
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
            panels: PanelLayout::default(),
            pending: Vec::new(),
            show_about: false,
            show_controls: false,
            export: ExportDialog::default(),
            window_fit: WindowFitter::default(),
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

    /// The map's place in the window.
    pub fn map_rect(&self) -> Option<egui::Rect> {
        self.map.rect
    }

    /// Where the layers panel was drawn at the last frame, docked or over the map; `None` when
    /// hidden.
    pub fn layers_panel_rect(&self) -> Option<egui::Rect> {
        self.panels.layers_rect
    }

    /// Where the side panel was drawn at the last frame, docked or over the map; `None` when
    /// hidden.
    pub fn side_panel_rect(&self) -> Option<egui::Rect> {
        self.panels.side_rect
    }

    /// Selects `target`; with nothing selected the side panel goes back to the overview. A
    /// hidden side panel opens to show what was selected.
    fn select(&mut self, target: Option<Target>) {
        self.selection = target;
        if target.is_none() {
            self.page = Page::Overview;
        }
        self.side_panel_follows(target);
    }
}

impl eframe::App for CorridorApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.window_fit.run(ui.ctx());
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

    /// The map with the selection highlighted and `furniture` over it; flows move when motion
    /// is on and not reduced.
    fn show_map(
        &mut self,
        ui: &mut Ui,
        text_scale: f32,
        furniture: &Furniture,
    ) -> map_view::MapResponse {
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
            furniture,
        )
    }
}
