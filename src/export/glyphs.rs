//! Text as filled outlines for the PNG rasterizer: letters placed where egui's layout puts them,
//! shaped from the same font files, so a picture's text sits exactly where the screen's does.

use std::collections::HashMap;
use std::sync::Arc;

use epaint::text::FontFamily;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use tiny_skia::{Path, PathBuilder, Transform};

use crate::scene::display::Font;
use crate::text::{TextMeasure, fonts};

/// The app's fonts opened for their outlines, in each family's fallback order.
pub struct Glyphs {
    /// The font files, with the index of the face in each.
    faces: Vec<(Arc<epaint::text::FontData>,)>,
    /// The faces of the regular and the bold family, first choice first, by index into `faces`.
    regular: Vec<usize>,
    bold: Vec<usize>,
    /// Which face draws each letter, by family.
    faces_for: HashMap<(bool, char), Option<(usize, GlyphId)>>,
    /// Outlines already drawn at 1 pixel to the em, by face and glyph.
    outlines: HashMap<(usize, GlyphId), Outline>,
}

impl Glyphs {
    pub fn new() -> Self {
        let definitions = fonts::definitions();
        let mut faces = Vec::new();
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        for (name, data) in &definitions.font_data {
            let bytes: &[u8] = (*data.font).as_ref();
            if FontRef::from_index(bytes, data.index).is_ok() {
                by_name.insert(name.as_str(), faces.len());
                faces.push((Arc::clone(data),));
            }
        }
        let chain = |family: &FontFamily| -> Vec<usize> {
            definitions
                .families
                .get(family)
                .into_iter()
                .flatten()
                .filter_map(|name| by_name.get(name.as_str()).copied())
                .collect()
        };
        Glyphs {
            regular: chain(&fonts::family(false)),
            bold: chain(&fonts::family(true)),
            faces,
            faces_for: HashMap::new(),
            outlines: HashMap::new(),
        }
    }

    /// The face of font file `i`, read from its bytes: a look at its table directory only.
    fn face(faces: &[(Arc<epaint::text::FontData>,)], i: usize) -> Option<FontRef<'_>> {
        let (data,) = faces.get(i)?;
        FontRef::from_index((*data.font).as_ref(), data.index).ok()
    }

    /// The face and glyph that draw `c`: the first face of the family that has it, as egui
    /// chooses.
    fn glyph(&mut self, bold: bool, c: char) -> Option<(usize, GlyphId)> {
        let (faces, chain) = (&self.faces, if bold { &self.bold } else { &self.regular });
        *self.faces_for.entry((bold, c)).or_insert_with(|| {
            chain.iter().find_map(|&i| {
                let gid = Self::face(faces, i)?.charmap().map(c)?;
                (gid != GlyphId::NOTDEF).then_some((i, gid))
            })
        })
    }

    /// The glyph's outline at one pixel to the em, y down, and how far it advances the pen.
    fn outline(&mut self, face: usize, gid: GlyphId) -> Outline {
        let faces = &self.faces;
        self.outlines
            .entry((face, gid))
            .or_insert_with(|| {
                let Some(font) = Self::face(faces, face) else {
                    return (None, 0.0);
                };
                let location = LocationRef::default();
                let advance = font
                    .glyph_metrics(Size::new(1.0), location)
                    .advance_width(gid)
                    .unwrap_or(0.0);
                let path = font.outline_glyphs().get(gid).and_then(|glyph| {
                    let mut pen = Pen(PathBuilder::new());
                    glyph
                        .draw(DrawSettings::unhinted(Size::new(1.0), location), &mut pen)
                        .ok()?;
                    pen.0.finish().map(Arc::new)
                });
                (path, advance)
            })
            .clone()
    }

    /// `text` in `font` as one path in points, its layout box's top left at `origin`, as egui
    /// lays it out; `None` for text with nothing to draw.
    ///
    /// egui places each cluster of letters that shaping joins (a ligature such as "fi", a letter
    /// and its accents) as one glyph followed by glyphs of no width for the rest; here the
    /// letters of a cluster are drawn one after the other from where the cluster starts, each
    /// moved on by the one before's advance, which draws the same letters without the ligature.
    pub fn text_path(
        &mut self,
        layout: &TextMeasure,
        text: &str,
        font: Font,
        origin: emath::Pos2,
    ) -> Option<Path> {
        let galley = layout.layout(text, font.size, font.bold, font.italic);
        let mut builder = PathBuilder::new();
        // Italics lean as egui leans them: a quarter of the height across.
        let skew = if font.italic { -0.25 } else { 0.0 };
        for placed in &galley.rows {
            let mut pen_x = 0.0;
            for glyph in &placed.row.glyphs {
                let baseline = origin + placed.pos.to_vec2() + glyph.pos.to_vec2();
                if glyph.advance_width > 0.0 || glyph.chr.is_whitespace() {
                    pen_x = baseline.x;
                }
                if glyph.chr.is_whitespace() {
                    continue;
                }
                let Some((face, gid)) = self.glyph(font.bold, glyph.chr) else {
                    continue;
                };
                let (outline, advance) = self.outline(face, gid);
                let x = pen_x;
                pen_x += advance * font.size;
                let Some(outline) = outline else {
                    continue;
                };
                // Outlines are one pixel to the em, y down.
                let transform =
                    Transform::from_row(font.size, 0.0, skew * font.size, font.size, x, baseline.y);
                if let Some(placed) = outline.as_ref().clone().transform(transform) {
                    builder.push_path(&placed);
                }
            }
        }
        builder.finish()
    }
}

impl Default for Glyphs {
    fn default() -> Self {
        Glyphs::new()
    }
}

/// A glyph's outline at one pixel to the em, y down (none for a blank glyph), and how far it
/// moves the pen.
type Outline = (Option<Arc<Path>>, f32);

/// Collects an outline, turning the font's y-up units into the picture's y-down.
struct Pen(PathBuilder);

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, -y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, -y);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.quad_to(cx0, -cy0, x, -y);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.cubic_to(cx0, -cy0, cx1, -cy1, x, -y);
    }

    fn close(&mut self) {
        self.0.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width(glyphs: &mut Glyphs, fonts: &TextMeasure, text: &str) -> f32 {
        glyphs
            .text_path(fonts, text, Font::regular(40.0), emath::Pos2::ZERO)
            .map_or(0.0, |p| p.bounds().width())
    }

    #[test]
    fn letters_joined_by_shaping_are_all_drawn() {
        let (mut glyphs, fonts) = (Glyphs::new(), TextMeasure::default());
        // Noto Sans joins "fi" into one glyph; its "i" must still be drawn.
        let (f, i, fi) = (
            width(&mut glyphs, &fonts, "f"),
            width(&mut glyphs, &fonts, "i"),
            width(&mut glyphs, &fonts, "fi"),
        );
        assert!(fi > f + i * 0.5, "f {f}, i {i}, fi {fi}");
        let fibre = width(&mut glyphs, &fonts, "fibre");
        let measured = fonts.measure("fibre", 40.0, false).x;
        assert!(
            (fibre - measured).abs() < 6.0,
            "drawn {fibre}, laid out {measured}"
        );
    }

    #[test]
    fn every_script_of_the_corridor_has_outlines() {
        let (mut glyphs, fonts) = (Glyphs::new(), TextMeasure::default());
        for name in ["Ақтау", "Bakı", "თბილისი", "Մեղրի", "Қорғас"] {
            let drawn = width(&mut glyphs, &fonts, name);
            let laid_out = fonts.measure(name, 40.0, false).x;
            assert!(drawn > laid_out * 0.8, "{name}: {drawn} of {laid_out}");
        }
    }
}
