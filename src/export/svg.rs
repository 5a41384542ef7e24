//! Writes a [`DisplayList`] as SVG in points: shapes as paths, text as text, so the file prints
//! sharp at any size and its words can be searched and edited. A translator only: what to draw
//! and where was decided when the list was made.

use std::fmt::Write as _;

use emath::{Align, Pos2, Rect};
use epaint::Color32;

use crate::scene::PlainLinks;
use crate::scene::display::{
    AreaShape, BasemapShapes, Cap, Circle, DisplayList, Item, Join, Line, Polygon, RectShape,
    Rings, Stroke, Text,
};

/// Noto Sans's ascent as a share of its line height, to put a baseline where egui puts it.
const BASELINE: f32 = 1069.0 / 1362.0;

/// Writes `list` as a whole SVG document titled `title`.
pub fn write(list: &DisplayList, title: &str) -> String {
    let size = list.screen().size();
    let mut svg = SvgWriter {
        out: String::with_capacity(1 << 20),
        group_open: false,
        filters: 0,
    };
    let _ = write!(
        svg.out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{families}">"#,
        w = num(size.x),
        h = num(size.y),
        families = crate::text::fonts::svg_families(),
    );
    let _ = write!(svg.out, "\n<title>{}</title>\n", escape(title));
    for item in &list.items {
        svg.item(list, item);
    }
    svg.close_group();
    svg.out.push_str("</svg>\n");
    svg.out
}

struct SvgWriter {
    out: String,
    group_open: bool,
    /// Shadow filters written so far, for unique ids.
    filters: usize,
}

impl SvgWriter {
    fn item(&mut self, list: &DisplayList, item: &Item) {
        match item {
            Item::Group(id) => {
                self.close_group();
                let _ = writeln!(self.out, r#"<g id="{id}">"#);
                self.group_open = true;
            }
            Item::Line(line) => self.line(line),
            Item::Circle(circle) => self.circle(circle),
            Item::Polygon(Polygon {
                points,
                fill,
                stroke,
            }) => self.path(std::slice::from_ref(points), *fill, stroke.as_ref(), true),
            Item::Rings(Rings {
                rings,
                fill,
                stroke,
            }) => self.path(rings, *fill, stroke.as_ref(), true),
            Item::Rect(rect) => self.rect(rect),
            Item::Text(text) => self.text(text),
            Item::Basemap(basemap) => self.basemap(list, basemap),
            Item::Area(area) => self.area(list, area),
            Item::PlainLinks(plain) => self.plain_links(list, plain),
        }
    }

    fn close_group(&mut self) {
        if std::mem::take(&mut self.group_open) {
            self.out.push_str("</g>\n");
        }
    }

    fn stroke_attrs(&mut self, stroke: &Stroke) {
        self.out.push_str(&paint("stroke", stroke.color));
        let _ = write!(self.out, r#" stroke-width="{}""#, num(stroke.width));
        match stroke.join {
            Join::Round => self.out.push_str(r#" stroke-linejoin="round""#),
            Join::Miter => {}
        }
        match stroke.cap {
            Cap::Round => self.out.push_str(r#" stroke-linecap="round""#),
            Cap::Butt => {}
        }
        if let Some((on, off)) = stroke.dash {
            let _ = write!(self.out, r#" stroke-dasharray="{} {}""#, num(on), num(off));
        }
    }

    fn line(&mut self, line: &Line) {
        if line.points.len() < 2 || !line.stroke.is_visible() {
            return;
        }
        self.out.push_str(r#"<path d=""#);
        path_data(&mut self.out, &line.points, false);
        self.out.push_str(r#"" fill="none""#);
        self.stroke_attrs(&line.stroke);
        self.out.push_str("/>\n");
    }

    fn circle(&mut self, c: &Circle) {
        let _ = write!(
            self.out,
            r#"<circle cx="{}" cy="{}" r="{}""#,
            num(c.center.x),
            num(c.center.y),
            num(c.radius)
        );
        self.out.push_str(&paint("fill", c.fill));
        if let Some(stroke) = c.stroke.filter(Stroke::is_visible) {
            self.stroke_attrs(&stroke);
        }
        self.out.push_str("/>\n");
    }

    /// Closed rings filled by the even-odd rule.
    fn path(&mut self, rings: &[Vec<Pos2>], fill: Color32, stroke: Option<&Stroke>, closed: bool) {
        if rings.iter().all(|r| r.len() < 2) {
            return;
        }
        self.out.push_str(r#"<path d=""#);
        for ring in rings {
            path_data(&mut self.out, ring, closed);
        }
        self.out.push_str(r#"" fill-rule="evenodd""#);
        self.out.push_str(&paint("fill", fill));
        if let Some(stroke) = stroke.filter(|s| s.is_visible()) {
            self.stroke_attrs(stroke);
        }
        self.out.push_str("/>\n");
    }

    fn rect(&mut self, shape: &RectShape) {
        if let Some(shadow) = shape.shadow {
            self.filters += 1;
            let id = format!("shadow-{}", self.filters);
            // The blur's standard deviation: egui fades a shadow out over `blur` points.
            let _ = writeln!(
                self.out,
                r#"<filter id="{id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="{}"/></filter>"#,
                num(shadow.blur / 4.0)
            );
            self.rect_element(
                shape.rect.translate(shadow.offset),
                shape.corner_radius,
                shadow.color,
                None,
                Some(&id),
            );
        }
        self.rect_element(
            shape.rect,
            shape.corner_radius,
            shape.fill,
            shape.stroke.as_ref(),
            None,
        );
    }

    fn rect_element(
        &mut self,
        r: Rect,
        corner_radius: f32,
        fill: Color32,
        stroke: Option<&Stroke>,
        filter: Option<&str>,
    ) {
        let _ = write!(
            self.out,
            r#"<rect x="{}" y="{}" width="{}" height="{}""#,
            num(r.min.x),
            num(r.min.y),
            num(r.width()),
            num(r.height())
        );
        if corner_radius > 0.0 {
            let _ = write!(self.out, r#" rx="{}""#, num(corner_radius));
        }
        self.out.push_str(&paint("fill", fill));
        if let Some(stroke) = stroke.filter(|s| s.is_visible()) {
            self.stroke_attrs(stroke);
        }
        if let Some(id) = filter {
            let _ = write!(self.out, r#" filter="url(#{id})""#);
        }
        self.out.push_str("/>\n");
    }

    /// Text with its box anchored as egui anchors a galley; the measured box puts the baseline
    /// where the app draws it.
    fn text(&mut self, t: &Text) {
        let rect = t.rect();
        let (x, text_anchor) = match t.anchor.x() {
            Align::Min => (rect.left(), "start"),
            Align::Center => (rect.center().x, "middle"),
            Align::Max => (rect.right(), "end"),
        };
        let y = rect.top() + rect.height() * BASELINE;
        let _ = write!(
            self.out,
            r#"<text x="{}" y="{}" font-size="{}" text-anchor="{text_anchor}""#,
            num(x),
            num(y),
            num(t.font.size)
        );
        if t.font.bold {
            self.out.push_str(r#" font-weight="bold""#);
        }
        if t.font.italic {
            self.out.push_str(r#" font-style="italic""#);
        }
        self.out.push_str(&paint("fill", t.color));
        if let Some(halo) = t.halo {
            self.out.push_str(&paint("stroke", halo));
            let _ = write!(
                self.out,
                r#" stroke-width="{}" stroke-linejoin="round" paint-order="stroke""#,
                num(HALO_WIDTH)
            );
        }
        let _ = writeln!(self.out, ">{}</text>", escape(&t.text));
    }

    fn basemap(&mut self, list: &DisplayList, basemap: &BasemapShapes) {
        // Each country's rings worked out once, for its fill and for the borders.
        let in_view: Vec<(Color32, Vec<Vec<Pos2>>)> =
            basemap.countries_in_view(&list.view).collect();
        for (land, rings) in &in_view {
            self.path(rings, *land, None, true);
        }
        self.close_group();
        self.out.push_str("<g id=\"borders\">\n");
        self.group_open = true;
        for (_, rings) in &in_view {
            self.path(rings, Color32::TRANSPARENT, Some(&basemap.border), true);
        }
    }

    fn area(&mut self, list: &DisplayList, area: &AreaShape) {
        self.path(
            &area.rings(&list.view),
            area.fill,
            Some(&area.outline),
            true,
        );
    }

    fn plain_links(&mut self, list: &DisplayList, plain: &PlainLinks) {
        for line in plain.lines(&list.view) {
            self.line(&line);
        }
    }
}

/// Width of the outline round text with a halo, in points: as far out as the screen's copies of
/// the text reach on each side.
pub const HALO_WIDTH: f32 = 2.4;

/// ` fill="#rrggbb"` with its opacity when not opaque.
fn paint(attribute: &str, color: Color32) -> String {
    if color.a() == 0 {
        return format!(r#" {attribute}="none""#);
    }
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    let mut s = format!(r##" {attribute}="#{r:02x}{g:02x}{b:02x}""##);
    if a < 255 {
        let _ = write!(s, r#" {attribute}-opacity="{:.3}""#, f32::from(a) / 255.0);
    }
    s
}

fn path_data(out: &mut String, points: &[Pos2], closed: bool) {
    for (i, p) in points.iter().enumerate() {
        let _ = write!(
            out,
            "{}{} {}",
            if i == 0 { "M" } else { "L" },
            num(p.x),
            num(p.y)
        );
    }
    if closed {
        out.push('Z');
    }
}

/// A coordinate to two decimals without trailing zeros: a hundredth of a point is finer than
/// an 8K export's pixel.
fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_finite() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
    }

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(escape("A & B <\"c\">"), "A &amp; B &lt;&quot;c&quot;&gt;");
    }

    #[test]
    fn colours_carry_their_opacity() {
        assert_eq!(
            paint("fill", Color32::from_rgb(255, 0, 16)),
            r##" fill="#ff0010""##
        );
        assert_eq!(
            paint("fill", Color32::from_rgba_unmultiplied(255, 0, 0, 51)),
            r##" fill="#ff0000" fill-opacity="0.200""##
        );
        assert_eq!(paint("stroke", Color32::TRANSPARENT), r#" stroke="none""#);
    }
}
