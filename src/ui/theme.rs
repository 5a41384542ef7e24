//! The interface's looks: light (the default), dark, and high contrast for low vision and washed-out
//! projectors. Each sets egui's visuals and the few colours of the app's own (cards, accents, the
//! status line) so that text keeps 4.5:1 against what it sits on. The map keeps its colours in
//! every look: they are chosen for contrast on land and water (`scene::style`), and slides and
//! exported pictures look the same whatever the desk's look.

use egui::{Color32, Context, Stroke, Visuals};
use serde::{Deserialize, Serialize};
use strum::VariantArray;

/// A look of the interface, chosen in View › Theme and remembered.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray,
)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    HighContrast,
}

/// The app's own colours in a look, beside egui's visuals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Quote and source cards.
    pub card: Color32,
    pub card_edge: Color32,
    /// Reported statements' cards: cooler than a quote's, so the two are told apart at a glance.
    pub reported_card: Color32,
    pub reported_edge: Color32,
    /// Figure cards, set apart from quotes.
    pub figure_card: Color32,
    /// Cards that say sources disagree.
    pub warning_card: Color32,
    pub warning_edge: Color32,
    /// Figures' values and the "translation" note: the accent, dark enough to read.
    pub accent_text: Color32,
    /// Section headings and other quiet text.
    pub quiet_text: Color32,
    /// The status line's count of warnings.
    pub warning_text: Color32,
    /// Errors such as a basemap that could not be read.
    pub error_text: Color32,
    /// The presenter view's "going to slide n" line.
    pub info_text: Color32,
}

impl Theme {
    fn visuals(self) -> Visuals {
        match self {
            Theme::Light => light(),
            Theme::Dark => dark(),
            Theme::HighContrast => high_contrast(),
        }
    }

    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                card: Color32::from_rgb(0xFA, 0xF8, 0xF3),
                card_edge: Color32::from_rgb(0xC9, 0xC0, 0xAE),
                reported_card: Color32::from_rgb(0xF1, 0xF4, 0xF7),
                reported_edge: Color32::from_rgb(0xA9, 0xB6, 0xC4),
                figure_card: Color32::WHITE,
                warning_card: Color32::from_rgb(0xFF, 0xF4, 0xDB),
                warning_edge: Color32::from_rgb(0xE0, 0xA8, 0x3A),
                accent_text: Color32::from_rgb(0xA8, 0x43, 0x00),
                quiet_text: Color32::from_rgb(0x5E, 0x58, 0x4E),
                warning_text: Color32::from_rgb(0x8A, 0x4B, 0x00),
                error_text: Color32::from_rgb(0xA8, 0x10, 0x10),
                info_text: Color32::from_rgb(0x1F, 0x5F, 0xA8),
            },
            Theme::Dark => Palette {
                card: Color32::from_rgb(0x2B, 0x2D, 0x31),
                card_edge: Color32::from_rgb(0x5A, 0x5E, 0x66),
                reported_card: Color32::from_rgb(0x24, 0x2B, 0x33),
                reported_edge: Color32::from_rgb(0x55, 0x66, 0x78),
                figure_card: Color32::from_rgb(0x24, 0x26, 0x2A),
                warning_card: Color32::from_rgb(0x3D, 0x30, 0x12),
                warning_edge: Color32::from_rgb(0xC8, 0x90, 0x20),
                accent_text: Color32::from_rgb(0xFF, 0xA8, 0x60),
                quiet_text: Color32::from_rgb(0xB4, 0xB0, 0xA8),
                warning_text: Color32::from_rgb(0xF0, 0xC0, 0x60),
                error_text: Color32::from_rgb(0xFF, 0x8A, 0x80),
                info_text: Color32::from_rgb(0x8C, 0xC0, 0xFF),
            },
            Theme::HighContrast => Palette {
                card: Color32::WHITE,
                card_edge: Color32::BLACK,
                reported_card: Color32::WHITE,
                reported_edge: Color32::from_rgb(0x00, 0x30, 0x90),
                figure_card: Color32::WHITE,
                warning_card: Color32::WHITE,
                warning_edge: Color32::from_rgb(0x80, 0x40, 0x00),
                accent_text: Color32::from_rgb(0x80, 0x30, 0x00),
                quiet_text: Color32::BLACK,
                warning_text: Color32::from_rgb(0x70, 0x38, 0x00),
                error_text: Color32::from_rgb(0x90, 0x00, 0x00),
                info_text: Color32::from_rgb(0x00, 0x30, 0x90),
            },
        }
    }
}

/// Where the look in use is kept, so that any panel can find its palette.
fn key() -> egui::Id {
    egui::Id::unique("corridor-atlas-theme")
}

/// Puts `theme` into effect for the whole interface.
pub fn apply(ctx: &Context, theme: Theme) {
    let egui_theme = if theme == Theme::Dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    ctx.set_visuals_of(egui_theme, theme.visuals());
    ctx.set_theme(egui_theme);
    ctx.data_mut(|d| d.insert_temp(key(), theme));
}

/// The look in use.
pub fn current(ctx: &Context) -> Theme {
    ctx.data(|d| d.get_temp(key())).unwrap_or_default()
}

/// The app's own colours in the look in use.
pub fn palette(ctx: &Context) -> Palette {
    current(ctx).palette()
}

/// A focused widget draws egui's "active" frame: a thicker one is a focus ring seen from afar.
fn thick_focus(visuals: &mut Visuals, width: f32) {
    visuals.widgets.active.bg_stroke.width = width;
}

fn light() -> Visuals {
    let mut v = Visuals::light();
    v.weak_text_color = Some(Color32::from_rgb(0x5A, 0x5A, 0x5A));
    // egui's light blue for links reads at under 3:1 on the light panel.
    v.hyperlink_color = Color32::from_rgb(0x00, 0x55, 0xB0);
    thick_focus(&mut v, 2.0);
    v
}

fn dark() -> Visuals {
    let mut v = Visuals::dark();
    v.weak_text_color = Some(Color32::from_rgb(0xAE, 0xAE, 0xAE));
    v.override_text_color = Some(Color32::from_rgb(0xE6, 0xE6, 0xE6));
    thick_focus(&mut v, 2.0);
    v
}

/// Black on white, frames drawn in black, selection in deep blue with white text, and a
/// three-pixel focus ring.
fn high_contrast() -> Visuals {
    let mut v = Visuals::light();
    let black = Color32::BLACK;
    let white = Color32::WHITE;
    v.override_text_color = Some(black);
    v.weak_text_color = Some(black);
    v.panel_fill = white;
    v.window_fill = white;
    v.faint_bg_color = Color32::from_gray(0xEE);
    v.extreme_bg_color = white;
    v.window_stroke = Stroke::new(2.0, black);
    v.hyperlink_color = Color32::from_rgb(0x00, 0x00, 0xB0);
    v.warn_fg_color = Color32::from_rgb(0x70, 0x38, 0x00);
    v.error_fg_color = Color32::from_rgb(0x90, 0x00, 0x00);
    v.selection.bg_fill = Color32::from_rgb(0x00, 0x30, 0x90);
    v.selection.stroke = Stroke::new(2.0, white);
    let widgets = &mut v.widgets;
    widgets.noninteractive.bg_stroke = Stroke::new(1.0, black);
    widgets.noninteractive.fg_stroke = Stroke::new(1.0, black);
    for (state, width) in [
        (&mut widgets.inactive, 1.5),
        (&mut widgets.hovered, 2.0),
        (&mut widgets.active, 3.0),
        (&mut widgets.open, 2.0),
    ] {
        state.bg_fill = white;
        state.weak_bg_fill = white;
        state.bg_stroke = Stroke::new(width, black);
        state.fg_stroke = Stroke::new(state.fg_stroke.width.max(1.5), black);
    }
    widgets.hovered.weak_bg_fill = Color32::from_gray(0xE4);
    widgets.hovered.bg_fill = Color32::from_gray(0xE4);
    // A slider's rail and a check box are drawn in the resting fill: grey, so the rail shows on
    // the white panel and a check mark still stands out on it.
    widgets.inactive.bg_fill = Color32::from_gray(0x8A);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour_vision::contrast;

    fn rgb(c: Color32) -> [u8; 3] {
        [c.r(), c.g(), c.b()]
    }

    /// WCAG 2.1's least contrast for text.
    const TEXT: f64 = 4.5;

    #[test]
    fn text_meets_wcag_contrast_on_panels_and_cards_in_every_theme() {
        for &theme in Theme::VARIANTS {
            let v = theme.visuals();
            let p = theme.palette();
            let text = v.text_color();
            let weak = v.weak_text_color();
            for (what, fg, bg, least) in [
                ("text on the panel", text, v.panel_fill, TEXT),
                ("weak text on the panel", weak, v.panel_fill, TEXT),
                ("text on a window", text, v.window_fill, TEXT),
                ("text on a card", text, p.card, TEXT),
                ("text on a figure card", text, p.figure_card, TEXT),
                ("text on a warning card", text, p.warning_card, TEXT),
                ("text on a reported statement", text, p.reported_card, TEXT),
                (
                    "quiet text on a reported statement",
                    p.quiet_text,
                    p.reported_card,
                    TEXT,
                ),
                (
                    "accent on a reported statement",
                    p.accent_text,
                    p.reported_card,
                    TEXT,
                ),
                ("accent on a card", p.accent_text, p.card, TEXT),
                (
                    "accent on a figure card",
                    p.accent_text,
                    p.figure_card,
                    TEXT,
                ),
                ("quiet text on the panel", p.quiet_text, v.panel_fill, TEXT),
                ("warning on the panel", p.warning_text, v.panel_fill, TEXT),
                ("error on the panel", p.error_text, v.panel_fill, TEXT),
                ("info on the panel", p.info_text, v.panel_fill, TEXT),
                (
                    "hyperlink on the panel",
                    v.hyperlink_color,
                    v.panel_fill,
                    TEXT,
                ),
                (
                    "selected text",
                    v.selection.stroke.color,
                    v.selection.bg_fill,
                    TEXT,
                ),
                // WCAG 1.4.11: the parts of a control and the focus ring need 3:1.
                ("a card's edge", p.card_edge, v.panel_fill, 1.3),
                (
                    "the focus ring",
                    v.widgets.active.bg_stroke.color,
                    v.panel_fill,
                    3.0,
                ),
            ] {
                let ratio = contrast(rgb(fg), rgb(bg));
                assert!(
                    ratio >= least,
                    "{theme:?}: {what} is {ratio:.2}:1, below {least}:1"
                );
            }
        }
    }

    #[test]
    fn high_contrast_frames_controls_in_black_and_rings_focus_thickly() {
        let v = Theme::HighContrast.visuals();
        assert_eq!(v.widgets.inactive.bg_stroke.color, Color32::BLACK);
        assert!(v.widgets.active.bg_stroke.width >= 3.0);
        let ratio = contrast(rgb(v.text_color()), rgb(v.panel_fill));
        assert!(ratio >= 20.0, "black on white is {ratio:.1}:1");
        // WCAG 1.4.11: a slider's rail against the panel, and a check mark on its box.
        let rail = contrast(rgb(v.widgets.inactive.bg_fill), rgb(v.panel_fill));
        assert!(rail >= 3.0, "the rail is {rail:.2}:1");
        let mark = contrast(
            rgb(v.widgets.inactive.fg_stroke.color),
            rgb(v.widgets.inactive.bg_fill),
        );
        assert!(mark >= 4.5, "the check mark is {mark:.2}:1");
    }

    #[test]
    fn applying_a_theme_sets_egui_and_the_palette() {
        let ctx = Context::default();
        apply(&ctx, Theme::Dark);
        assert!(ctx.global_style().visuals.dark_mode);
        assert_eq!(palette(&ctx), Theme::Dark.palette());
        apply(&ctx, Theme::HighContrast);
        assert!(!ctx.global_style().visuals.dark_mode);
        assert_eq!(current(&ctx), Theme::HighContrast);
        assert_eq!(
            ctx.global_style().visuals.override_text_color,
            Some(Color32::BLACK)
        );
    }
}
