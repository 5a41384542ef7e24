//! The question asked before unsaved edits would be lost: "Save changes to <file> before …?",
//! with Save, Discard and Cancel. It stands over the app until it is answered.

use std::path::PathBuf;

use egui::{Color32, RichText};

use super::modal_keys::ModalKeys;
use crate::i18n::Tr;
use crate::tr;
use crate::ui::tr::TrContext;

/// What the user asked for that would lose the edits, waiting on the answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    Quit,
    /// Open these files (a route file, or a CSV pair).
    Open(Vec<PathBuf>),
    OpenBuiltin,
    /// Read the open file again from disk.
    Reload,
}

impl Then {
    /// The question about unsaved edits to `file`: "Save changes to route.json before quitting?".
    fn question(&self, tr: &Tr, file: &str) -> String {
        match self {
            Then::Quit => tr!(tr, "unsaved-before-quit", file = file),
            Then::Open(paths) => {
                let names: Vec<String> = paths
                    .iter()
                    .map(|p| {
                        p.file_name().map_or_else(
                            || p.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        )
                    })
                    .collect();
                tr!(
                    tr,
                    "unsaved-before-open",
                    file = file,
                    names = names.join(" + ")
                )
            }
            Then::OpenBuiltin => tr!(tr, "unsaved-before-open-builtin", file = file),
            Then::Reload => tr!(tr, "unsaved-before-reload", file = file),
        }
    }
}

/// The answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save, then go on.
    Save,
    /// Go on; the edits are lost.
    Discard,
    /// Stay, with the edits.
    Cancel,
}

/// The question while it waits.
#[derive(Debug)]
pub struct UnsavedPrompt {
    pub then: Then,
    /// Why the last Save failed; the question stays until it is answered another way or a save
    /// works.
    pub error: Option<String>,
    /// Not drawn yet: the keyboard is taken from any field under it.
    fresh: bool,
}

impl UnsavedPrompt {
    pub fn new(then: Then) -> Self {
        UnsavedPrompt {
            then,
            error: None,
            fresh: true,
        }
    }

    /// Shows the question about `file`; Enter means Save and Esc means Cancel.
    pub fn show(&mut self, ctx: &egui::Context, file: &str, keys: ModalKeys) -> Option<Answer> {
        if std::mem::take(&mut self.fresh) {
            ctx.memory_mut(|m| m.stop_text_input());
        }
        let mut answer = if keys.enter {
            Some(Answer::Save)
        } else if keys.escape {
            Some(Answer::Cancel)
        } else {
            None
        };
        let tr = ctx.tr();
        egui::Modal::new(egui::Id::unique("unsaved_prompt")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.label(RichText::new(self.then.question(&tr, file)).strong());
            ui.label(tr.t("unsaved-lost"));
            if let Some(error) = &self.error {
                ui.colored_label(
                    Color32::DARK_RED,
                    tr!(tr, "unsaved-not-saved", error = error),
                );
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let buttons = [
                    (
                        Answer::Save,
                        tr.t("unsaved-save"),
                        tr.attr("unsaved-save", "tooltip"),
                    ),
                    (
                        Answer::Discard,
                        tr.t("unsaved-discard"),
                        tr.attr("unsaved-discard", "tooltip"),
                    ),
                    (
                        Answer::Cancel,
                        tr.t("unsaved-cancel"),
                        tr.attr("unsaved-cancel", "tooltip"),
                    ),
                ];
                for (choice, label, tip) in buttons {
                    if ui.button(label).on_hover_text(tip).clicked() {
                        answer = Some(choice);
                    }
                }
            });
        });
        answer
    }
}
