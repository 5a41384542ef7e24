//! The app's own window for a file's path, where the system has no file dialog: a path field,
//! OK and Cancel, and what is wrong with the path under the field.

use std::path::PathBuf;

use egui::{Color32, RichText};

use super::modal_keys::ModalKeys;
use crate::i18n::Tr;
use crate::ui::tr::TrContext;

/// What the path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    Open,
    SaveAs,
    Export,
}

impl PathPurpose {
    /// The title of this window, and of the system's dialog where there is one.
    pub fn title(self, tr: &Tr) -> String {
        match self {
            PathPurpose::Open => tr.t("dialog-open-title"),
            PathPurpose::SaveAs => tr.t("dialog-save-as-title"),
            PathPurpose::Export => tr.t("dialog-export-title"),
        }
    }

    fn ask(self, tr: &Tr) -> String {
        match self {
            PathPurpose::Open => tr.t("dialog-open-ask"),
            PathPurpose::SaveAs => tr.t("dialog-save-as-ask"),
            PathPurpose::Export => tr.t("dialog-export-ask"),
        }
    }
}

/// How the window was answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathAnswer {
    /// The text in the field, to be checked by what asked for it.
    Ok(String),
    Cancel,
}

/// The window while it waits.
#[derive(Debug)]
pub struct PathWindow {
    pub purpose: PathPurpose,
    pub text: String,
    /// What is wrong with the path last given; shown under the field.
    pub error: Option<String>,
    /// Not drawn yet: the field takes the keyboard.
    fresh: bool,
}

impl PathWindow {
    pub fn new(purpose: PathPurpose, start: PathBuf) -> Self {
        PathWindow {
            purpose,
            text: start.display().to_string(),
            error: None,
            fresh: true,
        }
    }

    /// Shows the window; Enter means OK and Esc means Cancel.
    pub fn show(&mut self, ctx: &egui::Context, keys: ModalKeys) -> Option<PathAnswer> {
        let mut ok = keys.enter;
        let mut cancel = keys.escape;
        let tr = ctx.tr();
        egui::Modal::new(egui::Id::unique("path_window")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.label(RichText::new(self.purpose.title(&tr)).strong());
            ui.label(self.purpose.ask(&tr));
            ui.horizontal(|ui| {
                let label = ui.label(tr.t("dialog-path"));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.text).desired_width(480.0))
                    .labelled_by(label.id);
                if std::mem::take(&mut self.fresh) {
                    field.request_focus();
                }
            });
            if let Some(error) = &self.error {
                ui.colored_label(Color32::DARK_RED, error);
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ok |= ui
                    .button(tr.t("dialog-ok"))
                    .on_hover_text(tr.attr("dialog-ok", "tooltip"))
                    .clicked();
                cancel |= ui
                    .button(tr.t("dialog-cancel"))
                    .on_hover_text(tr.attr("dialog-cancel", "tooltip"))
                    .clicked();
            });
        });
        if cancel {
            Some(PathAnswer::Cancel)
        } else if ok {
            Some(PathAnswer::Ok(self.text.clone()))
        } else {
            None
        }
    }
}
