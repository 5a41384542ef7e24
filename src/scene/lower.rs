//! Lowers the map's [`Scene`] into drawing primitives for one view: water, land, areas, links in
//! their styles, flow bands with their marks, places, labels, and the note on what a crowded view
//! leaves out. Everything here is what the screen and every picture draw alike.

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, vec2};

use super::bands::{Mark, band_marks, plain_stroke};
use super::display::{
    AreaShape, BasemapShapes, Circle, DisplayList, Font, Item, Line, Polygon, RectShape, Stroke,
    Text, screen_points,
};
use super::polyline::{offset_polyline, points_along};
use super::{
    Band, Dash, Decoration, Label, LineStyle, Marker, MarkerShape, MeasureText, Scene, style,
};

/// Width of the basemap's borders, in points.
pub const BORDER_WIDTH: f32 = 0.8;

/// Appends the map of `scene` to `list`. `motion` is the time for marks that move along the
/// flows, `None` for a picture that stands still.
pub fn map_items(
    scene: &Scene,
    motion: Option<f64>,
    measure: &MeasureText<'_>,
    list: &mut DisplayList,
) {
    let view = list.view;
    list.push(Item::Group("water"));
    list.push(RectShape::filled(view.screen, style::WATER));
    if let Some(basemap) = &scene.basemap {
        list.push(Item::Group("land"));
        list.push(BasemapShapes {
            meshes: basemap.clone(),
            route_countries: scene.route_countries.clone().into(),
            border: Stroke::new(BORDER_WIDTH, style::BORDER),
        });
        lake_items(basemap, list);
    }
    if !scene.areas.is_empty() {
        list.push(Item::Group("areas"));
        for area in &scene.areas {
            list.push(AreaShape {
                mesh: area.mesh.clone(),
                fill: area.fill,
                outline: Stroke::new(1.5, area.outline),
            });
        }
    }

    // Lines reaching a little past the edge are drawn, so their ends and casings are whole.
    let visible = view.screen.expand(50.0);
    list.push(Item::Group("links"));
    if let Some(plain) = &scene.plain_links {
        list.push(plain.clone());
    }
    for line in &scene.lines {
        let points = screen_points(&view, &line.points);
        if points.len() < 2 || !Rect::from_points(&points).intersects(visible) {
            continue;
        }
        if let Some((width, color)) = line.casing {
            list.push(Line {
                points: points.clone(),
                stroke: Stroke::new(width, color),
            });
        }
        styled_line(&points, &line.style, &mut list.items);
    }

    list.push(Item::Group("flows"));
    for band in &scene.bands {
        let points = screen_points(&view, &band.points);
        if points.len() < 2 || !Rect::from_points(&points).intersects(visible) {
            continue;
        }
        if scene.plain_bands {
            let (width, color) = plain_stroke(band);
            list.push(Line {
                points: offset_polyline(&points, band.offset),
                stroke: Stroke::new(width, color),
            });
        } else {
            band_items(&points, band, motion, &mut list.items);
        }
    }

    list.push(Item::Group("places"));
    for marker in &scene.markers {
        marker_items(view.map_to_screen(marker.at), marker, &mut list.items);
    }

    list.push(Item::Group("labels"));
    for label in &scene.labels {
        list.push(label_text(view.map_to_screen(label.at), label));
    }
    if let Some(note) = scene.hidden_note() {
        let font = Font::regular(14.0);
        list.push(Text {
            at: view.screen.left_top() + vec2(10.0, 10.0),
            anchor: Align2::LEFT_TOP,
            size: measure(&note, font.size, font.bold),
            text: note,
            font,
            color: style::LABEL,
            halo: Some(style::HALO),
        });
    }
}

/// The large lakes in view, as water over the land with a shore as the coasts have.
fn lake_items(basemap: &crate::map::basemap::BasemapMeshes, list: &mut DisplayList) {
    let (min, max) = list.view.visible_map_rect();
    let mut in_view = basemap
        .lakes
        .iter()
        .filter(|lake| {
            let (lo, hi) = (lake.bounds.min(), lake.bounds.max());
            hi.x >= min.x && lo.x <= max.x && hi.y >= min.y && lo.y <= max.y
        })
        .peekable();
    if in_view.peek().is_none() {
        return;
    }
    list.push(Item::Group("lakes"));
    for lake in in_view {
        list.push(AreaShape {
            mesh: lake.clone(),
            fill: style::WATER,
            outline: Stroke::new(BORDER_WIDTH, style::BORDER),
        });
    }
}

/// A map label as text at its place on screen.
fn label_text(at: Pos2, label: &Label) -> Text {
    Text {
        at: at + label.offset,
        anchor: label.anchor,
        text: label.text.clone(),
        font: Font {
            size: label.size,
            bold: label.bold,
            italic: false,
        },
        color: label.color,
        halo: label.halo,
        size: label.measured,
    }
}

/// A line in a link style: its stroke, dashes or dots, and the marks along it that tell modes
/// apart (ties across a railway, beads on a cable, a pale centre in a pipe or a road). Also what
/// the legend's samples draw.
pub fn styled_line(points: &[Pos2], style: &LineStyle, out: &mut Vec<Item>) {
    let stroke = Stroke::new(style.width, style.color);
    match style.dash {
        Dash::Solid => out.push(
            Line {
                points: points.to_vec(),
                stroke,
            }
            .into(),
        ),
        Dash::Dashed { on, off } => out.push(
            Line {
                points: points.to_vec(),
                stroke: stroke.dashed(on, off),
            }
            .into(),
        ),
        Dash::Dotted { spacing } => {
            for (p, _) in points_along(points, spacing, 0.0) {
                out.push(dot(p, style.width * 0.75, style.color));
            }
        }
    }
    match style.decoration {
        Decoration::None => {}
        Decoration::CrossTicks {
            spacing,
            half_length,
        } => {
            let tick = Stroke::new((style.width * 0.6).max(1.2), style.color);
            for (p, dir) in points_along(points, spacing, spacing / 2.0) {
                let n = vec2(-dir.y, dir.x) * half_length;
                out.push(
                    Line {
                        points: vec![p - n, p + n],
                        stroke: tick,
                    }
                    .into(),
                );
            }
        }
        Decoration::Beads { spacing, radius } => {
            for (p, _) in points_along(points, spacing, spacing / 2.0) {
                out.push(
                    Circle {
                        center: p,
                        radius,
                        fill: style.color,
                        stroke: Some(Stroke::new(1.0, Color32::WHITE)),
                    }
                    .into(),
                );
            }
        }
        Decoration::Inline { width, color } => {
            if style.dash == Dash::Solid {
                out.push(
                    Line {
                        points: points.to_vec(),
                        stroke: Stroke::new(width, color),
                    }
                    .into(),
                );
            }
        }
    }
}

fn dot(center: Pos2, radius: f32, fill: Color32) -> Item {
    Circle {
        center,
        radius,
        fill,
        stroke: None,
    }
    .into()
}

/// A flow band on the link's line `screen`: its marks, and white dashes moving along it at time
/// `motion` when motion is on.
pub fn band_items(screen: &[Pos2], band: &Band, motion: Option<f64>, out: &mut Vec<Item>) {
    let (marks, body) = band_marks(screen, band);
    for mark in marks {
        out.push(match mark {
            Mark::Line {
                points,
                width,
                color,
            } => Line {
                points,
                stroke: Stroke::new(width, color),
            }
            .into(),
            Mark::Dot { at, radius, color } => dot(at, radius, color),
            Mark::Triangle { corners, color } => Polygon {
                points: corners.to_vec(),
                fill: color,
                stroke: None,
            }
            .into(),
        });
    }
    if let Some(t) = motion {
        let phase = ((t * 30.0) % 24.0) as f32;
        let stroke = Stroke::new(
            (band.width * 0.35).clamp(1.0, 4.0),
            Color32::from_white_alpha(190),
        );
        for (p, dir) in points_along(&body, 24.0, phase) {
            let half = dir * 4.0;
            out.push(
                Line {
                    points: vec![p - half, p + half],
                    stroke,
                }
                .into(),
            );
        }
    }
}

/// A place on the map: the ring of the selected or hovered place, and its symbol.
pub fn marker_items(c: Pos2, marker: &Marker, out: &mut Vec<Item>) {
    if let Some((radius, color)) = marker.ring {
        out.push(
            Circle {
                center: c,
                radius,
                fill: color.gamma_multiply(0.25),
                stroke: Some(Stroke::new(2.5, color)),
            }
            .into(),
        );
    }
    marker_shape(
        c,
        marker.shape,
        marker.radius,
        marker.fill,
        marker.stroke,
        out,
    );
}

/// A node symbol; also what the legend's samples draw.
pub fn marker_shape(
    c: Pos2,
    shape: MarkerShape,
    r: f32,
    fill: Color32,
    (stroke_width, stroke_color): (f32, Color32),
    out: &mut Vec<Item>,
) {
    let stroke = (stroke_width > 0.0).then(|| Stroke::new(stroke_width, stroke_color));
    let polygon = |points: Vec<Pos2>| -> Item {
        Polygon {
            points,
            fill,
            stroke,
        }
        .into()
    };
    match shape {
        MarkerShape::Circle => out.push(
            Circle {
                center: c,
                radius: r,
                fill,
                stroke,
            }
            .into(),
        ),
        MarkerShape::Ring => {
            out.push(
                Circle {
                    center: c,
                    radius: r,
                    fill: Color32::WHITE,
                    stroke: Some(Stroke::new(stroke_width + 1.5, fill)),
                }
                .into(),
            );
            out.push(dot(c, r * 0.35, fill));
        }
        MarkerShape::Square => {
            // The stroke is centred on the edge: the square is grown by half of it so its outer
            // edge stays where a symbol of this size ends.
            out.push(
                RectShape {
                    rect: Rect::from_center_size(c, emath::Vec2::splat(r * 1.8 + stroke_width)),
                    corner_radius: 1.0 + stroke_width / 2.0,
                    fill,
                    stroke,
                    shadow: None,
                }
                .into(),
            );
        }
        MarkerShape::Diamond => out.push(polygon(vec![
            c + vec2(0.0, -r * 1.2),
            c + vec2(r * 1.2, 0.0),
            c + vec2(0.0, r * 1.2),
            c + vec2(-r * 1.2, 0.0),
        ])),
        MarkerShape::Triangle => out.push(polygon(vec![
            c + vec2(0.0, -r * 1.2),
            c + vec2(r * 1.1, r * 0.8),
            c + vec2(-r * 1.1, r * 0.8),
        ])),
    }
}
