//! The app: settings that are saved, state that is not, how it starts, and the frame.
//!
//! What changes the state lives beside this file: the route document in `document`, the talk in
//! `talk`, the story's slides in `story` and their Undo and Redo in `undo`, map exports in
//! `export`, the question before unsaved edits are lost in `unsaved`, where files come from and
//! go in `paths`, and the dispatch of each command in `command_handling`. What draws it while
//! exploring is in `browse`.

mod browse;
mod command_handling;
mod document;
mod export;
mod panels;
mod paths;
mod story;
mod talk;
mod talk_check;
mod undo;
mod unsaved;

use std::path::PathBuf;

use egui::Ui;
use serde::{Deserialize, Serialize};

use crate::io::Problem;
use crate::io::background::{BackgroundLoad, FileWatcher, Wake};
use crate::map::projection::Projection;
use crate::model::Route;
use crate::scene::picture::Furniture;
use crate::scene::{FlowView, RouteGeometry, SceneOptions, Target};

use super::commands::{Command, Mode};
use super::export::{ExportDialog, ExportSettings};
use super::file_dialogs::FileDialogs;
use super::map_view::{self, MapState};
use super::modal_keys::ModalKeys;
use super::path_window::PathWindow;
use super::presentation::Presentation;
use super::screens::{Monitor, Screens, SlidesScreen};
use super::side_panel::Page;
use super::timeline::Timeline;
use super::unsaved_prompt::{Then, UnsavedPrompt};
use super::window_fit::WindowFitter;
use super::windows::{self, ProblemsContext};
use crate::i18n::Tr;

use document::LoadPurpose;
use panels::PanelLayout;
use undo::StoryHistory;

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
    /// Which screen shows the slides when there are two.
    #[serde(default)]
    pub slides_screen: SlidesScreen,
    /// The interface's language, such as `ru`; empty until the first start takes the system's.
    pub language: String,
    /// The language slides are shown in; empty for the interface's.
    pub talk_language: String,
    /// How much larger than normal the interface is drawn, 1.0 for normal.
    pub text_size: f32,
    /// The interface's look: light, dark or high contrast.
    pub theme: crate::ui::theme::Theme,
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
            slides_screen: SlidesScreen::default(),
            language: String::new(),
            talk_language: String::new(),
            text_size: 1.0,
            theme: crate::ui::theme::Theme::default(),
        }
    }
}

/// The words of the talk: its own language's, or the interface's.
fn talk_words(settings: &Settings) -> Tr {
    if settings.talk_language.is_empty() {
        Tr::new(&settings.language)
    } else {
        Tr::new(&settings.talk_language)
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
    /// The interface's words.
    tr: Tr,
    /// The words on slides, which may be in another language than the interface.
    talk_tr: Tr,
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
    /// What the status bar reports last done: a save, an export, an undo, a missing dialog.
    save_message: Option<String>,
    /// Undo and Redo of the story; not saved, and forgotten when another route opens.
    history: StoryHistory,
    /// The question before unsaved edits would be lost, while it waits for an answer.
    prompt: Option<UnsavedPrompt>,
    /// The app's own path window where no file dialog opens, and what waits on its Save as.
    path_window: Option<(PathWindow, Option<Then>)>,
    file_dialogs: FileDialogs,
    /// The app has chosen to close: a close request is let through.
    closing: bool,
    /// Ask the window to close at the end of this frame.
    send_close: bool,
    warnings: Vec<Problem>,
    /// Where the talk breaks the rules of a hall, from the last check of its layout.
    layout_warnings: Vec<Problem>,
    talk_check: Option<talk_check::TalkCheck>,
    /// Problems of the last file that failed to open; the route on screen stays.
    load_problems: Vec<Problem>,
    load_error_file: String,
    problems_context: ProblemsContext,
    projection: Projection,
    geometry: RouteGeometry,
    /// The year shown and how each flow layer is drawn.
    flows: FlowView,
    /// Where the timeline stops: the years of the route's flow data, and the values with no
    /// year given.
    stops: crate::ui::timeline::Stops,
    map: MapState,
    selection: Option<Target>,
    page: Page,
    /// Which panels beside the map are open, apart from the saved settings.
    panels: PanelLayout,
    pending: Vec<Command>,
    show_about: bool,
    /// View › Table.
    table: super::table_view::TableView,
    show_controls: bool,
    export: ExportDialog,
    /// The screens the system reports, for where a talk's windows go.
    screens: Screens,
    /// When the screens were last read.
    screens_read_at: Option<f64>,
    /// Fits a window remembered from a larger screen to this one, at the start.
    window_fit: WindowFitter,
    /// How many of the route's texts lack the language they are shown in.
    language_gap: Option<LanguageGap>,
    /// Which of the system's fonts for other scripts the window has, by their generation.
    fonts_generation: u64,
}

/// Texts of the route shown in its default language for want of the one asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageGap {
    pub missing: usize,
    pub total: usize,
    /// The own name of the language they are shown in instead, such as "English".
    pub shown_in: String,
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
    pub fn with_settings(ctx: &egui::Context, start: StartRoute, mut settings: Settings) -> Self {
        super::setup_style(ctx);
        if settings.language.is_empty() {
            settings.language = crate::i18n::system_language().to_owned();
        }
        let tr = Tr::new(&settings.language);
        let talk_tr = talk_words(&settings);
        super::tr::set(ctx, &tr);
        // The interface's size is a command of the app's, remembered with its settings.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        settings.text_size = super::text_size::clamp(settings.text_size);
        ctx.set_zoom_factor(settings.text_size);
        super::theme::apply(ctx, settings.theme);
        let mut app = CorridorApp {
            settings,
            tr,
            talk_tr,
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
            history: StoryHistory::default(),
            prompt: None,
            path_window: None,
            file_dialogs: FileDialogs::default(),
            closing: false,
            send_close: false,
            warnings: Vec::new(),
            layout_warnings: Vec::new(),
            talk_check: None,
            load_problems: Vec::new(),
            load_error_file: String::new(),
            problems_context: ProblemsContext::OpenFailed,
            projection: Projection::default(),
            geometry: RouteGeometry::default(),
            flows: FlowView::default(),
            stops: Default::default(),
            map: MapState::default(),
            selection: None,
            page: Page::Overview,
            panels: PanelLayout::default(),
            pending: Vec::new(),
            show_about: false,
            table: Default::default(),
            show_controls: false,
            export: ExportDialog::default(),
            screens: Screens::default(),
            screens_read_at: None,
            window_fit: WindowFitter::default(),
            language_gap: None,
            fonts_generation: crate::text::fallback::generation(),
        };
        app.open_builtin();
        if let StartRoute::Files(paths) = start {
            app.open_files(paths);
        }
        app
    }

    /// The interface's language, such as `ru`.
    pub fn language(&self) -> &'static str {
        self.tr.language()
    }

    /// The language the slides are shown in.
    pub fn talk_language(&self) -> &'static str {
        self.talk_tr.language()
    }

    /// Speaks `language` from now on, and remembers it.
    pub fn set_language(&mut self, ctx: &egui::Context, language: &str) {
        self.settings.language = language.to_owned();
        self.tr = Tr::new(language);
        self.talk_tr = talk_words(&self.settings);
        super::tr::set(ctx, &self.tr);
        self.show_route_in(self.shown_language());
        self.check_talk();
    }

    /// The language the route's texts are shown in: the talk's while presenting.
    pub(super) fn shown_language(&self) -> &'static str {
        if self.presentation.is_some() {
            self.talk_tr.language()
        } else {
            self.tr.language()
        }
    }

    /// Shows the route's texts in `language`, where it has them; labels are placed again.
    pub(super) fn show_route_in(&mut self, language: &str) {
        self.route.show_language(language);
        self.table.forget();
        self.geometry = RouteGeometry::new(&self.route, &self.projection);
        let (total, missing) = self.route.coverage(language);
        self.language_gap = (!missing.is_empty() && language != self.route.default_language())
            .then(|| LanguageGap {
                missing: missing.len(),
                total,
                shown_in: Tr::language_name(self.route.default_language()),
            });
    }

    /// Shows the slides in `language`, or in the interface's with `None`, and remembers it.
    pub fn set_talk_language(&mut self, language: Option<&str>) {
        self.settings.talk_language = language.unwrap_or_default().to_owned();
        self.talk_tr = talk_words(&self.settings);
        self.show_route_in(self.shown_language());
        self.check_talk();
    }

    /// How many of the route's texts lack the language they are shown in, when any do.
    pub fn language_gap(&self) -> Option<&LanguageGap> {
        self.language_gap.as_ref()
    }

    pub fn route(&self) -> &Route {
        &self.route
    }

    /// The year whose flows are shown; `None` for the values with no year given.
    pub fn year(&self) -> Option<i32> {
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

    /// Whether the route has edits that are not saved.
    pub fn has_unsaved_edits(&self) -> bool {
        self.dirty
    }

    /// Whether the open file changed on disk while there were unsaved edits.
    pub fn has_changed_on_disk(&self) -> bool {
        self.changed_on_disk
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Where the route's places and links are on the map.
    pub fn geometry(&self) -> &RouteGeometry {
        &self.geometry
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
    /// Runs even while the window is minimized, when no frame is drawn: the close button is
    /// answered here so unsaved edits keep the window open.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.on_close_request(ctx);
    }

    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        // The monitors, read about once a second while no talk is on: a talk keeps the screens
        // it started with, as its windows move between them.
        let now = ui.input(|i| i.time);
        if self.presentation.is_none()
            && self.screens_read_at.is_none_or(|t| now - t >= 1.0)
            && let Some(window) = frame.winit_window()
        {
            self.screens_read_at = Some(now);
            let rect = |position: (i32, i32), size: (u32, u32)| {
                egui::Rect::from_min_size(
                    egui::pos2(position.0 as f32, position.1 as f32),
                    egui::vec2(size.0 as f32, size.1 as f32),
                )
            };
            let monitors = window
                .available_monitors()
                .enumerate()
                .map(|(index, m)| Monitor {
                    index,
                    name: m.name(),
                    rect: rect(
                        (m.position().x, m.position().y),
                        (m.size().width, m.size().height),
                    ),
                })
                .collect();
            let window_on = window.current_monitor().map(|m| {
                rect(
                    (m.position().x, m.position().y),
                    (m.size().width, m.size().height),
                )
            });
            self.screens = Screens::new(monitors, window_on);
        }
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
        super::refresh_fonts(&ctx, &mut self.fonts_generation);
        self.poll_files(&ctx);
        // The window's name, as a screen reader says it on switching to the app.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(crate::tr!(
                self.tr,
                "window-name",
                route = &self.route.title
            ));
        });
        // A window waiting for an answer takes Enter and Esc before anything under it.
        let asking = self.prompt.is_some();
        let waiting = asking || self.path_window.is_some();
        let keys = if waiting {
            ModalKeys::take(&ctx)
        } else {
            ModalKeys::default()
        };
        if self.presentation.is_some() {
            self.present(ui);
        } else {
            self.browse(ui);
        }
        if waiting {
            // Nothing under a waiting window acts on keys.
            self.pending.clear();
        }
        windows::about(&ctx, &mut self.show_about);
        if self.presentation.is_none() {
            self.table.show(&ctx, &self.route);
        }
        windows::controls(&ctx, &mut self.show_controls);
        self.export_window(&ctx);
        let (prompt_keys, path_keys) = if asking {
            (keys, ModalKeys::default())
        } else {
            (ModalKeys::default(), keys)
        };
        self.unsaved_prompt(&ctx, prompt_keys);
        self.path_window(&ctx, path_keys);
        let commands = std::mem::take(&mut self.pending);
        if !commands.is_empty() {
            // Commands change what is drawn after this pass has drawn it.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(&ctx, command);
        }
        self.track_story(&ctx);
        self.announce(&ctx);
        if std::mem::take(&mut self.send_close) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Tells a screen reader what is newly selected while exploring, and which slide is up
    /// during a talk.
    fn announce(&self, ctx: &egui::Context) {
        use super::a11y::{self, Subject};
        let tr = &self.tr;
        match &self.presentation {
            Some(p) => a11y::announce(ctx, Subject::Slide(p.index), || {
                let slide = crate::tr!(
                    tr,
                    "presenter-slide-of",
                    number = p.index + 1,
                    count = crate::scene::slide::count(&self.route)
                );
                let title = crate::scene::slide::page(&self.route, p.index)
                    .title(&self.route, &self.talk_tr);
                crate::tr!(tr, "a11y-slide", slide = slide, title = title)
            }),
            None => a11y::announce(ctx, Subject::Selection(self.selection), || {
                match self.selection {
                    Some(target) => {
                        let bands =
                            crate::scene::bands::build(&self.route, &self.geometry, &self.flows);
                        let what =
                            a11y::spoken_target(tr, &self.route, target, &bands, self.flows.year);
                        crate::tr!(tr, "a11y-selected", what = what)
                    }
                    None => tr.t("a11y-nothing-selected"),
                }
            }),
        }
    }

    /// The map with the selection highlighted, labels as `options` say (kept clear of cards, a
    /// slide's places labelled first), and `furniture` over it; flows move when motion is on and
    /// not reduced. During a talk it shows nothing of what the pointer is over.
    fn show_map(
        &mut self,
        ui: &mut Ui,
        mut options: SceneOptions,
        furniture: &Furniture,
    ) -> map_view::MapResponse {
        self.flows.motion_time =
            (self.settings.motion && !self.settings.reduce_motion).then(|| ui.input(|i| i.time));
        options.highlight.selected = self.selection;
        map_view::show(
            ui,
            &mut self.map,
            &self.route,
            &self.geometry,
            &self.flows,
            options,
            furniture,
            if self.presentation.is_some() {
                Mode::Present
            } else {
                Mode::Browse
            },
        )
    }
}
