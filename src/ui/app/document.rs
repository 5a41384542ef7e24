//! The route document's life cycle: opening the built-in route, files and recent files; loading
//! them on a worker and taking the result; reloading when the files change on disk; saving; and
//! the problems shown for a file that did not load.

use std::path::PathBuf;

use crate::io::background::{BackgroundLoad, FileWatcher};
use crate::io::{self, Format, LoadError, LoadedRoute};
use crate::map::projection::Projection;
use crate::model::Route;
use crate::scene::{FlowView, Target};
use crate::ui::path_window::PathPurpose;
use crate::ui::side_panel::Page;
use crate::ui::unsaved_prompt::Then;
use crate::ui::windows::ProblemsContext;

use super::CorridorApp;
use crate::i18n::Tr;
use crate::tr;

/// How many files File > Open Recent offers.
const RECENT_FILES: usize = 10;

/// Why a file is being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LoadPurpose {
    /// The user asked to open it: the view starts afresh.
    Open,
    /// The open file changed on disk: the view stays where it is.
    Reload,
}

impl CorridorApp {
    /// Puts the built-in route on screen; it is part of the program and loads at once.
    pub(super) fn open_builtin(&mut self) {
        self.loading = None;
        match io::builtin_route() {
            Ok(loaded) => self.set_route(loaded, LoadPurpose::Open),
            Err(e) => self.show_load_error(io::BUILTIN_ROUTE_NAME, &e, ProblemsContext::OpenFailed),
        }
    }

    /// Opens a route file (or a CSV pair), first asking about unsaved edits.
    pub fn open_files(&mut self, paths: Vec<PathBuf>) {
        if !paths.is_empty() {
            self.ask_before(Then::Open(paths));
        }
    }

    /// Starts reading a route file (or a CSV pair) on a worker thread; the route on screen stays
    /// until the new one has loaded, and stays for good if it does not.
    pub(super) fn start_open(&mut self, paths: Vec<PathBuf>) {
        self.loading = Some((
            BackgroundLoad::start_preparing(paths, std::sync::Arc::clone(&self.wake), take_fonts),
            LoadPurpose::Open,
        ));
    }

    /// Asks for a route file, or a locations and a flows CSV, and starts opening them.
    pub(super) fn pick_files_to_open(&mut self) {
        let tr = self.tr.clone();
        let dialog = || {
            let mut dialog = rfd::FileDialog::new()
                .set_title(PathPurpose::Open.title(&tr))
                .add_filter(tr.t("dialog-all-route-files"), &Format::all_extensions());
            for &format in <Format as strum::VariantArray>::VARIANTS {
                dialog = dialog.add_filter(format_name(&tr, format), format.extensions());
            }
            dialog.pick_files().filter(|paths| !paths.is_empty())
        };
        if let Some(paths) = self.pick_path(PathPurpose::Open, None, None, dialog) {
            self.open_files(paths);
        }
    }

    /// Reads the route's files again; the view stays where it is.
    pub(super) fn reload(&mut self) {
        self.changed_on_disk = false;
        if !self.source_paths.is_empty() {
            self.loading = Some((
                BackgroundLoad::start_preparing(
                    self.source_paths.clone(),
                    std::sync::Arc::clone(&self.wake),
                    take_fonts,
                ),
                LoadPurpose::Reload,
            ));
        }
    }

    /// Takes a finished load, and notices files that changed on disk.
    pub(super) fn poll_files(&mut self, ctx: &egui::Context) {
        self.poll_talk_check();
        if let Some((load, purpose)) = &mut self.loading
            && let Some(result) = load.poll()
        {
            let (paths, purpose) = (load.paths().to_vec(), *purpose);
            self.loading = None;
            match result {
                Ok(loaded) => {
                    // The fonts the loader took for the route's scripts, set before anything of
                    // this frame is laid out, so that its names never show as empty boxes.
                    crate::ui::refresh_fonts(ctx, &mut self.fonts_generation);
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

    /// Lists the problems of a file that did not load; the route on screen stays.
    fn show_load_error(&mut self, file: &str, error: &LoadError, context: ProblemsContext) {
        log::warn!("{error}");
        self.load_error_file = file.to_owned();
        self.load_problems = error.problems();
        self.problems_context = context;
    }

    /// Watches the route's files for changes on disk, when it was read from files.
    fn watch(&mut self) {
        self.watcher = (!self.source_paths.is_empty()).then(|| {
            FileWatcher::watch(
                self.source_paths.clone(),
                FileWatcher::INTERVAL,
                std::sync::Arc::clone(&self.wake),
            )
        });
    }

    /// Puts a loaded route on screen: afresh when opened, keeping the view when reloaded.
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
            self.forget_story_history();
            self.check_talk();
            return;
        }
        self.projection = Projection::for_route(&route);
        self.stops = crate::ui::timeline::Stops::of(&route);
        self.flows = FlowView::all_layers(&route, crate::flows::opening_year(&route));
        self.settings.timeline.playing = false;
        self.route = route;
        self.show_route_in(self.tr.language());
        self.selection = None;
        self.page = Page::Overview;
        self.map.flight = None;
        self.map.auto_fit = true;
        self.presentation = None;
        self.picked_quote = None;
        self.editing_slide = None;
        self.forget_story_history();
        self.layout_warnings.clear();
        self.check_talk();
    }

    /// Puts a new version of the same route on screen, keeping the view: the camera, the year,
    /// the layers that still exist and the selection if it still names the same thing.
    fn refresh_route(&mut self, mut route: Route) {
        route.show_language(self.shown_language());
        let selected_id = |route: &Route, target: Option<Target>| match target {
            Some(Target::Node(i)) => route.nodes.get(i).map(|n| n.id.clone()),
            Some(Target::Link(i)) => route.links.get(i).map(|l| l.id.clone()),
            _ => None,
        };
        let was_selected = selected_id(&self.route, self.selection);
        self.stops = crate::ui::timeline::Stops::of(&route);
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
        self.show_route_in(self.shown_language());
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

    /// Writes the route to its file, or asks where when it has none.
    pub(super) fn save(&mut self) {
        match self.route_path.clone() {
            Some(path) => {
                // The status bar says how it went.
                let _ = self.save_to(path);
            }
            None => self.save_as(None),
        }
    }

    /// Writes the route to `path`, which becomes its file; the status bar says how it went.
    pub(super) fn save_to(&mut self, path: PathBuf) -> Result<(), io::SaveError> {
        match io::save_route(&self.route, &path) {
            Ok(()) => {
                self.route_file = path.display().to_string();
                self.save_message = Some(tr!(self.tr, "status-saved", file = &self.route_file));
                self.remember_recent(vec![path.clone()]);
                self.route_path = Some(path.clone());
                // From now on the saved file is the route's file; watching starts afresh so the
                // save itself is not taken for a change.
                self.source_paths = vec![path];
                self.watch();
                self.changed_on_disk = false;
                self.dirty = false;
                self.story_saved();
                self.check_talk();
                Ok(())
            }
            Err(e) => {
                self.save_message = Some(save_error_text(&self.tr, &e));
                Err(e)
            }
        }
    }

    /// Asks where to save the route, and saves it there; `then` goes on once it is saved.
    pub(super) fn save_as(&mut self, then: Option<Then>) {
        let id = if self.route.id.is_empty() {
            "route"
        } else {
            &self.route.id
        };
        let name = format!("{id}.json");
        let dialog = {
            let name = name.clone();
            let filter = self.tr.t("dialog-route-json");
            let title = PathPurpose::SaveAs.title(&self.tr);
            move || {
                rfd::FileDialog::new()
                    .add_filter(filter, &["json"])
                    .set_title(title)
                    .set_file_name(name)
                    .save_file()
            }
        };
        if let Some(path) = self.pick_path(PathPurpose::SaveAs, Some(name), then.clone(), dialog)
            && self.save_to(path).is_ok()
            && let Some(then) = then
        {
            self.proceed(then);
        }
    }
}

/// Takes the system's fonts for letters of the loaded route that the shipped fonts lack, on the
/// loader's thread.
fn take_fonts(loaded: &LoadedRoute) {
    crate::text::undrawn::take_fonts_for(&loaded.route);
}

/// A kind of file as the file dialog's filter names it; [`Format::label`] is the command line's.
fn format_name(tr: &Tr, format: Format) -> String {
    match format {
        Format::Route => tr.t("dialog-format-route"),
        Format::GeoJson => tr.t("dialog-format-geojson"),
        Format::FlowmapCsv => tr.t("dialog-format-flowmap-csv"),
        Format::Kml => tr.t("dialog-format-kml"),
        Format::Kmz => tr.t("dialog-format-kmz"),
        Format::Gpx => tr.t("dialog-format-gpx"),
    }
}

/// Why a save failed, in the interface's language; the system's reason stays in its own words.
pub(super) fn save_error_text(tr: &Tr, error: &io::SaveError) -> String {
    match error {
        io::SaveError::Write { file, source } => tr!(
            tr,
            "dialog-save-error-write",
            file = file,
            reason = source.to_string()
        ),
        io::SaveError::Encode(e) => tr!(tr, "dialog-save-error-encode", reason = e.to_string()),
        io::SaveError::TooLarge { file, size, limit } => tr!(
            tr,
            "dialog-save-error-too-large",
            file = file,
            // Sizes as text, written out in full as the refusal to open a file has them.
            size = size.to_string(),
            limit = limit.to_string()
        ),
    }
}
