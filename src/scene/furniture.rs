//! What a map carries besides the map: the scale bar, the credits, and a title card.

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, pos2, vec2};

use crate::i18n::Tr;
use crate::map::camera::ScreenTransform;
use crate::map::projection::Projection;
use crate::model::Route;
use crate::text::{MeasureText, wrap_width};

use super::card::{Card, CardStyle, Readable};
use super::display::{Font, Item, Line, Stroke, Text};
use super::scale_bar::{ScaleBar, scale_bar, scale_bar_at};
use super::style;

/// Type size of the scale bar's length, in points.
const SCALE_BAR_TEXT: f32 = 12.0;

/// The scale bar at the map's lower left: a bar of a round length, with a pale halo so it reads
/// over land and water.
pub fn scale_bar_items(
    view: &ScreenTransform,
    projection: &Projection,
    tr: &Tr,
    measure: &MeasureText<'_>,
) -> Vec<Item> {
    scale_bar(view, projection)
        .map(|bar| bar_items(bar, SCALE_BAR_TEXT, tr, measure))
        .unwrap_or_default()
}

/// The scale bar starting at `start`, its words `size` points high and the bar sized to them:
/// on a slide, where type grows with the screen.
pub fn scale_bar_sized(
    view: &ScreenTransform,
    projection: &Projection,
    start: Pos2,
    size: f32,
    tr: &Tr,
    measure: &MeasureText<'_>,
) -> Vec<Item> {
    let length = f64::from(size) * 10.0;
    scale_bar_at(view, projection, start, length)
        .map(|bar| bar_items(bar, size, tr, measure))
        .unwrap_or_default()
}

fn bar_items(bar: ScaleBar, size: f32, tr: &Tr, measure: &MeasureText<'_>) -> Vec<Item> {
    let k = size / SCALE_BAR_TEXT;
    let mut items = vec![Item::Group("scale-bar")];
    let tick = vec2(0.0, -6.0 * k);
    for stroke in [
        Stroke::new(5.0 * k, Color32::from_white_alpha(200)),
        Stroke::new(2.0 * k, style::SCALE_BAR),
    ] {
        items.push(
            Line {
                points: vec![bar.start + tick, bar.start, bar.end, bar.end + tick],
                stroke,
            }
            .into(),
        );
    }
    let font = Font::regular(size);
    let text = bar.text(tr);
    items.push(
        Text {
            at: pos2(bar.end.x + 6.0 * k, bar.end.y),
            anchor: Align2::LEFT_CENTER,
            size: measure(&text, font.size, font.bold),
            text,
            font,
            color: style::LABEL,
            halo: Some(style::HALO),
        }
        .into(),
    );
    items
}

/// The credits: the basemap's, and the outlets the route's sources come from, in the language
/// of `tr`.
pub fn credit_text(route: &Route, tr: &Tr) -> String {
    let mut outlets: Vec<&str> = Vec::new();
    for source in &route.sources {
        let name = [&source.outlet, &source.author, &source.title]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        if !name.is_empty() && !outlets.contains(&name) {
            outlets.push(name);
        }
    }
    if outlets.is_empty() {
        tr.t("legend-credit-basemap")
    } else {
        crate::tr!(tr, "legend-credit-sources", sources = outlets.join("; "))
    }
}

/// Type size of the credits, in points.
pub const CREDIT_TEXT: f32 = 11.0;

/// The credits right-aligned at the bottom, ending at `right`, wrapped to fit.
pub fn credit_items(
    screen: Rect,
    right: f32,
    route: &Route,
    tr: &Tr,
    measure: &MeasureText<'_>,
) -> Vec<Item> {
    let lines = credit_lines(
        &credit_text(route, tr),
        pos2(right, screen.bottom() - 4.0),
        CREDIT_TEXT,
        (right - screen.left()) * 0.6,
        measure,
    );
    std::iter::once(Item::Group("credits"))
        .chain(lines.into_iter().map(Item::from))
        .collect()
}

/// `text` in lines no wider than `width`, right-aligned, the last one ending at `right_bottom`.
pub fn credit_lines(
    text: &str,
    right_bottom: Pos2,
    size: f32,
    width: f32,
    measure: &MeasureText<'_>,
) -> Vec<Text> {
    let lines = wrap_width(text, size, false, width, measure);
    let line_height = measure("Ag", size, false).y;
    let mut y = right_bottom.y - line_height * (lines.len() as f32 - 1.0);
    let font = Font::regular(size);
    lines
        .into_iter()
        .map(|line| {
            let text = Text {
                at: pos2(right_bottom.x, y),
                anchor: Align2::RIGHT_BOTTOM,
                size: measure(&line, font.size, font.bold),
                text: line,
                font,
                color: style::CREDIT,
                halo: Some(style::HALO),
            };
            y += line_height;
            text
        })
        .collect()
}

/// The title in a card at the top left, its type sized to the picture; returns the card.
pub fn title_card(
    screen: Rect,
    title: &str,
    measure: &MeasureText<'_>,
    items: &mut Vec<Item>,
    readable: &mut Vec<Readable>,
) -> Rect {
    let size = (screen.height() / 1080.0).clamp(0.7, 2.0) * 28.0;
    let mut card = Card::new(screen.width() * 0.6, 12.0, measure);
    card.paragraph(title, Font::bold(size), style::LABEL);
    items.push(Item::Group("title"));
    card.place(
        screen.left_top() + vec2(16.0, 16.0),
        Align2::LEFT_TOP,
        false,
        &CardStyle::plain(),
        items,
        readable,
    )
}
