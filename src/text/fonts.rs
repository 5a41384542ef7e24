//! Fonts that carry every letter of the corridor's names: Kazakh (Қ, ә, ң), Azerbaijani (ə, ş, ğ),
//! Georgian and Armenian. egui's built-in font lacks ə and both scripts. The window, the SVG
//! writer and the PNG rasterizer all draw with these, so text is the same size everywhere.

use std::sync::Arc;

use epaint::text::{FontData, FontDefinitions, FontFamily};
use epaint::{FontId, Vec2};

/// The family used for emphasised text: node names in focus, headings.
pub const BOLD: &str = "bold";

/// The SVG `font-family` list, first choice first, in the same order as the families below; a
/// renderer falls back along it for letters a family lacks.
pub const SVG_FAMILIES: &str =
    "'Noto Sans', 'Noto Sans Georgian', 'Noto Sans Armenian', Ubuntu, Hack";

/// The shipped fonts and the fallback chains of the regular and bold families.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    // A font that could not be unpacked is left out (and logged): its letters fall back.
    let add = |fonts: &mut FontDefinitions, name: &str, bytes: &'static [u8]| {
        if !bytes.is_empty() {
            fonts
                .font_data
                .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
        }
    };
    add(
        &mut fonts,
        "noto-sans",
        crate::inflated_once!("NotoSans-Regular.ttf"),
    );
    add(
        &mut fonts,
        "noto-sans-bold",
        crate::inflated_once!("NotoSans-Bold.ttf"),
    );
    add(
        &mut fonts,
        "noto-sans-georgian",
        crate::inflated_once!("NotoSansGeorgian-Regular.ttf"),
    );
    add(
        &mut fonts,
        "noto-sans-armenian",
        crate::inflated_once!("NotoSansArmenian-Regular.ttf"),
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
    let (regular, bold) = (family("noto-sans"), family("noto-sans-bold"));
    // Only fonts that are there: egui stops at a family naming one it lacks.
    let present = |chain: Vec<String>| -> Vec<String> {
        chain
            .into_iter()
            .filter(|name| fonts.font_data.contains_key(name))
            .collect()
    };
    let (regular, bold) = (present(regular), present(bold));
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
}

/// The family of regular or bold text.
pub fn family(bold: bool) -> FontFamily {
    if bold {
        FontFamily::Name(BOLD.into())
    } else {
        FontFamily::Proportional
    }
}

/// The font of text `size` points high, regular or bold.
pub fn font_id(size: f32, bold: bool) -> FontId {
    FontId::new(size, family(bold))
}

pub fn bold(size: f32) -> FontId {
    font_id(size, true)
}

/// The size of `text` on one line, as the map lays out its labels.
pub fn measure_with(
    fonts: &mut epaint::text::FontsView<'_>,
    text: &str,
    size: f32,
    bold: bool,
) -> Vec2 {
    fonts
        .layout_no_wrap(text.to_owned(), font_id(size, bold), epaint::Color32::BLACK)
        .size()
}
