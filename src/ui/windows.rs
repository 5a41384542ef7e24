//! Small windows: About, Controls, and the list of problems in a file that did not open.

use crate::ui::tr::TrContext;
use egui::{RichText, Ui};

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
    egui::Window::new("About Corridor Atlas")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.label(format!("Corridor Atlas {}", env!("CARGO_PKG_VERSION")));
            ui.label("A transport corridor on a projected map, with what experts said about each place, word for word, and where they said it.");
            ui.add_space(6.0);
            ui.label(RichText::new("Basemap").strong());
            ui.label("Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. Country shapes 4.1.0 (public domain), as TopoJSON from the world-atlas package by Mike Bostock (ISC licence).");
            ui.label(RichText::new("Quotes and figures").strong());
            ui.label("The built-in Middle Corridor route quotes five Russian-language articles of 20–21 October 2025 (BAQ.KZ, Zakon.kz and others); see Sources in the side panel. English translations are made for this atlas and marked as such.");
            ui.label(RichText::new("Fonts").strong());
            ui.label("Noto Sans, Noto Sans Georgian and Noto Sans Armenian, SIL Open Font License 1.1.");
            ui.label("Map projection: Albers equal-area conic, centred on the Caspian for the Middle Corridor.");
        });
}

/// Every control, in a list that scrolls where the screen is too short for it, as on a 1024×768
/// projector.
pub fn controls(ctx: &egui::Context, open: &mut bool) {
    // Room for the window's title bar and margins.
    let height = (ctx.content_rect().height() - 120.0).max(200.0);
    egui::Window::new("Controls")
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

/// The mouse's controls, then every command that has a key.
fn controls_list(ctx: &egui::Context, ui: &mut Ui) {
    egui::Grid::new("controls").striped(true).show(ui, |ui| {
        for (what, how) in [
            ("Pan", "drag the map"),
            ("Zoom about the pointer", "scroll or pinch"),
            ("Zoom in on a place", "double-click"),
            ("Select a place or link", "click it"),
        ] {
            ui.label(what);
            ui.label(how);
            ui.end_row();
        }
        for &command in Command::VARIANTS {
            if let Some(key) = command.all_shortcuts_text(ctx) {
                ui.label(command.label(&ui.tr()));
                ui.label(key);
                ui.end_row();
            }
        }
    });
}

/// Lists problems of a file; returns true when the user dismisses them.
pub fn problems(ui: &mut Ui, file: &str, problems: &[Problem], context: ProblemsContext) -> bool {
    let mut dismiss = false;
    let count = format!(
        "{} problem{}",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(match context {
                ProblemsContext::OpenFailed => format!(
                    "{file} could not be opened: {count}. The route on screen is unchanged."
                ),
                ProblemsContext::ReloadFailed => format!(
                    "{file} changed on disk and now has {count}. Showing the last version that loaded; fix the file and it reloads by itself."
                ),
            })
            .strong()
            .color(egui::Color32::DARK_RED),
        );
        if ui.button("Dismiss").clicked() {
            dismiss = true;
        }
    });
    egui::ScrollArea::vertical()
        .max_height(160.0)
        .show(ui, |ui| {
            for p in problems {
                ui.label(RichText::new(p.to_string()).monospace());
            }
        });
    dismiss
}
