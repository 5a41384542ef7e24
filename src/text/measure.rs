//! Measuring text with the app's fonts, with no window: what label placement, card layout and
//! the exporters need to know before anything is drawn.

use std::sync::{Arc, Mutex, PoisonError};

use epaint::text::{Fonts, TextOptions};
use epaint::{Galley, Vec2};

use super::fonts;

/// Measures text for placement: (text, size, bold) to its size in points.
pub type MeasureText<'a> = dyn Fn(&str, f32, bool) -> Vec2 + 'a;

/// The app's fonts, laid out at one point to the pixel: the same layout egui makes on screen,
/// without an egui context.
pub struct TextMeasure {
    fonts: Mutex<Fonts>,
}

impl Default for TextMeasure {
    fn default() -> Self {
        TextMeasure {
            // Hinting and sub-pixel copies only change how glyphs are rasterized into egui's
            // atlas, never where they go; without them laying text out costs less.
            fonts: Mutex::new(Fonts::new(
                TextOptions {
                    font_hinting: false,
                    subpixel_binning: false,
                    ..TextOptions::default()
                },
                fonts::definitions(),
            )),
        }
    }
}

impl TextMeasure {
    /// The size of `text` on one line.
    pub fn measure(&self, text: &str, size: f32, bold: bool) -> Vec2 {
        self.layout(text, size, bold, false).size()
    }

    /// `text` laid out on one line, glyph by glyph, for a renderer that draws it.
    pub fn layout(&self, text: &str, size: f32, bold: bool, italic: bool) -> Arc<Galley> {
        // A panic mid-layout leaves at worst a galley cache to be filled again.
        let mut fonts = self.fonts.lock().unwrap_or_else(PoisonError::into_inner);
        let mut job = epaint::text::LayoutJob::single_section(
            text.to_owned(),
            epaint::text::TextFormat {
                font_id: fonts::font_id(size, bold),
                italics: italic,
                ..Default::default()
            },
        );
        job.wrap.max_width = f32::INFINITY;
        fonts.with_pixels_per_point(1.0).layout_job(job)
    }

    /// The function the scene measures labels with.
    pub fn as_fn(&self) -> impl Fn(&str, f32, bool) -> Vec2 + '_ {
        |text, size, bold| self.measure(text, size, bold)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_and_bolder_text_is_wider() {
        let m = TextMeasure::default();
        let short = m.measure("Aktau", 15.0, false);
        let long = m.measure("Aktau – Baku", 15.0, false);
        let bold = m.measure("Aktau", 15.0, true);
        assert!(short.x > 20.0 && short.y >= 15.0, "{short:?}");
        assert!(long.x > short.x);
        assert!(bold.x > short.x);
        // Letters of every script the corridor's names use are in the shipped fonts.
        let local = m.measure("Ақтау Bakı თბილისი Մեղրի", 15.0, false);
        assert!(local.x > long.x);
    }
}
