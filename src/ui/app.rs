//! The app: settings that are saved, state that is not, and the frame's layout.

use std::path::{Path, PathBuf};

use egui::{Panel, RichText, Ui};
use serde::{Deserialize, Serialize};

use crate::io::{self, LoadError, LoadedRoute, Problem};
use crate::map::projection::Projection;
use crate::model::Route;
use crate::scene::{FlowView, Highlight, RouteGeometry, Target};

use super::commands::Command;
use super::map_view::{self, MapState};
use super::side_panel::{self, Page};
use super::timeline::{self, Timeline};
use super::{fonts, layers, legend, windows};

/// What is remembered between runs.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub show_translation: bool,
    pub show_legend: bool,
    /// Dashes moving along flows; off by default so an idle map uses no CPU.
    pub motion: bool,
    pub timeline: Timeline,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            show_translation: false,
            show_legend: true,
            motion: false,
            timeline: Timeline::default(),
        }
    }
}

/// Where the app's route comes from at start.
#[derive(Clone, Debug)]
pub enum StartRoute {
    Builtin,
    File(PathBuf),
}

/// The running app.
pub struct CorridorApp {
    settings: Settings,
    route: Route,
    /// Where the route was read from, as shown to the user.
    route_file: String,
    warnings: Vec<Problem>,
    /// Problems of the last file that failed to open; the route on screen stays.
    load_problems: Vec<Problem>,
    load_error_file: String,
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
}

impl CorridorApp {
    /// The app as eframe starts it.
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartRoute) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, start, settings)
    }

    /// The app with given settings, for tests and for [`CorridorApp::new`].
    pub fn with_settings(ctx: &egui::Context, start: StartRoute, settings: Settings) -> Self {
        super::setup_style(ctx);
        let mut app = CorridorApp {
            settings,
            route: Route::default(),
            route_file: String::new(),
            warnings: Vec::new(),
            load_problems: Vec::new(),
            load_error_file: String::new(),
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
        };
        app.open_builtin();
        if let StartRoute::File(path) = start {
            app.open_file(&path);
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

    pub fn load_problems(&self) -> &[Problem] {
        &self.load_problems
    }

    fn open_builtin(&mut self) {
        match io::builtin_route() {
            Ok(loaded) => self.set_route(loaded),
            Err(e) => self.show_load_error(io::BUILTIN_ROUTE_NAME, &e),
        }
    }

    /// Opens a route file; on failure the route on screen stays and the problems are shown.
    pub fn open_file(&mut self, path: &Path) {
        match io::load_route_file(path) {
            Ok(loaded) => self.set_route(loaded),
            Err(e) => self.show_load_error(&path.display().to_string(), &e),
        }
    }

    fn show_load_error(&mut self, file: &str, error: &LoadError) {
        log::warn!("{error}");
        self.load_error_file = file.to_owned();
        self.load_problems = error.problems();
    }

    fn set_route(&mut self, loaded: LoadedRoute) {
        let LoadedRoute {
            route,
            file,
            warnings,
        } = loaded;
        self.projection = if route.id == "middle-corridor" {
            Projection::default()
        } else {
            Projection::fitted(route.nodes.iter().map(|n| (n.lat, n.lon)))
        };
        self.geometry = RouteGeometry::new(&route, &self.projection);
        self.year_span = crate::flows::year_span(&route);
        let year = crate::flows::best_known_year(&route)
            .or(self.year_span.map(|s| s.1))
            .unwrap_or_default();
        self.flows = FlowView::all_layers(&route, year);
        self.settings.timeline.playing = false;
        self.route = route;
        self.route_file = file;
        self.warnings = warnings;
        self.load_problems.clear();
        self.selection = None;
        self.page = Page::Overview;
        self.map.flight = None;
        self.map.auto_fit = true;
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
                if let Some(path) = rfd::FileDialog::new()
                    .add_filter("Route (JSON)", &["json"])
                    .set_title("Open a route file")
                    .pick_file()
                {
                    self.open_file(&path);
                }
            }
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
                item(ui, &mut self.pending, Command::OpenBuiltin);
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
            });
            ui.menu_button("Help", |ui| {
                item(ui, &mut self.pending, Command::ShowControls);
                item(ui, &mut self.pending, Command::ShowAbout);
            });
            ui.separator();
            ui.label(RichText::new(&self.route.title).font(fonts::bold(15.0)));
            ui.weak(&self.route_file);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for command in [Command::ZoomIn, Command::ZoomOut, Command::FitRoute] {
                    let text = match command {
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
        let ctx = ui.ctx().clone();
        self.pending.extend(Command::from_keys(&ctx));

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
                dismiss = windows::problems(ui, &self.load_error_file, &self.load_problems);
            });
            if dismiss {
                self.load_problems.clear();
            }
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
        let panel = Panel::right("side_panel")
            .resizable(true)
            .default_size(420.0)
            .min_size(300.0)
            .show(ui, |ui| {
                side_panel::show(
                    ui,
                    &self.route,
                    &self.geometry,
                    self.selection,
                    self.page,
                    self.settings.show_translation,
                    self.flows.year,
                )
            })
            .inner;
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
                self.flows.motion_time = self.settings.motion.then(|| ctx.input(|i| i.time));
                let response = map_view::show(
                    ui,
                    &mut self.map,
                    &self.route,
                    &self.geometry,
                    &self.flows,
                    Highlight {
                        selected: self.selection,
                        hovered: None,
                    },
                );
                if let Some(target) = response.clicked {
                    self.select(target);
                }
            });

        windows::about(&ctx, &mut self.show_about);
        windows::controls(&ctx, &mut self.show_controls);

        for file in ctx.input(|i| i.raw.dropped_files.clone()) {
            self.open_file(file.path());
        }

        for command in std::mem::take(&mut self.pending) {
            self.apply(&ctx, command);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
