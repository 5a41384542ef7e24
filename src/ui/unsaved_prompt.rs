//! The question asked before unsaved edits would be lost: "Save changes to <file> before …?",
//! with Save, Discard and Cancel. It stands over the app until it is answered.

use std::path::PathBuf;

use egui::{Color32, RichText};

use super::modal_keys::ModalKeys;

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
    /// The end of the question: "before quitting?".
    fn doing(&self) -> String {
        match self {
            Then::Quit => "quitting".to_owned(),
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
                format!("opening {}", names.join(" + "))
            }
            Then::OpenBuiltin => "opening the built-in route".to_owned(),
            Then::Reload => "reloading it from disk".to_owned(),
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
        egui::Modal::new(egui::Id::unique("unsaved_prompt")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.label(
                RichText::new(format!(
                    "Save changes to {file} before {}?",
                    self.then.doing()
                ))
                .strong(),
            );
            ui.label("Changes that are not saved are lost.");
            if let Some(error) = &self.error {
                ui.colored_label(Color32::DARK_RED, format!("Not saved: {error}"));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let buttons = [
                    (Answer::Save, "Save", "Save, then go on (Enter)"),
                    (
                        Answer::Discard,
                        "Discard",
                        "Go on without saving: the changes are lost",
                    ),
                    (Answer::Cancel, "Cancel", "Stay, with the changes (Esc)"),
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
