//! Writes a [`Scene`] as SVG in screen points: shapes as paths, text as text, so the file prints
//! sharp at any size and its words can be searched and edited. The PNG export rasterizes this
//! same file.

use std::fmt::Write as _;

use egui::{Align, Align2, Color32, Pos2, Rect, Vec2, pos2, vec2};

use crate::flows::{LegendRow, legend_row};
use crate::map::camera::ScreenTransform;
use crate::model::{LinkMode, LinkStatus, NodeKind, Route, ValueKind};
use crate::scene::bands::{Mark, band_marks, layer_color, plain_stroke};
use crate::scene::scale_bar::scale_bar;
use crate::scene::{
    Band, BandState, Dash, Decoration, FlowView, Label, LineStyle, MarkerShape, MeasureText,
    PLAIN_LINE_WIDTH, Scene, offset_polyline, points_along, style,
};

use super::Picture;

/// The font families the app draws with, first choice first; the renderer falls back along
/// the list for letters a family lacks.
pub const FONT_FAMILY: &str =
    "'Noto Sans', 'Noto Sans Georgian', 'Noto Sans Armenian', Ubuntu, Hack";

/// Noto Sans's ascent as a share of its line height, to put a baseline where egui puts it.
const BASELINE: f32 = 1069.0 / 1362.0;

/// Builds the document.
pub struct SvgWriter {
    out: String,
}

impl SvgWriter {
    fn new(size: Vec2, title: &str) -> Self {
        let mut out = String::with_capacity(1 << 20);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT_FAMILY}">"#,
            w = num(size.x),
            h = num(size.y),
        );
        let _ = write!(out, "\n<title>{}</title>\n", escape(title));
        SvgWriter { out }
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    fn open_group(&mut self, id: &str) {
        let _ = writeln!(self.out, r#"<g id="{id}">"#);
    }

    fn close_group(&mut self) {
        self.out.push_str("</g>\n");
    }

    pub(super) fn rect(
        &mut self,
        r: Rect,
        rounding: f32,
        fill: Color32,
        stroke: Option<(f32, Color32)>,
    ) {
        let _ = write!(
            self.out,
            r#"<rect x="{}" y="{}" width="{}" height="{}""#,
            num(r.min.x),
            num(r.min.y),
            num(r.width()),
            num(r.height())
        );
        if rounding > 0.0 {
            let _ = write!(self.out, r#" rx="{}""#, num(rounding));
        }
        self.out.push_str(&paint("fill", fill));
        if let Some((width, color)) = stroke {
            self.stroke_attrs(width, color);
        }
        self.out.push_str("/>\n");
    }

    fn circle(&mut self, c: Pos2, r: f32, fill: Color32, stroke: Option<(f32, Color32)>) {
        let _ = write!(
            self.out,
            r#"<circle cx="{}" cy="{}" r="{}""#,
            num(c.x),
            num(c.y),
            num(r)
        );
        self.out.push_str(&paint("fill", fill));
        if let Some((width, color)) = stroke.filter(|(w, c)| *w > 0.0 && *c != Color32::TRANSPARENT)
        {
            self.stroke_attrs(width, color);
        }
        self.out.push_str("/>\n");
    }

    fn stroke_attrs(&mut self, width: f32, color: Color32) {
        self.out.push_str(&paint("stroke", color));
        let _ = write!(self.out, r#" stroke-width="{}""#, num(width));
    }

    /// An open polyline, optionally dashed.
    fn polyline(&mut self, points: &[Pos2], width: f32, color: Color32, dash: Option<(f32, f32)>) {
        if points.len() < 2 || width <= 0.0 || color == Color32::TRANSPARENT {
            return;
        }
        self.out.push_str(r#"<path d=""#);
        path_data(&mut self.out, points, false);
        self.out
            .push_str(r#"" fill="none" stroke-linejoin="round""#);
        self.stroke_attrs(width, color);
        if let Some((on, off)) = dash {
            let _ = write!(self.out, r#" stroke-dasharray="{} {}""#, num(on), num(off));
        }
        self.out.push_str("/>\n");
    }

    /// A filled shape of closed rings; holes by the even-odd rule.
    fn shape(&mut self, rings: &[Vec<Pos2>], fill: Color32, stroke: Option<(f32, Color32)>) {
        if rings.is_empty() {
            return;
        }
        self.out.push_str(r#"<path d=""#);
        for ring in rings {
            path_data(&mut self.out, ring, true);
        }
        self.out
            .push_str(r#"" fill-rule="evenodd" stroke-linejoin="round""#);
        self.out.push_str(&paint("fill", fill));
        if let Some((width, color)) = stroke {
            self.stroke_attrs(width, color);
        }
        self.out.push_str("/>\n");
    }

    /// Text with its box anchored at `at`, as egui anchors a galley; `size` is the box egui
    /// measured, so the baseline falls where the app draws it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn text(
        &mut self,
        at: Pos2,
        anchor: Align2,
        text: &str,
        font_size: f32,
        measured: Vec2,
        bold: bool,
        color: Color32,
        halo: Option<Color32>,
    ) {
        let rect = anchor.anchor_size(at, measured);
        let (x, text_anchor) = match anchor.x() {
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
            num(font_size)
        );
        if bold {
            self.out.push_str(r#" font-weight="bold""#);
        }
        self.out.push_str(&paint("fill", color));
        if let Some(halo) = halo {
            self.out.push_str(&paint("stroke", halo));
            self.out
                .push_str(r#" stroke-width="2.4" stroke-linejoin="round" paint-order="stroke""#);
        }
        let _ = writeln!(self.out, ">{}</text>", escape(text));
    }
}

/// Writes the picture of `scene`, with the furniture the picture asks for.
pub fn write(
    picture: &Picture<'_>,
    scene: &Scene,
    view: &ScreenTransform,
    measure: &MeasureText<'_>,
) -> String {
    let title = picture
        .furniture
        .title
        .clone()
        .unwrap_or_else(|| picture.route.title.clone());
    let mut svg = SvgWriter::new(view.screen.size(), &title);
    svg.rect(view.screen, 0.0, style::WATER, None);
    basemap(&mut svg, scene, view);
    areas(&mut svg, scene, view);

    svg.open_group("links");
    if let Some(plain) = &scene.plain_links {
        for &i in &plain.links {
            let (Some(link), Some(points)) =
                (picture.route.links.get(i), picture.geometry.links.get(i))
            else {
                continue;
            };
            let color = style::link_style(link.mode, link.status).color;
            svg.polyline(&screen_points(view, points), PLAIN_LINE_WIDTH, color, None);
        }
    }
    for line in &scene.lines {
        let points = screen_points(view, &line.points);
        if let Some((width, color)) = line.casing {
            svg.polyline(&points, width, color, None);
        }
        styled_line(&mut svg, &points, &line.style);
    }
    svg.close_group();

    svg.open_group("flows");
    for band in &scene.bands {
        let points = screen_points(view, &band.points);
        if scene.plain_bands {
            plain_band(&mut svg, &points, band);
        } else {
            flow_band(&mut svg, &points, band);
        }
    }
    svg.close_group();

    svg.open_group("places");
    for marker in &scene.markers {
        let c = view.map_to_screen(marker.at);
        if let Some((radius, color)) = marker.ring {
            svg.circle(c, radius, color.gamma_multiply(0.25), Some((2.5, color)));
        }
        marker_shape(
            &mut svg,
            c,
            marker.shape,
            marker.radius,
            marker.fill,
            marker.stroke,
        );
    }
    svg.close_group();

    svg.open_group("labels");
    for label in &scene.labels {
        map_label(&mut svg, view.map_to_screen(label.at), label, measure);
    }
    svg.close_group();

    let furniture = &picture.furniture;
    let mut top_left = view.screen.left_top() + vec2(10.0, 10.0);
    if let Some(title) = furniture.title.as_deref().filter(|t| !t.trim().is_empty()) {
        top_left.y = title_box(&mut svg, view.screen, title, measure).bottom() + 8.0;
    }
    if let Some(text) = scene.hidden_note() {
        let size = measure(&text, 14.0, false);
        svg.text(
            top_left,
            Align2::LEFT_TOP,
            &text,
            14.0,
            size,
            false,
            style::LABEL,
            None,
        );
    }
    if furniture.scale_bar
        && let Some(bar) = scale_bar(view, &picture.geometry.projection)
    {
        let halo = Color32::from_white_alpha(200);
        for (width, color) in [(5.0, halo), (2.0, style::SCALE_BAR)] {
            svg.polyline(
                &[
                    bar.start + vec2(0.0, -6.0),
                    bar.start,
                    bar.end,
                    bar.end + vec2(0.0, -6.0),
                ],
                width,
                color,
                None,
            );
        }
        let size = measure(&bar.text, 12.0, false);
        svg.text(
            pos2(bar.end.x + 6.0, bar.end.y),
            Align2::LEFT_CENTER,
            &bar.text,
            12.0,
            size,
            false,
            style::LABEL,
            Some(style::HALO),
        );
    }
    let mut credit_right = view.screen.right() - 6.0;
    if let Some(index) = picture.slide {
        let number = super::slide::cards(&mut svg, view.screen, picture.route, index, measure);
        // Clear of the slide's number in the corner.
        credit_right = credit_right.min(number.left() - 12.0);
    }
    if furniture.attribution {
        attribution(&mut svg, view.screen, credit_right, picture.route, measure);
    }
    if furniture.legend {
        legend(&mut svg, view.screen, picture, measure);
    }
    svg.finish()
}

fn basemap(svg: &mut SvgWriter, scene: &Scene, view: &ScreenTransform) {
    let Some(basemap) = &scene.basemap else {
        return;
    };
    let (min, max) = view.visible_map_rect();
    // Each country in view with its rings on screen, worked out once for fill and borders.
    let in_view: Vec<(usize, Vec<Vec<Pos2>>)> = basemap
        .countries
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            let b = &c.bounds;
            b.max().x >= min.x && b.min().x <= max.x && b.max().y >= min.y && b.min().y <= max.y
        })
        .map(|(i, country)| {
            let rings = country
                .outlines
                .iter()
                .map(|ring| decimate(ring.iter().map(|&v| mesh_to_screen(view, v))))
                .filter(|ring| ring.len() >= 3)
                .collect();
            (i, rings)
        })
        .collect();
    svg.open_group("land");
    for (i, rings) in &in_view {
        let on_route = scene.route_countries.get(*i).copied().unwrap_or(false);
        svg.shape(rings, style::land(*i, on_route), None);
    }
    svg.close_group();
    svg.open_group("borders");
    for (_, rings) in &in_view {
        svg.shape(rings, Color32::TRANSPARENT, Some((0.8, style::BORDER)));
    }
    svg.close_group();
}

fn areas(svg: &mut SvgWriter, scene: &Scene, view: &ScreenTransform) {
    svg.open_group("areas");
    for area in &scene.areas {
        let rings: Vec<Vec<Pos2>> = area
            .mesh
            .outlines
            .iter()
            .map(|ring| decimate(ring.iter().map(|&v| mesh_to_screen(view, v))))
            .collect();
        svg.shape(&rings, area.fill, Some((1.5, area.outline)));
    }
    svg.close_group();
}

fn mesh_to_screen(view: &ScreenTransform, v: [f32; 2]) -> Pos2 {
    view.map_to_screen(crate::map::projection::MapPoint::new(
        f64::from(v[0]),
        f64::from(v[1]),
    ))
}

fn screen_points(view: &ScreenTransform, points: &[crate::map::projection::MapPoint]) -> Vec<Pos2> {
    decimate(points.iter().map(|&p| view.map_to_screen(p)))
}

/// Drops points within a quarter point of the one kept before: detail no print shows, which
/// would only swell the file.
fn decimate(points: impl Iterator<Item = Pos2>) -> Vec<Pos2> {
    let mut kept: Vec<Pos2> = Vec::new();
    let mut last = None;
    for p in points {
        if kept
            .last()
            .is_none_or(|k: &Pos2| k.distance_sq(p) >= 0.0625)
        {
            kept.push(p);
            last = None;
        } else {
            last = Some(p);
        }
    }
    kept.extend(last);
    kept
}

/// A line in a link style, as the screen painter draws it.
fn styled_line(svg: &mut SvgWriter, points: &[Pos2], style: &LineStyle) {
    match style.dash {
        Dash::Solid => svg.polyline(points, style.width, style.color, None),
        Dash::Dashed { on, off } => svg.polyline(points, style.width, style.color, Some((on, off))),
        Dash::Dotted { spacing } => {
            for (p, _) in points_along(points, spacing, 0.0) {
                svg.circle(p, style.width * 0.75, style.color, None);
            }
        }
    }
    match style.decoration {
        Decoration::None => {}
        Decoration::CrossTicks {
            spacing,
            half_length,
        } => {
            for (p, dir) in points_along(points, spacing, spacing / 2.0) {
                let n = vec2(-dir.y, dir.x) * half_length;
                svg.polyline(
                    &[p - n, p + n],
                    (style.width * 0.6).max(1.2),
                    style.color,
                    None,
                );
            }
        }
        Decoration::Beads { spacing, radius } => {
            for (p, _) in points_along(points, spacing, spacing / 2.0) {
                svg.circle(p, radius, style.color, Some((1.0, Color32::WHITE)));
            }
        }
        Decoration::Inline { width, color } => {
            if style.dash == Dash::Solid {
                svg.polyline(points, width, color, None);
            }
        }
    }
}

/// A flow band, as the screen painter draws it when the picture stands still.
fn flow_band(svg: &mut SvgWriter, screen: &[Pos2], band: &Band) {
    for mark in band_marks(screen, band).0 {
        match mark {
            Mark::Line {
                points,
                width,
                color,
            } => svg.polyline(&points, width, color, None),
            Mark::Dot { at, radius, color } => svg.circle(at, radius, color, None),
            Mark::Triangle { corners, color } => svg.shape(&[corners.to_vec()], color, None),
        }
    }
}

/// A band in a crowded view, as the screen painter draws it there.
fn plain_band(svg: &mut SvgWriter, screen: &[Pos2], band: &Band) {
    let (width, color) = plain_stroke(band);
    svg.polyline(&offset_polyline(screen, band.offset), width, color, None);
}

/// A node symbol, as the screen painter draws it.
fn marker_shape(
    svg: &mut SvgWriter,
    c: Pos2,
    shape: MarkerShape,
    r: f32,
    fill: Color32,
    (stroke_width, stroke_color): (f32, Color32),
) {
    let stroke = Some((stroke_width, stroke_color));
    match shape {
        MarkerShape::Circle => svg.circle(c, r, fill, stroke),
        MarkerShape::Ring => {
            svg.circle(c, r, Color32::WHITE, Some((stroke_width + 1.5, fill)));
            svg.circle(c, r * 0.35, fill, None);
        }
        MarkerShape::Square => {
            // egui strokes this square outside its edge; SVG strokes on the edge.
            let side = r * 1.8 + stroke_width;
            svg.rect(
                Rect::from_center_size(c, Vec2::splat(side)),
                1.0 + stroke_width / 2.0,
                fill,
                stroke,
            );
        }
        MarkerShape::Diamond => svg.shape(
            &[vec![
                c + vec2(0.0, -r * 1.2),
                c + vec2(r * 1.2, 0.0),
                c + vec2(0.0, r * 1.2),
                c + vec2(-r * 1.2, 0.0),
            ]],
            fill,
            stroke,
        ),
        MarkerShape::Triangle => svg.shape(
            &[vec![
                c + vec2(0.0, -r * 1.2),
                c + vec2(r * 1.1, r * 0.8),
                c + vec2(-r * 1.1, r * 0.8),
            ]],
            fill,
            stroke,
        ),
    }
}

fn map_label(svg: &mut SvgWriter, at: Pos2, label: &Label, measure: &MeasureText<'_>) {
    let measured = measure(&label.text, label.size, label.bold);
    svg.text(
        at + label.offset,
        label.anchor,
        &label.text,
        label.size,
        measured,
        label.bold,
        label.color,
        label.halo,
    );
}

/// The title in a card at the top left; returns the card.
fn title_box(svg: &mut SvgWriter, screen: Rect, title: &str, measure: &MeasureText<'_>) -> Rect {
    let size = (screen.height() / 1080.0).clamp(0.7, 2.0) * 28.0;
    let measured = measure(title, size, true);
    let card = Rect::from_min_size(
        screen.left_top() + vec2(16.0, 16.0),
        measured + vec2(32.0, 20.0),
    );
    svg.rect(
        card,
        6.0,
        Color32::from_white_alpha(235),
        Some((1.0, Color32::from_gray(200))),
    );
    svg.text(
        card.left_top() + vec2(16.0, 10.0),
        Align2::LEFT_TOP,
        title,
        size,
        measured,
        true,
        style::LABEL,
        None,
    );
    card
}

/// The basemap's and the route's sources, right-aligned at the bottom, wrapped to fit.
/// `right` is where the lines end.
fn attribution(
    svg: &mut SvgWriter,
    screen: Rect,
    right: f32,
    route: &Route,
    measure: &MeasureText<'_>,
) {
    const SIZE: f32 = 11.0;
    let mut outlets: Vec<&str> = Vec::new();
    for source in &route.sources {
        let name = [&source.outlet, &source.author, &source.title]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        if !outlets.contains(&name) {
            outlets.push(name);
        }
    }
    let mut text = style::BASEMAP_CREDIT.to_owned();
    if !outlets.is_empty() {
        let _ = write!(text, ". Sources: {}", outlets.join("; "));
    }
    let lines = wrap_width(&text, SIZE, false, (right - screen.left()) * 0.6, measure);
    let line_height = measure("Ag", SIZE, false).y;
    let mut y = screen.bottom() - 4.0 - line_height * (lines.len() as f32 - 1.0);
    for line in lines {
        let measured = measure(&line, SIZE, false);
        svg.text(
            pos2(right, y),
            Align2::RIGHT_BOTTOM,
            &line,
            SIZE,
            measured,
            false,
            style::CREDIT,
            Some(style::HALO),
        );
        y += line_height;
    }
}

/// Breaks `text` at its line breaks, and at spaces into lines no wider than `width`.
pub fn wrap_width(
    text: &str,
    size: f32,
    bold: bool,
    width: f32,
    measure: &MeasureText<'_>,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && measure(&candidate, size, bold).x > width {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            } else {
                line = candidate;
            }
        }
        lines.push(line);
    }
    lines
}

/// One row of the legend: a sample drawn in a box, then its words.
enum Sample {
    Band { width: f32, color: Color32 },
    MissingBand { color: Color32 },
    Kind(ValueKind),
    Line(LineStyle),
    Marker(MarkerShape, f32),
}

/// The legend's rows: the flows of the year, the link modes and statuses, and the kinds of place
/// the route has; a row without a sample is a heading.
fn legend_rows(route: &Route, flows: &FlowView) -> Vec<(Option<Sample>, String)> {
    let mut rows: Vec<(Option<Sample>, String)> = Vec::new();
    let visible: Vec<_> = flows
        .visible()
        .rev()
        .filter_map(|v| route.layers.get(v.index))
        .collect();
    if !visible.is_empty() {
        rows.push((None, format!("Flows in {}", flows.year)));
        for layer in visible {
            let color = layer_color(layer);
            let LegendRow {
                has_year,
                detail,
                width,
            } = legend_row(layer, flows.year);
            let sample = if has_year {
                Sample::Band {
                    width: width.min(14.0),
                    color: color.gamma_multiply(0.9),
                }
            } else {
                Sample::MissingBand { color }
            };
            rows.push((Some(sample), format!("{} ({detail})", layer.name)));
        }
        for (kind, text) in [
            (ValueKind::Actual, "Actual"),
            (ValueKind::Estimate, "Estimate"),
            (ValueKind::Plan, "Plan or target"),
        ] {
            rows.push((Some(Sample::Kind(kind)), text.to_owned()));
        }
    }
    let modes: Vec<LinkMode> = <LinkMode as strum::VariantArray>::VARIANTS
        .iter()
        .copied()
        .filter(|&m| route.links.iter().any(|l| l.mode == m))
        .collect();
    if !modes.is_empty() {
        rows.push((None, "Links".to_owned()));
        for mode in modes {
            let style = style::link_style(mode, LinkStatus::Operating);
            rows.push((Some(Sample::Line(style)), mode.label().to_owned()));
        }
        for &status in <LinkStatus as strum::VariantArray>::VARIANTS {
            if status == LinkStatus::Operating || !route.links.iter().any(|l| l.status == status) {
                continue;
            }
            let mut style = style::link_style(LinkMode::SeaFerry, status);
            style.color = Color32::from_rgb(0x44, 0x44, 0x44);
            rows.push((Some(Sample::Line(style)), status.label().to_owned()));
        }
    }
    let kinds: Vec<NodeKind> = <NodeKind as strum::VariantArray>::VARIANTS
        .iter()
        .copied()
        .filter(|&k| route.nodes.iter().any(|n| n.kind == k))
        .collect();
    if !kinds.is_empty() {
        rows.push((None, "Places".to_owned()));
        for kind in kinds {
            let (shape, radius) = style::node_marker(kind);
            rows.push((
                Some(Sample::Marker(shape, radius * 0.85)),
                kind.label().to_owned(),
            ));
        }
    }
    rows
}

const LEGEND_TEXT: f32 = 13.0;
const LEGEND_HEADING: f32 = 14.0;
const LEGEND_SAMPLE: f32 = 40.0;

/// Width of the legend's rows, without the card's padding.
fn legend_text_width(rows: &[(Option<Sample>, String)], measure: &MeasureText<'_>) -> f32 {
    rows.iter()
        .map(|(sample, text)| match sample {
            None => measure(text, LEGEND_HEADING, true).x,
            Some(_) => LEGEND_SAMPLE + 8.0 + measure(text, LEGEND_TEXT, false).x,
        })
        .fold(0.0, f32::max)
}

/// How much of the picture's right side the legend card takes, margins included; 0 without one.
pub fn legend_width(route: &Route, flows: &FlowView, measure: &MeasureText<'_>) -> f32 {
    let rows = legend_rows(route, flows);
    if rows.is_empty() {
        0.0
    } else {
        legend_text_width(&rows, measure) + 24.0 + 32.0
    }
}

/// What the map shows, in a card at the top right.
fn legend(svg: &mut SvgWriter, screen: Rect, picture: &Picture<'_>, measure: &MeasureText<'_>) {
    const TEXT: f32 = LEGEND_TEXT;
    const HEADING: f32 = LEGEND_HEADING;
    const SAMPLE: f32 = LEGEND_SAMPLE;
    let mut rows = legend_rows(picture.route, picture.flows);
    if rows.is_empty() {
        return;
    }
    let row_height = (measure("Ag", TEXT, false).y + 5.0).max(18.0);
    let room = ((screen.height() - 60.0) / row_height).floor().max(1.0) as usize;
    rows.truncate(room);
    let text_width = legend_text_width(&rows, measure);
    let card = Rect::from_min_size(
        pos2(
            screen.right() - 16.0 - text_width - 24.0,
            screen.top() + 16.0,
        ),
        vec2(text_width + 24.0, row_height * rows.len() as f32 + 16.0),
    );
    svg.open_group("legend");
    svg.rect(
        card,
        6.0,
        Color32::from_white_alpha(235),
        Some((1.0, Color32::from_gray(200))),
    );
    let mut y = card.top() + 8.0;
    for (sample, text) in rows {
        let row = Rect::from_min_size(pos2(card.left() + 12.0, y), vec2(text_width, row_height));
        let Some(sample) = sample else {
            let measured = measure(&text, HEADING, true);
            svg.text(
                row.left_center(),
                Align2::LEFT_CENTER,
                &text,
                HEADING,
                measured,
                true,
                style::LABEL,
                None,
            );
            y += row_height;
            continue;
        };
        let swatch = Rect::from_min_size(row.left_top(), vec2(SAMPLE, row_height));
        let ends = [swatch.left_center(), swatch.right_center()];
        match sample {
            Sample::Band { width, color } => svg.polyline(&ends, width, color, None),
            Sample::MissingBand { color } => {
                for k in 0..6 {
                    let x = swatch.left() + 3.0 + k as f32 * 7.0;
                    svg.circle(pos2(x, swatch.center().y), 1.3, color, None);
                }
            }
            Sample::Kind(kind) => flow_band(
                svg,
                &ends,
                &Band {
                    points: Vec::new().into(),
                    offset: 0.0,
                    width: 9.0,
                    color: Color32::from_rgb(0x55, 0x55, 0x55),
                    state: BandState::Value { kind, amount: true },
                    arrow: true,
                    link: 0,
                    layer: 0,
                    value: 0,
                },
            ),
            Sample::Line(style) => styled_line(svg, &ends, &style),
            Sample::Marker(shape, radius) => marker_shape(
                svg,
                swatch.center(),
                shape,
                radius,
                style::NODE_FILL,
                (1.5, style::NODE_STROKE),
            ),
        }
        let measured = measure(&text, TEXT, false);
        svg.text(
            pos2(swatch.right() + 8.0, row.center().y),
            Align2::LEFT_CENTER,
            &text,
            TEXT,
            measured,
            false,
            style::LABEL,
            None,
        );
        y += row_height;
    }
    svg.close_group();
}

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

    #[test]
    fn long_credits_wrap_at_spaces() {
        let measure = |t: &str, _: f32, _: bool| vec2(t.chars().count() as f32 * 10.0, 14.0);
        let lines = wrap_width("one two three four\nfive", 11.0, false, 105.0, &measure);
        assert_eq!(lines, ["one two", "three four", "five"]);
    }
}
