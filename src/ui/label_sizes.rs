//! Label sizes remembered from frame to frame: the map measures every label it tries each frame,
//! mostly the same names over and over.

use std::sync::{Arc, Mutex, PoisonError};

use crate::text::fonts::font_id;

/// The size of `text` on one line in the context's fonts, as the map lays out its labels.
pub fn measure(ctx: &egui::Context, text: &str, size: f32, bold: bool) -> egui::Vec2 {
    ctx.fonts_mut(|f| {
        f.layout_no_wrap(text.to_owned(), font_id(size, bold), egui::Color32::BLACK)
            .size()
    })
}

/// Sizes of text already measured, by a hash of the text, size and weight: the map measures
/// every label it tries each frame, mostly the same names over and over, and a look-up here is
/// much cheaper than egui's galley cache, which builds and hashes a whole layout job. Like that
/// cache, it trusts a 64-bit hash to tell texts apart.
#[derive(Default)]
struct MeasureCache {
    /// The scale the sizes were measured at; text is laid out in whole pixels.
    pixels_per_point: f32,
    sizes: egui::IdMap<egui::Vec2>,
}

impl MeasureCache {
    /// Texts kept before the cache starts over, so it cannot grow without bound.
    const MAX_LEN: usize = 100_000;

    /// The context's cache, shared by every map in it.
    fn of(ctx: &egui::Context) -> Arc<Mutex<MeasureCache>> {
        ctx.data_mut(|d| {
            d.get_temp_mut_or_default::<Arc<Mutex<MeasureCache>>>(egui::Id::unique("label sizes"))
                .clone()
        })
    }

    /// Drops what was measured at another scale, or everything once the cache holds too much.
    fn start(&mut self, pixels_per_point: f32) {
        if self.pixels_per_point != pixels_per_point || self.sizes.len() >= Self::MAX_LEN {
            self.sizes.clear();
            self.pixels_per_point = pixels_per_point;
        }
    }

    /// As [`measure`], from the cache when this text was measured before.
    fn measure(&mut self, ctx: &egui::Context, text: &str, size: f32, bold: bool) -> egui::Vec2 {
        *self
            .sizes
            .entry(egui::Id::unique((text, size.to_bits(), bold)))
            .or_insert_with(|| measure(ctx, text, size, bold))
    }
}

/// Measures text as [`measure`] does, through a cache of sizes kept in the context.
pub fn cached_measure(ctx: &egui::Context) -> impl Fn(&str, f32, bool) -> egui::Vec2 + '_ {
    let cache = MeasureCache::of(ctx);
    // A panic mid-measure leaves at worst a size missing, to be measured again.
    cache
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .start(ctx.pixels_per_point());
    move |text: &str, size: f32, bold: bool| {
        cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .measure(ctx, text, size, bold)
    }
}
