//! Fonts that carry every letter of the corridor's names: Kazakh (Қ, ә, ң), Azerbaijani (ə, ş, ğ),
//! Georgian and Armenian. egui's built-in font lacks ə and both scripts. The window, the SVG
//! writer and the PNG rasterizer all draw with these, so text is the same size everywhere; for
//! letters of other scripts, the system's fonts that draw them ([`super::fallback`]) follow.

use std::collections::BTreeSet;
use std::sync::Arc;

use epaint::text::{FontData, FontDefinitions, FontFamily};

use super::fallback;
use epaint::{FontId, Vec2};

/// The family used for emphasised text: node names in focus, headings.
pub const BOLD: &str = "bold";

/// The SVG `font-family` list of the shipped fonts, first choice first, in the same order as the
/// families below; a renderer falls back along it for letters a family lacks.
pub const SVG_FAMILIES: &str =
    "'Noto Sans', 'Noto Sans Georgian', 'Noto Sans Armenian', Ubuntu, Hack";

/// [`SVG_FAMILIES`] followed by the system's fonts taken for other scripts.
pub fn svg_families() -> String {
    let mut families = SVG_FAMILIES.to_string();
    for added in fallback::added() {
        // Quotes and apostrophes in a family name would end the attribute or the name.
        let name: String = added
            .family
            .chars()
            .filter(|c| !matches!(c, '\'' | '"' | '<' | '&'))
            .collect();
        families.push_str(&format!(", '{name}'"));
    }
    families
}

/// The shipped fonts, the system's fonts taken so far, and the fallback chains of the regular
/// and bold families.
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

    let system = fallback::added();
    for added in &system {
        fonts
            .font_data
            .insert(added.name.clone(), Arc::clone(&added.data));
    }
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
        // Last, so that the shipped fonts keep every letter they have.
        chain.extend(system.iter().map(|added| added.name.clone()));
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

/// The letters of `texts` no font draws: neither the shipped ones nor, looked for once, any of
/// the system's. Letters only the system's fonts draw are taken into [`definitions`] for the
/// rest of the run, so whoever holds fonts takes them afresh when [`fallback::generation`]
/// changes.
pub fn undrawn<'a>(texts: impl IntoIterator<Item = &'a str>) -> BTreeSet<char> {
    let letters: BTreeSet<char> = texts
        .into_iter()
        .flat_map(str::chars)
        .filter(|&c| is_drawn(c))
        .collect();
    let fonts = definitions();
    let lacking: BTreeSet<char> = letters
        .into_iter()
        .filter(|&c| !fonts.font_data.values().any(|d| fallback::has_glyph(d, c)))
        .collect();
    if lacking.is_empty() {
        lacking
    } else {
        fallback::find(&lacking)
    }
}

/// Whether a character is drawn as a glyph of its own: not white space, a control character,
/// or an invisible mark such as a zero-width joiner or a variation selector.
fn is_drawn(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{E0000}'..='\u{E01EF}'))
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
