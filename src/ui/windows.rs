//! Small windows: About, Controls, and the list of problems in a file that did not open.

use crate::i18n::Tr;
use crate::tr;
use crate::ui::tr::TrContext;
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::io::Problem;

use strum::VariantArray;

use super::commands::Command;

/// What the problems panel is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemsContext {
    /// A file the user opened did not load.
    OpenFailed,
    /// The open file changed on disk and its new content did not load.
    ReloadFailed,
}

pub fn about(ctx: &egui::Context, open: &mut bool) {
    let tr = ctx.tr();
    egui::Window::new(Command::ShowAbout.label(&tr))
        .id(egui::Id::unique("about_window"))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.label(tr!(tr, "about-version", version = crate::version::VERSION));
            if let Some(commit) = crate::version::COMMIT {
                ui.label(tr!(tr, "about-commit", commit = commit));
            }
            ui.label(tr.t("about-summary"));
            let languages = crate::i18n::languages()
                .into_iter()
                .map(Tr::language_name)
                .collect::<Vec<_>>()
                .join(", ");
            ui.label(tr!(tr, "about-languages", languages = languages));
            ui.add_space(6.0);
            ui.label(RichText::new(tr.t("about-basemap")).strong());
            ui.label(tr.t("about-basemap-text"));
            ui.label(RichText::new(tr.t("about-quotes")).strong());
            ui.label(tr.t("about-quotes-text"));
            ui.label(RichText::new(tr.t("about-fonts")).strong());
            ui.label(tr.t("about-fonts-text"));
            ui.label(tr.t("about-projection"));
        });
}

/// Every control, in a list that scrolls where the screen is too short for it, as on a 1024×768
/// projector.
pub fn controls(ctx: &egui::Context, open: &mut bool) {
    // Room for the window's title bar and margins.
    let height = (ctx.content_rect().height() - 120.0).max(200.0);
    egui::Window::new(Command::ShowControls.label(&ctx.tr()))
        .id(egui::Id::unique("controls_window"))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(height)
                .min_scrolled_height(height)
                .show(ui, |ui| {
                    controls_list(ctx, ui);
                });
        });
}

/// A key as the Controls list names it: the keys whose names are words in the interface's
/// language, after any modifiers ("Ctrl+Equals", "Ctrl+Равно"), and the rest as egui writes
/// them, such as "Ctrl+Z" or "PageDown".
fn key_text(ctx: &egui::Context, tr: &Tr, shortcut: &KeyboardShortcut) -> String {
    let word = match shortcut.logical_key {
        Key::Space => Some(tr.t("controls-key-space")),
        Key::ArrowLeft => Some(tr.t("controls-key-left")),
        Key::ArrowRight => Some(tr.t("controls-key-right")),
        Key::ArrowUp => Some(tr.t("controls-key-up")),
        Key::ArrowDown => Some(tr.t("controls-key-down")),
        Key::Plus => Some(tr.t("controls-key-plus")),
        Key::Equals => Some(tr.t("controls-key-equals")),
        Key::Minus => Some(tr.t("controls-key-minus")),
        Key::Period => Some(tr.t("controls-key-period")),
        Key::Comma => Some(tr.t("controls-key-comma")),
        _ => None,
    };
    match word {
        Some(word) if shortcut.modifiers == Modifiers::NONE => word,
        Some(word) => format!("{}+{word}", ctx.format_modifiers(shortcut.modifiers)),
        None => ctx.format_shortcut(shortcut),
    }
}

/// Whether a command's key is only another way of pressing one listed beside it: the same key
/// with Shift added, which layouts that put the key on Shift need.
fn with_shift_only(shortcut: &KeyboardShortcut, all: &[KeyboardShortcut]) -> bool {
    shortcut.modifiers.shift
        && all.iter().any(|other| {
            other.logical_key == shortcut.logical_key
                && other.modifiers
                    == Modifiers {
                        shift: false,
                        ..shortcut.modifiers
                    }
        })
}

/// The mouse's controls and the keys that walk the map, then every command that has a key.
fn controls_list(ctx: &egui::Context, ui: &mut Ui) {
    let tr = ui.tr();
    egui::Grid::new("controls").striped(true).show(ui, |ui| {
        for (what, how) in [
            (tr.t("controls-pan"), tr.t("controls-pan-how")),
            (
                tr.t("controls-zoom-pointer"),
                tr.t("controls-zoom-pointer-how"),
            ),
            (tr.t("controls-zoom-place"), tr.t("controls-zoom-place-how")),
            (tr.t("controls-select"), tr.t("controls-select-how")),
            // The map's places are buttons in the Tab order, west to east.
            (
                tr.t("controls-walk-places"),
                tr.t("controls-walk-places-how"),
            ),
            (
                tr.t("controls-select-focused"),
                tr.t("controls-select-focused-how"),
            ),
        ] {
            ui.label(what);
            ui.label(how);
            ui.end_row();
        }
        for &command in Command::VARIANTS {
            // As `Command::all_shortcuts_text`, with the keys named in the interface's language.
            let keys: Vec<String> = command
                .shortcuts()
                .iter()
                .filter(|s| !with_shift_only(s, command.shortcuts()))
                .map(|s| key_text(ctx, &tr, s))
                .collect();
            if !keys.is_empty() {
                ui.label(command.label(&tr));
                ui.label(keys.join(", "));
                ui.end_row();
            }
        }
    });
}

/// A problem as the app shows it: where it is, then what it is, in the interface's language where
/// the problem has words of its own (else in the file reader's English).
pub fn problem_text(tr: &Tr, problem: &Problem) -> String {
    let mut place = problem.file.clone();
    if problem.line > 0 {
        place = tr!(
            tr,
            "problem-at-line",
            file = place,
            line = problem.line,
            column = problem.column
        );
    }
    if !problem.path.is_empty() {
        place = tr!(tr, "problem-at-path", place = place, path = &problem.path);
    }
    tr!(
        tr,
        "problem-text",
        place = place,
        message = problem.message_in(tr)
    )
}

/// Lists problems of a file; returns true when the user dismisses them.
pub fn problems(ui: &mut Ui, file: &str, problems: &[Problem], context: ProblemsContext) -> bool {
    let tr = ui.tr();
    let mut dismiss = false;
    let count = problems.len();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(match context {
                ProblemsContext::OpenFailed => {
                    tr!(tr, "problem-open-failed", file = file, count = count)
                }
                ProblemsContext::ReloadFailed => {
                    tr!(tr, "problem-reload-failed", file = file, count = count)
                }
            })
            .strong()
            .color(crate::ui::theme::palette(ui.ctx()).error_text),
        );
        if ui.button(tr.t("problem-dismiss")).clicked() {
            dismiss = true;
        }
    });
    egui::ScrollArea::vertical()
        .max_height(160.0)
        .show(ui, |ui| {
            for p in problems {
                ui.label(RichText::new(problem_text(&tr, p)).monospace());
            }
        });
    dismiss
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_reads_as_before_in_english_and_is_placed_in_russian() {
        let problem = Problem {
            file: "route.json".to_owned(),
            line: 3,
            column: 5,
            path: "links[0].from".to_owned(),
            message: "unknown node 'x'".to_owned(),
            words: None,
        };
        assert_eq!(problem_text(&Tr::new("en"), &problem), problem.to_string());
        assert_eq!(
            problem_text(&Tr::new("ru"), &problem),
            "route.json, строка 3, столбец 5, поле links[0].from: unknown node 'x'"
        );
        let whole = Problem::in_file("route.json", "not JSON");
        assert_eq!(problem_text(&Tr::new("en"), &whole), whole.to_string());
    }
}
