//! Unsaved edits are never lost silently. Quitting (File › Quit, its key, or the window's close
//! button), opening another file or the built-in route, and reloading over edits first ask
//! "Save changes to <file> before …?": Save carries on once the route is saved, and stays if the
//! save fails; Discard carries on; Cancel stays.
//!
//! A file that changed on disk under unsaved edits has its own notice above the map, with
//! "Reload and lose my edits" and "Keep my edits": Save has no place there, since a reload reads
//! what is on disk. That notice is the question for that case, so a reload while it stands goes
//! on without asking twice.

use crate::ui::modal_keys::ModalKeys;
use crate::ui::unsaved_prompt::{Answer, Then, UnsavedPrompt};

use super::CorridorApp;

impl CorridorApp {
    /// Does `then`, first asking what to do with unsaved edits if there are any.
    pub(super) fn ask_before(&mut self, then: Then) {
        if !self.dirty {
            self.proceed(then);
        } else if self.prompt.is_none() {
            self.prompt = Some(UnsavedPrompt::new(then));
        }
    }

    /// Does `then`, edits or not.
    pub(super) fn proceed(&mut self, then: Then) {
        match then {
            Then::Quit => {
                self.closing = true;
                self.send_close = true;
            }
            Then::Open(paths) => self.start_open(paths),
            Then::OpenBuiltin => self.open_builtin(),
            Then::Reload => self.reload(),
        }
    }

    /// Reads the file again; over unsaved edits, asks first unless the changed-on-disk notice
    /// already did.
    pub(super) fn ask_before_reload(&mut self) {
        if self.changed_on_disk {
            self.proceed(Then::Reload);
        } else if self.source_paths.is_empty() {
            self.save_message = Some(self.tr.t("status-nothing-to-reload"));
        } else {
            self.ask_before(Then::Reload);
        }
    }

    /// The window's close button: while there are unsaved edits the window stays open and the
    /// question is asked; once the app has chosen to close, it closes.
    pub(super) fn on_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing && self.dirty {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ask_before(Then::Quit);
        }
    }

    /// The question while it waits, and what its answer does.
    pub(super) fn unsaved_prompt(&mut self, ctx: &egui::Context, keys: ModalKeys) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        let Some(answer) = prompt.show(ctx, &self.route_file, keys) else {
            return;
        };
        let Some(mut prompt) = self.prompt.take() else {
            return;
        };
        match answer {
            Answer::Cancel => {}
            Answer::Discard => self.proceed(prompt.then),
            Answer::Save => match self.route_path.clone() {
                Some(path) => match self.save_to(path) {
                    Ok(()) => self.proceed(prompt.then),
                    Err(e) => {
                        prompt.error = Some(super::document::save_error_text(&self.tr, &e));
                        self.prompt = Some(prompt);
                    }
                },
                None => self.save_as(Some(prompt.then)),
            },
        }
    }
}
