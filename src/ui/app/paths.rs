//! Where a file comes from or goes: the system's file dialog, or, where none opens, the app's own
//! path window. Open, Save as and Export all ask through here, so none fails without a word.

use std::path::PathBuf;

use crate::export::ImageFormat;
use crate::ui::file_dialogs::{FileDialogs, Picked};
use crate::ui::modal_keys::ModalKeys;
use crate::ui::path_window::{PathAnswer, PathPurpose, PathWindow};
use crate::ui::typed_path;
use crate::ui::unsaved_prompt::Then;

use super::CorridorApp;

impl CorridorApp {
    /// Asks for paths in the app's own window instead of the system's dialogs; tests use it so
    /// that no dialog waits for a person, and it is what a system without dialogs gets.
    pub fn with_file_dialogs(mut self, dialogs: FileDialogs) -> Self {
        self.file_dialogs = dialogs;
        self
    }

    /// Shows a system dialog through `dialog`; where none can open, asks in the path window for
    /// `purpose`, which starts in the route's folder with `file_name` if given. `then` waits on
    /// a Save as.
    pub(super) fn pick_path<T>(
        &mut self,
        purpose: PathPurpose,
        file_name: Option<String>,
        then: Option<Then>,
        dialog: impl FnOnce() -> Option<T>,
    ) -> Option<T> {
        match self.file_dialogs.pick(dialog) {
            Picked::Chosen(chosen) => Some(chosen),
            Picked::Cancelled => None,
            Picked::NoDialog => {
                self.save_message = Some(self.tr.t("status-no-dialog"));
                let mut start = self.start_folder();
                match file_name {
                    Some(name) => start.push(name),
                    // A separator at the end, so the name is typed straight after it.
                    None => start.push(""),
                }
                self.path_window = Some((PathWindow::new(purpose, start), then));
                None
            }
        }
    }

    /// The folder of the route's file, or else the home folder.
    fn start_folder(&self) -> PathBuf {
        self.route_path
            .iter()
            .chain(&self.source_paths)
            .filter_map(|p| p.parent())
            .find(|folder| !folder.as_os_str().is_empty())
            .map(PathBuf::from)
            .or_else(std::env::home_dir)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default()
    }

    /// The path window while it waits, and what its answer does. A path that does not fit
    /// keeps the window open with what is wrong under the field.
    pub(super) fn path_window(&mut self, ctx: &egui::Context, keys: ModalKeys) {
        let Some((window, _)) = &mut self.path_window else {
            return;
        };
        let Some(answer) = window.show(ctx, keys) else {
            return;
        };
        let Some((mut window, then)) = self.path_window.take() else {
            return;
        };
        let PathAnswer::Ok(text) = answer else {
            return;
        };
        let tr = self.tr.clone();
        let done = match window.purpose {
            PathPurpose::Open => typed_path::parse(&text)
                .and_then(typed_path::to_open)
                .map(|path| self.open_files(vec![path]))
                .map_err(|e| e.text(&tr)),
            PathPurpose::SaveAs => typed_path::parse(&text)
                .map(|mut path| {
                    if path.extension().is_none() {
                        path.set_extension("json");
                    }
                    path
                })
                .and_then(typed_path::to_write)
                .map_err(|e| e.text(&tr))
                .and_then(|path| {
                    self.save_to(path)
                        .map_err(|e| super::document::save_error_text(&tr, &e))
                }),
            PathPurpose::Export => {
                let format = self.settings.export.format;
                typed_path::parse(&text)
                    .map(|mut path| {
                        if ImageFormat::for_path(&path).is_err() {
                            path.set_extension(format.extension());
                        }
                        path
                    })
                    .and_then(typed_path::to_write)
                    .map(|path| self.export_to(path))
                    .map_err(|e| e.text(&tr))
            }
        };
        match done {
            Ok(()) => {
                if let Some(then) = then {
                    self.proceed(then);
                }
            }
            Err(error) => {
                window.error = Some(error);
                self.path_window = Some((window, then));
            }
        }
    }
}
