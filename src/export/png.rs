//! Draws a [`DisplayList`] straight into pixels on the CPU with tiny-skia, text included, and
//! writes the PNG: no display, no GPU, no SVG in between. A translator only: what to draw and
//! where was decided when the list was made.

use emath::Pos2;
use epaint::Color32;
use tiny_skia::{
    FillRule, LineCap, LineJoin, Paint, Path, PathBuilder, Pixmap, Rect as SkRect, StrokeDash,
    Transform,
};

use crate::scene::PlainLinks;
use crate::scene::display::{
    AreaShape, BasemapShapes, Cap, Circle, DisplayList, Item, Join, Line, Polygon, RectShape,
    Rings, Shadow, Stroke, Text,
};
use crate::text::TextMeasure;

use super::ExportError;
use super::glyphs::Glyphs;
use super::svg::HALO_WIDTH;

/// Draws `list` at `pixels_per_point` pixels to the point; `fonts` lays out its text.
pub fn rasterize(
    list: &DisplayList,
    pixels_per_point: f32,
    fonts: &TextMeasure,
    glyphs: &mut Glyphs,
) -> Result<Pixmap, ExportError> {
    let (width, height) = super::pixel_size(list.screen().size(), pixels_per_point)?;
    let pixmap = Pixmap::new(width, height).ok_or(ExportError::TooLarge { width, height })?;
    let mut canvas = Canvas {
        pixmap,
        transform: Transform::from_scale(pixels_per_point, pixels_per_point),
        scale: pixels_per_point,
        fonts,
        glyphs,
    };
    for item in &list.items {
        canvas.item(list, item);
    }
    Ok(canvas.pixmap)
}

/// Writes `pixmap` as a PNG, quickly: pictures are opaque, so the alpha channel is left out,
/// and compressed for speed rather than the last few per cent of size.
pub fn encode(pixmap: &Pixmap) -> Result<Vec<u8>, ExportError> {
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == 255);
    let mut bytes = Vec::new();
    let draw = |e: png::EncodingError| ExportError::Draw(e.to_string());
    {
        let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fastest);
        let data: Vec<u8> = if opaque {
            encoder.set_color(png::ColorType::Rgb);
            pixmap
                .pixels()
                .iter()
                .flat_map(|p| [p.red(), p.green(), p.blue()])
                .collect()
        } else {
            encoder.set_color(png::ColorType::Rgba);
            pixmap
                .pixels()
                .iter()
                .flat_map(|p| {
                    let c = p.demultiply();
                    [c.red(), c.green(), c.blue(), c.alpha()]
                })
                .collect()
        };
        let mut writer = encoder.write_header().map_err(draw)?;
        writer.write_image_data(&data).map_err(draw)?;
        writer.finish().map_err(draw)?;
    }
    Ok(bytes)
}

struct Canvas<'a> {
    pixmap: Pixmap,
    /// Points to pixels.
    transform: Transform,
    scale: f32,
    fonts: &'a TextMeasure,
    glyphs: &'a mut Glyphs,
}

fn paint(color: Color32) -> Paint<'static> {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let mut paint = Paint::default();
    paint.set_color_rgba8(r, g, b, a);
    paint.anti_alias = true;
    paint
}

fn sk_stroke(stroke: &Stroke) -> tiny_skia::Stroke {
    tiny_skia::Stroke {
        width: stroke.width,
        line_cap: match stroke.cap {
            Cap::Butt => LineCap::Butt,
            Cap::Round => LineCap::Round,
        },
        line_join: match stroke.join {
            Join::Round => LineJoin::Round,
            Join::Miter => LineJoin::Miter,
        },
        dash: stroke
            .dash
            .and_then(|(on, off)| StrokeDash::new(vec![on, off], 0.0)),
        ..tiny_skia::Stroke::default()
    }
}

/// A path through `points`, closed when asked.
fn polyline_path(points: &[Pos2], closed: bool) -> Option<Path> {
    let mut builder = PathBuilder::new();
    push_polyline(&mut builder, points, closed);
    builder.finish()
}

fn push_polyline(builder: &mut PathBuilder, points: &[Pos2], closed: bool) {
    let Some((first, rest)) = points.split_first() else {
        return;
    };
    builder.move_to(first.x, first.y);
    for p in rest {
        builder.line_to(p.x, p.y);
    }
    if closed {
        builder.close();
    }
}

/// A rectangle with corners rounded to `radius`.
fn rounded_rect(rect: emath::Rect, radius: f32) -> Option<Path> {
    let r = radius
        .min(rect.width() / 2.0)
        .min(rect.height() / 2.0)
        .max(0.0);
    if r <= 0.0 {
        return SkRect::from_ltrb(rect.left(), rect.top(), rect.right(), rect.bottom())
            .map(PathBuilder::from_rect);
    }
    // Control points for a quarter circle from cubic curves.
    let k = r * (1.0 - 0.552_284_8);
    let (l, t, rt, b) = (rect.left(), rect.top(), rect.right(), rect.bottom());
    let mut p = PathBuilder::new();
    p.move_to(l + r, t);
    p.line_to(rt - r, t);
    p.cubic_to(rt - k, t, rt, t + k, rt, t + r);
    p.line_to(rt, b - r);
    p.cubic_to(rt, b - k, rt - k, b, rt - r, b);
    p.line_to(l + r, b);
    p.cubic_to(l + k, b, l, b - k, l, b - r);
    p.line_to(l, t + r);
    p.cubic_to(l, t + k, l + k, t, l + r, t);
    p.close();
    p.finish()
}

impl Canvas<'_> {
    fn item(&mut self, list: &DisplayList, item: &Item) {
        match item {
            Item::Group(_) => {}
            Item::Line(line) => self.line(line),
            Item::Circle(circle) => self.circle(circle),
            Item::Polygon(Polygon {
                points,
                fill,
                stroke,
            }) => self.fill_and_stroke(polyline_path(points, true), *fill, stroke.as_ref()),
            Item::Rings(Rings {
                rings,
                fill,
                stroke,
            }) => self.rings(rings, *fill, stroke.as_ref()),
            Item::Rect(rect) => self.rect(rect),
            Item::Text(text) => self.text(text),
            Item::Basemap(basemap) => self.basemap(list, basemap),
            Item::Area(area) => self.area(list, area),
            Item::PlainLinks(plain) => self.plain_links(list, plain),
        }
    }

    fn fill(&mut self, path: &Path, color: Color32) {
        if color.a() > 0 {
            self.pixmap
                .fill_path(path, &paint(color), FillRule::EvenOdd, self.transform, None);
        }
    }

    fn stroke(&mut self, path: &Path, stroke: &Stroke) {
        if stroke.is_visible() {
            self.pixmap.stroke_path(
                path,
                &paint(stroke.color),
                &sk_stroke(stroke),
                self.transform,
                None,
            );
        }
    }

    fn fill_and_stroke(&mut self, path: Option<Path>, fill: Color32, stroke: Option<&Stroke>) {
        let Some(path) = path else { return };
        self.fill(&path, fill);
        if let Some(stroke) = stroke {
            self.stroke(&path, stroke);
        }
    }

    fn line(&mut self, line: &Line) {
        if line.points.len() < 2 {
            return;
        }
        if let Some(path) = polyline_path(&line.points, false) {
            self.stroke(&path, &line.stroke);
        }
    }

    fn circle(&mut self, c: &Circle) {
        let path = PathBuilder::from_circle(c.center.x, c.center.y, c.radius);
        self.fill_and_stroke(path, c.fill, c.stroke.as_ref());
    }

    fn rings(&mut self, rings: &[Vec<Pos2>], fill: Color32, stroke: Option<&Stroke>) {
        let mut builder = PathBuilder::new();
        for ring in rings {
            push_polyline(&mut builder, ring, true);
        }
        self.fill_and_stroke(builder.finish(), fill, stroke);
    }

    fn rect(&mut self, shape: &RectShape) {
        if let Some(shadow) = shape.shadow {
            self.shadow(shape, shadow);
        }
        // An opaque background over the whole picture is a plain fill.
        let whole = emath::Rect::from_min_size(
            Pos2::ZERO,
            emath::vec2(self.pixmap.width() as f32, self.pixmap.height() as f32) / self.scale,
        );
        if shape.fill.a() == 255 && shape.stroke.is_none() && shape.rect.contains_rect(whole) {
            let [r, g, b, _] = shape.fill.to_array();
            self.pixmap.fill(tiny_skia::Color::from_rgba8(r, g, b, 255));
            return;
        }
        let path = rounded_rect(shape.rect, shape.corner_radius);
        self.fill_and_stroke(path, shape.fill, shape.stroke.as_ref());
    }

    /// A soft shadow: the card's shape as coverage, blurred, laid in the shadow's colour under
    /// the card.
    fn shadow(&mut self, shape: &RectShape, shadow: Shadow) {
        let s = self.scale;
        let area = shape
            .rect
            .translate(shadow.offset)
            .expand(shadow.blur.max(0.0));
        let (x0, y0) = ((area.left() * s).floor(), (area.top() * s).floor());
        let (w, h) = (
            (area.width() * s).ceil() as u32 + 2,
            (area.height() * s).ceil() as u32 + 2,
        );
        let (Some(mut layer), Some(path)) = (
            Pixmap::new(w, h),
            rounded_rect(shape.rect.translate(shadow.offset), shape.corner_radius),
        ) else {
            return;
        };
        let local = Transform::from_row(s, 0.0, 0.0, s, -x0, -y0);
        layer.fill_path(
            &path,
            &paint(Color32::WHITE),
            FillRule::Winding,
            local,
            None,
        );
        let mut coverage: Vec<u16> = layer
            .pixels()
            .iter()
            .map(|p| u16::from(p.alpha()))
            .collect();
        // Three box blurs make a Gaussian; the shadow fades out over `blur` points.
        let radius = ((shadow.blur * s) / 4.0).round() as usize;
        blur(&mut coverage, w as usize, h as usize, radius);
        let [r, g, b, a] = shadow.color.to_array();
        let (pw, ph) = (self.pixmap.width() as i64, self.pixmap.height() as i64);
        let pixels = self.pixmap.pixels_mut();
        for y in 0..h as i64 {
            let py = y + y0 as i64;
            if !(0..ph).contains(&py) {
                continue;
            }
            for x in 0..w as i64 {
                let px = x + x0 as i64;
                let k = u32::from(coverage[(y * w as i64 + x) as usize]);
                if k == 0 || !(0..pw).contains(&px) {
                    continue;
                }
                // Source over, in premultiplied colour: the shadow's colour times its coverage.
                let dst = &mut pixels[(py * pw + px) as usize];
                let over = |src: u8, dst: u8| -> u8 {
                    let src = u32::from(src) * k / 255;
                    let keep = 255 - u32::from(a) * k / 255;
                    (src + u32::from(dst) * keep / 255).min(255) as u8
                };
                let blended = [
                    over(r, dst.red()),
                    over(g, dst.green()),
                    over(b, dst.blue()),
                    over(a, dst.alpha()),
                ];
                if let Some(c) = tiny_skia::PremultipliedColorU8::from_rgba(
                    blended[0].min(blended[3]),
                    blended[1].min(blended[3]),
                    blended[2].min(blended[3]),
                    blended[3],
                ) {
                    *dst = c;
                }
            }
        }
    }

    fn text(&mut self, text: &Text) {
        let origin = text.rect().min;
        let Some(path) = self
            .glyphs
            .text_path(self.fonts, &text.text, text.font, origin)
        else {
            return;
        };
        if let Some(halo) = text.halo {
            let mut stroke = Stroke::new(HALO_WIDTH, halo);
            stroke.join = Join::Round;
            self.stroke(&path, &stroke);
        }
        self.pixmap.fill_path(
            &path,
            &paint(text.color),
            FillRule::Winding,
            self.transform,
            None,
        );
    }

    fn basemap(&mut self, list: &DisplayList, basemap: &BasemapShapes) {
        // Each country filled as it comes; all borders stroked in one path after.
        let mut borders = PathBuilder::new();
        for (land, rings) in basemap.countries_in_view(&list.view) {
            let mut fill = PathBuilder::new();
            for ring in &rings {
                push_polyline(&mut fill, ring, true);
                push_polyline(&mut borders, ring, true);
            }
            if let Some(path) = fill.finish() {
                self.fill(&path, land);
            }
        }
        if let Some(path) = borders.finish() {
            self.stroke(&path, &basemap.border);
        }
    }

    fn area(&mut self, list: &DisplayList, area: &AreaShape) {
        self.rings(&area.rings(&list.view), area.fill, Some(&area.outline));
    }

    fn plain_links(&mut self, list: &DisplayList, plain: &PlainLinks) {
        for line in plain.lines(&list.view) {
            self.line(&line);
        }
    }
}

/// Blurs coverage (0 to 255), `w` by `h`, by three passes of a box `radius` pixels each way,
/// across and down.
fn blur(values: &mut [u16], w: usize, h: usize, radius: usize) {
    if radius == 0 {
        return;
    }
    let mut line = vec![0u16; w.max(h)];
    for _ in 0..3 {
        for y in 0..h {
            box_pass(values, y * w, 1, w, radius, &mut line);
        }
        for x in 0..w {
            box_pass(values, x, w, h, radius, &mut line);
        }
    }
}

/// One box blur along `len` values `stride` apart from `start`, the edges taken as empty.
fn box_pass(
    values: &mut [u16],
    start: usize,
    stride: usize,
    len: usize,
    radius: usize,
    line: &mut [u16],
) {
    let window = (2 * radius + 1) as u32;
    let at = |i: usize| u32::from(values[start + i * stride]);
    let mut sum: u32 = (0..=radius.min(len.saturating_sub(1))).map(at).sum();
    for (i, out) in line.iter_mut().take(len).enumerate() {
        *out = ((sum + window / 2) / window) as u16;
        if i + radius + 1 < len {
            sum += at(i + radius + 1);
        }
        if i >= radius {
            sum -= at(i - radius);
        }
    }
    for (i, v) in line.iter().take(len).enumerate() {
        values[start + i * stride] = *v;
    }
}
