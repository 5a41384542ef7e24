//! Fonts that carry every letter of the corridor's names: Kazakh (Қ, ә, ң), Azerbaijani (ə, ş, ğ),
//! Georgian and Armenian. egui's built-in font lacks ə and both scripts.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// The family used for emphasised text: node names in focus, headings.
pub const BOLD: &str = "bold";

pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let add = |fonts: &mut FontDefinitions, name: &str, bytes: &'static [u8]| {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    };
    add(
        &mut fonts,
        "noto-sans",
        include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    );
    add(
        &mut fonts,
        "noto-sans-bold",
        include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    );
    add(
        &mut fonts,
        "noto-sans-georgian",
        include_bytes!("../../assets/fonts/NotoSansGeorgian-Regular.ttf"),
    );
    add(
        &mut fonts,
        "noto-sans-armenian",
        include_bytes!("../../assets/fonts/NotoSansArmenian-Regular.ttf"),
    );

    let fallbacks = ["noto-sans-georgian", "noto-sans-armenian"];
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    // egui's monospace font carries arrows and shapes (▲ ▼ ▶ ↑ ↓) that Noto Sans lacks.
    let monospace = fonts
        .families
        .get(&FontFamily::Monospace)
        .cloned()
        .unwrap_or_default();
    let family = |first: &str| -> Vec<String> {
        let mut chain: Vec<String> = std::iter::once(first.to_owned())
            .chain(fallbacks.iter().map(|s| s.to_string()))
            .chain(defaults.iter().cloned())
            .collect();
        for name in &monospace {
            if !chain.contains(name) {
                chain.push(name.clone());
            }
        }
        chain
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family("noto-sans"));
    fonts
        .families
        .insert(FontFamily::Name(BOLD.into()), family("noto-sans-bold"));
    fonts
}

pub fn bold(size: f32) -> egui::FontId {
    egui::FontId::new(size, FontFamily::Name(BOLD.into()))
}

/// The size of `text` on one line, as the map lays out its labels.
pub fn measure(ctx: &egui::Context, text: &str, size: f32, bold: bool) -> egui::Vec2 {
    let font = if bold {
        self::bold(size)
    } else {
        egui::FontId::proportional(size)
    };
    ctx.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font, egui::Color32::BLACK)
            .size()
    })
}
