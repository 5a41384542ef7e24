//! Panels, windows and the map widget. The only part of the app that knows egui's frame loop.

pub mod a11y;
pub mod app;
pub mod commands;
pub mod edge_panel;
pub mod export;
pub mod file_dialogs;
pub mod flow_chart;
pub mod history;
pub mod icon;
pub mod label_sizes;
pub mod layers;
pub mod legend;
pub mod map_gpu;
pub mod map_view;
pub mod modal_keys;
pub mod painter;
pub mod panel_parts;
pub mod path_window;
pub mod presentation;
pub mod presenter_view;
pub mod screens;
pub mod side_panel;
pub mod statements;
pub mod story_panel;
pub mod strips;
pub mod table_view;
pub mod text_size;
pub mod theme;
pub mod timeline;
pub mod tooltip;
pub mod tr;
pub mod typed_path;
pub mod unsaved_prompt;
pub mod window_fit;
pub mod windows;

/// Takes the fonts afresh when the system's fonts for a route's other scripts were taken since
/// generation `seen` of them: a check of the atomic count each frame, the fonts set only then.
pub fn refresh_fonts(ctx: &egui::Context, seen: &mut u64) {
    let now = crate::text::fallback::generation();
    if now != *seen {
        *seen = now;
        ctx.set_fonts(crate::text::fonts::definitions());
    }
}

/// Fonts and a light theme with type sized to be read at a distance.
pub fn setup_style(ctx: &egui::Context) {
    ctx.set_fonts(crate::text::fonts::definitions());
    ctx.set_theme(egui::Theme::Light);
    // Every theme's style: the dark one is chosen later from the settings.
    ctx.all_styles_mut(|style| {
        use egui::{FontId, TextStyle};
        style
            .text_styles
            .insert(TextStyle::Body, FontId::proportional(15.0));
        style
            .text_styles
            .insert(TextStyle::Button, FontId::proportional(15.0));
        style
            .text_styles
            .insert(TextStyle::Small, FontId::proportional(12.0));
        style.text_styles.insert(
            TextStyle::Heading,
            FontId::new(
                22.0,
                egui::FontFamily::Name(crate::text::fonts::BOLD.into()),
            ),
        );
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}
