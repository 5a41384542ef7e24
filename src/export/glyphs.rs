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
    outlines: HashMap<(usize, GlyphId), Option<Arc<Path>>>,
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

    /// The glyph's outline at one pixel to the em, y down.
    fn outline(&mut self, face: usize, gid: GlyphId) -> Option<Arc<Path>> {
        let faces = &self.faces;
        self.outlines
            .entry((face, gid))
            .or_insert_with(|| {
                let font = Self::face(faces, face)?;
                let glyph = font.outline_glyphs().get(gid)?;
                let mut pen = Pen(PathBuilder::new());
                glyph
                    .draw(
                        DrawSettings::unhinted(Size::new(1.0), LocationRef::default()),
                        &mut pen,
                    )
                    .ok()?;
                pen.0.finish().map(Arc::new)
            })
            .clone()
    }

    /// `text` in `font` as one path in points, its layout box's top left at `origin`, as egui
    /// lays it out; `None` for text with nothing to draw.
    pub fn text_path(
        &mut self,
        layout: &TextMeasure,
        text: &str,
        font: Font,
        origin: emath::Pos2,
    ) -> Option<Path> {
        let galley = layout.layout(text, font.size, font.bold, font.italic);
        let mut builder = PathBuilder::new();
        for placed in &galley.rows {
            for glyph in &placed.row.glyphs {
                if glyph.chr.is_whitespace() {
                    continue;
                }
                let Some((face, gid)) = self.glyph(font.bold, glyph.chr) else {
                    continue;
                };
                let Some(outline) = self.outline(face, gid) else {
                    continue;
                };
                let baseline = origin + placed.pos.to_vec2() + glyph.pos.to_vec2();
                // Outlines are one pixel to the em, y down; italics lean as egui leans them,
                // a quarter of the height across.
                let skew = if font.italic { -0.25 } else { 0.0 };
                let transform = Transform::from_row(
                    font.size,
                    0.0,
                    skew * font.size,
                    font.size,
                    baseline.x,
                    baseline.y,
                );
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
