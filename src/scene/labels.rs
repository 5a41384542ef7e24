//! Labels that keep clear of each other: places first (the selected one always), then flow
//! values, areas, seas and countries, each where there is room.

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};

use crate::map::basemap::BasemapMeshes;
use crate::map::camera::ScreenTransform;
use crate::map::names::{self, SEAS};
use crate::map::projection::{MapPoint, Projection};
use crate::model::{NodeKind, Route};

use super::polyline::{offset_polyline, point_at, polyline_length};
use super::{Band, BandState, Highlight, Label, MeasureText, RouteGeometry, Target, style};

pub const NODE_LABEL_SIZE: f32 = 15.0;
const COUNTRY_LABEL_SIZE: f32 = 13.0;
const SEA_LABEL_SIZE: f32 = 13.0;

/// Places, best first, that are tried for a label; a screen holds far fewer.
const LABEL_CANDIDATES: usize = 5_000;

/// The value of each band that carries an amount, beside the band's middle; with its months
/// when it is for part of a year.
pub(super) fn flow_labels(
    route: &Route,
    bands: &[Band],
    view: &ScreenTransform,
    tr: &crate::i18n::Tr,
    size: f32,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let mut labels = Vec::new();
    // Whether each layer's value has been labelled (or tried) already.
    let mut done: Vec<Vec<bool>> = route
        .layers
        .iter()
        .map(|l| vec![false; l.values.len()])
        .collect();
    for band in bands {
        let BandState::Value { amount: true, .. } = band.state else {
            continue;
        };
        match done.get_mut(band.layer).and_then(|l| l.get_mut(band.value)) {
            Some(true) | None => continue,
            Some(seen) => *seen = true,
        }
        let Some(value) = route.layers.get(band.layer).and_then(|l| {
            let v = l.values.get(band.value)?;
            let amount = tr.numbers().amount(v.value?, &l.unit);
            Some(match crate::flows::part_of_year(v) {
                Some(period) => crate::tr!(
                    tr,
                    "flow-label-part-year",
                    amount = amount,
                    months = period.months_words(tr)
                ),
                None => amount,
            })
        }) else {
            continue;
        };
        let screen: Vec<Pos2> = band.points.iter().map(|&p| view.map_to_screen(p)).collect();
        let shifted = offset_polyline(&screen, band.offset);
        let total = polyline_length(&shifted);
        let text_size = measure(&value, size, true);
        let reach = band.width / 2.0 + 3.0;
        // Beside the band, as near its middle as there is room.
        let mut candidates: Vec<Rect> = Vec::new();
        let mut anchors: Vec<(Pos2, Vec2)> = Vec::new();
        for fraction in [0.5, 0.35, 0.65, 0.2, 0.8] {
            let Some((at, dir)) = point_at(&shifted, total, fraction) else {
                continue;
            };
            let normal = vec2(-dir.y, dir.x);
            for side in [1.0_f32, -1.0] {
                let centre = at
                    + normal
                        * side
                        * (reach + text_size.y / 2.0 + text_size.x * 0.5 * normal.x.abs());
                candidates.push(Rect::from_center_size(centre, text_size));
                anchors.push((at, centre - at));
            }
        }
        if let Some(chosen) = placer.place(&candidates, false) {
            let (at, offset) = anchors[chosen];
            labels.push(Label {
                at: view.screen_to_map(at),
                offset,
                anchor: Align2::CENTER_CENTER,
                text: value,
                size,
                color: band.color.to_opaque(),
                halo: Some(style::HALO),
                bold: true,
                measured: text_size,
            });
        }
    }
    labels
}

pub(super) const FLOW_LABEL_SIZE: f32 = 13.0;

/// Keeps labels from covering each other. Taken space is filed in a grid of screen cells, so a
/// candidate is compared only with what lies in the cells it covers.
pub(super) struct LabelPlacer {
    screen: Rect,
    columns: usize,
    rows: usize,
    /// For each cell, row by row, the taken rectangles that reach into it: copies, so a test
    /// reads one cell's list straight through.
    cells: Vec<Vec<Rect>>,
    /// A bit for each small block of the screen, row by row, set when the block lies inside a
    /// taken rectangle: in a crowded view most candidates land on one and are turned down
    /// without reading the cells.
    covered: Vec<u64>,
    /// Blocks across and down, and words in a row of `covered`.
    blocks: (usize, usize),
    words: usize,
}

impl LabelPlacer {
    const CELL: f32 = 64.0;
    /// Side of a block of `covered`, in screen points.
    const BLOCK: f32 = 8.0;

    pub(super) fn new(screen: Rect) -> Self {
        let columns = ((screen.width() / Self::CELL).ceil() as usize).max(1);
        let rows = ((screen.height() / Self::CELL).ceil() as usize).max(1);
        let blocks = (
            ((screen.width() / Self::BLOCK).ceil() as usize).max(1),
            ((screen.height() / Self::BLOCK).ceil() as usize).max(1),
        );
        let words = blocks.0.div_ceil(64);
        LabelPlacer {
            screen,
            columns,
            rows,
            cells: vec![Vec::new(); columns * rows],
            covered: vec![0; words * blocks.1],
            blocks,
            words,
        }
    }

    /// Marks the blocks inside `r`. They are found a point inside it all round, so rounding
    /// cannot mark a block that reaches out of it.
    fn cover(&mut self, r: Rect) {
        let inner = r.shrink(1.0);
        // Blocks from the first that starts after `min` to the last that ends before `max`.
        let range = |min: f32, max: f32, origin: f32, count: usize| {
            let first = ((min - origin) / Self::BLOCK).ceil().max(0.0) as usize;
            let end = (((max - origin) / Self::BLOCK).floor().max(0.0) as usize).min(count);
            first..end
        };
        let (x0, y0) = (self.screen.min.x, self.screen.min.y);
        let columns = range(inner.min.x, inner.max.x, x0, self.blocks.0);
        for y in range(inner.min.y, inner.max.y, y0, self.blocks.1) {
            for x in columns.clone() {
                self.covered[y * self.words + x / 64] |= 1 << (x % 64);
            }
        }
    }

    /// Whether `r`, on screen, reaches into a covered block.
    fn on_covered(&self, r: Rect) -> bool {
        let block = |v: f32, origin: f32, count: usize| {
            (((v - origin) / Self::BLOCK) as usize).min(count - 1)
        };
        let (x0, y0) = (self.screen.min.x, self.screen.min.y);
        let (from, to) = (
            block(r.min.x, x0, self.blocks.0),
            block(r.max.x, x0, self.blocks.0),
        );
        (block(r.min.y, y0, self.blocks.1)..=block(r.max.y, y0, self.blocks.1)).any(|y| {
            let row = &self.covered[y * self.words..(y + 1) * self.words];
            (from / 64..=to / 64).any(|w| {
                let lo = if w == from / 64 { from % 64 } else { 0 };
                let hi = if w == to / 64 { to % 64 } else { 63 };
                row[w] & (u64::MAX >> (63 - hi)) & (u64::MAX << lo) != 0
            })
        })
    }

    /// The cells `r` covers, clamped to the grid: (columns, rows).
    fn span(
        &self,
        r: Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        // The cast truncates, and takes anything below zero to zero, as flooring and clamping
        // would, without a call to `floorf` on targets lacking a rounding instruction.
        let cell = |v: f32, origin: f32, count: usize| {
            (((v - origin) / Self::CELL) as usize).min(count - 1)
        };
        let (x0, y0) = (self.screen.min.x, self.screen.min.y);
        (
            cell(r.min.x, x0, self.columns)..=cell(r.max.x, x0, self.columns),
            cell(r.min.y, y0, self.rows)..=cell(r.max.y, y0, self.rows),
        )
    }

    pub(super) fn occupy(&mut self, r: Rect) {
        if !r.intersects(self.screen) {
            return;
        }
        let (columns, rows) = self.span(r);
        for y in rows {
            for x in columns.clone() {
                self.cells[y * self.columns + x].push(r);
            }
        }
        self.cover(r);
    }

    fn is_free(&self, r: Rect) -> bool {
        self.screen.contains_rect(r) && !self.on_covered(r) && self.free_in_cells(r)
    }

    /// Whether `r` meets no taken rectangle, by the cells alone.
    fn free_in_cells(&self, r: Rect) -> bool {
        let (columns, rows) = self.span(r);
        !rows.into_iter().any(|y| {
            columns.clone().any(|x| {
                self.cells[y * self.columns + x]
                    .iter()
                    .any(|t| t.intersects(r))
            })
        })
    }

    /// Takes the first free rectangle of `candidates`, or the first one if `force`; returns
    /// which it took.
    pub(super) fn place(&mut self, candidates: &[Rect], force: bool) -> Option<usize> {
        let chosen = candidates
            .iter()
            .position(|r| self.is_free(*r))
            .or((force && !candidates.is_empty()).then_some(0))?;
        self.occupy(candidates[chosen].expand(2.0));
        Some(chosen)
    }
}

/// How a node ranks for label room, highlighting aside: the places people know (cities, ports)
/// before crossings, then by how many links meet there.
pub(super) fn label_rank(
    route: &Route,
    links_at: &[usize],
    i: usize,
) -> (u8, std::cmp::Reverse<usize>, usize) {
    let rank = match route.nodes[i].kind {
        NodeKind::City => 0,
        NodeKind::Port => 1,
        NodeKind::Terminal => 2,
        NodeKind::RailJunction => 3,
        NodeKind::BorderCrossing => 4,
        NodeKind::Place => 5,
    };
    (
        rank,
        std::cmp::Reverse(links_at.get(i).copied().unwrap_or(0)),
        i,
    )
}

/// Every node, best placed to be labelled first.
pub(super) fn label_order(route: &Route, links_at: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..route.nodes.len()).collect();
    order.sort_by_key(|&i| label_rank(route, links_at, i));
    order
}

/// Labels of the places on screen: the highlighted ones first, then `must` (the places a slide
/// is about), both placed wherever there is room clear of `covered` even when crowded, then the
/// rest by rank where they fit.
#[allow(clippy::too_many_arguments)]
pub(super) fn node_labels(
    route: &Route,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    highlight: Highlight,
    must: &[usize],
    covered: &[Rect],
    size: f32,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let (node_points, links_at) = (&geometry.nodes, &geometry.links_at);
    let emphasised = |i: usize| {
        [highlight.selected, highlight.hovered]
            .into_iter()
            .flatten()
            .any(|t| t == Target::Node(i))
    };
    // Only places on or near the screen compete for label room.
    let near_screen = view.screen.expand(200.0);
    let near = |i: usize| near_screen.contains(view.map_to_screen(node_points[i]));
    let built;
    let order: &[usize] = if geometry.label_order.len() == route.nodes.len() {
        &geometry.label_order
    } else {
        built = label_order(route, links_at);
        &built
    };
    // Highlighted nodes first, then the rest in rank order.
    let mut first: Vec<usize> = [highlight.selected, highlight.hovered]
        .into_iter()
        .filter_map(|t| match t {
            Some(Target::Node(i)) if i < route.nodes.len() && near(i) => Some(i),
            _ => None,
        })
        .collect();
    first.sort_by_key(|&i| label_rank(route, links_at, i));
    first.dedup();
    let mut musts: Vec<usize> = must
        .iter()
        .copied()
        .filter(|&i| i < route.nodes.len() && near(i) && !first.contains(&i))
        .collect();
    musts.sort_by_key(|&i| label_rank(route, links_at, i));
    musts.dedup();
    let forced = first.len() + musts.len();
    first.extend(musts);
    let rest = order
        .iter()
        .copied()
        .filter(|&i| !emphasised(i) && !must.contains(&i) && near(i));
    let in_reach = view.screen.expand(40.0);
    let mut labels = Vec::new();
    for (k, i) in first
        .into_iter()
        .chain(rest)
        .take(LABEL_CANDIDATES)
        .enumerate()
    {
        let node = &route.nodes[i];
        let c = view.map_to_screen(node_points[i]);
        if !in_reach.contains(c) {
            continue;
        }
        let bold = emphasised(i);
        let text_size = measure(&node.name, size, bold);
        let (_, radius) = style::node_marker(node.kind);
        let gap = radius + 7.0;
        let candidates = [
            (vec2(gap, 0.0), Align2::LEFT_CENTER),
            (vec2(-gap, 0.0), Align2::RIGHT_CENTER),
            (vec2(0.0, -gap), Align2::CENTER_BOTTOM),
            (vec2(0.0, gap), Align2::CENTER_TOP),
            (vec2(gap * 0.7, -gap * 0.7), Align2::LEFT_BOTTOM),
            (vec2(gap * 0.7, gap * 0.7), Align2::LEFT_TOP),
            (vec2(-gap * 0.7, -gap * 0.7), Align2::RIGHT_BOTTOM),
            (vec2(-gap * 0.7, gap * 0.7), Align2::RIGHT_TOP),
        ];
        let rects = candidates.map(|(offset, anchor)| anchor.anchor_size(c + offset, text_size));
        let chosen = placer.place(&rects, false).or_else(|| {
            // A label that must be shown goes where it is at least on screen and clear of the
            // cards, over other labels if it has to.
            (k < forced).then(|| {
                let clear = rects.iter().position(|r| {
                    view.screen.contains_rect(*r) && !covered.iter().any(|c| c.intersects(*r))
                });
                let pick = clear.unwrap_or(0);
                placer.place(&[rects[pick]], true).map(|_| pick)
            })?
        });
        if let Some(chosen) = chosen {
            let (offset, anchor) = candidates[chosen];
            labels.push(Label {
                at: node_points[i],
                offset,
                anchor,
                text: node.name.to_string(),
                size,
                color: if bold {
                    style::SELECTED_LABEL
                } else {
                    style::LABEL
                },
                halo: Some(style::HALO),
                bold,
                measured: text_size,
            });
        }
    }
    labels
}

/// Each named area's name, at the first place inside it that is free.
pub(super) fn area_labels(
    route: &Route,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let screen = view.screen.shrink(10.0);
    let mut labels = Vec::new();
    for (area, mesh) in route.areas.iter().zip(&geometry.areas) {
        let Some(mesh) = mesh else { continue };
        if area.name.is_empty() {
            continue;
        }
        let size = measure(&area.name, SEA_LABEL_SIZE, false);
        let [r, g, b] = area.rgb().unwrap_or(style::AREA_RGB);
        let at = mesh.label_anchors.iter().copied().find(|&at| {
            let rect = Rect::from_center_size(view.map_to_screen(at), size);
            screen.contains_rect(rect) && placer.place(&[rect], false).is_some()
        });
        if let Some(at) = at {
            labels.push(Label {
                at,
                offset: Vec2::ZERO,
                anchor: Align2::CENTER_CENTER,
                text: area.name.to_string(),
                size: SEA_LABEL_SIZE,
                color: Color32::from_rgb(r / 2, g / 2, b / 2),
                halo: Some(style::HALO),
                bold: false,
                measured: size,
            });
        }
    }
    labels
}

/// The seas' names, in `language` where they have a name in it, each centred on its sea where
/// there is room.
pub(super) fn sea_labels(
    projection: &Projection,
    view: &ScreenTransform,
    language: &str,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let mut labels = Vec::new();
    for sea in SEAS.iter() {
        let (name, lat, lon) = (names::sea_name(sea, language), sea.lat, sea.lon);
        let at = projection.project(lat, lon);
        let c = view.map_to_screen(at);
        let size = measure(name, SEA_LABEL_SIZE, false);
        let rect = Rect::from_center_size(c, size);
        if placer.place(&[rect], false).is_some() {
            labels.push(Label {
                at,
                offset: Vec2::ZERO,
                anchor: Align2::CENTER_CENTER,
                text: name.to_string(),
                size: SEA_LABEL_SIZE,
                color: style::WATER_LABEL,
                halo: None,
                bold: false,
                measured: size,
            });
        }
    }
    labels
}

/// The names of the countries, in capitals and in `language` where they have a name in it, the
/// largest first, where each fits inside its country.
pub(super) fn country_labels(
    basemap: &BasemapMeshes,
    view: &ScreenTransform,
    language: &str,
    measure: &MeasureText<'_>,
    placer: &mut LabelPlacer,
) -> Vec<Label> {
    let screen = view.screen.shrink(10.0);
    let mut order: Vec<usize> = (0..basemap.countries.len()).collect();
    order.sort_by(|&a, &b| {
        basemap.countries[b]
            .area
            .total_cmp(&basemap.countries[a].area)
    });
    let mut labels = Vec::new();
    for i in order {
        let country = &basemap.countries[i];
        let min = view.map_to_screen(MapPoint::new(
            country.bounds.min().x,
            country.bounds.max().y,
        ));
        let max = view.map_to_screen(MapPoint::new(
            country.bounds.max().x,
            country.bounds.min().y,
        ));
        let on_screen = Rect::from_min_max(min, max);
        if !on_screen.intersects(screen) {
            continue;
        }
        let text = names::uppercase(names::country_name(&country.name, language), language);
        let size = measure(&text, COUNTRY_LABEL_SIZE, false);
        if on_screen.width() < size.x * 1.3 || on_screen.height() < size.y * 2.0 {
            continue;
        }
        // Of the anchors on screen, the one nearest their middle reads as "the country here".
        let visible: Vec<Pos2> = country
            .label_anchors
            .iter()
            .map(|&a| view.map_to_screen(a))
            .filter(|p| screen.shrink2(size * 0.5).contains(*p))
            .collect();
        if visible.is_empty() {
            continue;
        }
        let mean = visible.iter().fold(Vec2::ZERO, |s, p| s + p.to_vec2()) / visible.len() as f32;
        let mut by_distance = visible.clone();
        by_distance.sort_by(|a, b| {
            a.distance_sq(mean.to_pos2())
                .total_cmp(&b.distance_sq(mean.to_pos2()))
        });
        let candidates: Vec<(Rect, Vec2, Align2)> = by_distance
            .iter()
            .take(6)
            .map(|&p| {
                (
                    Rect::from_center_size(p, size),
                    p.to_vec2(),
                    Align2::CENTER_CENTER,
                )
            })
            .collect();
        let rects: Vec<Rect> = candidates.iter().map(|c| c.0).collect();
        if let Some(chosen) = placer.place(&rects, false) {
            let (_, p, anchor) = candidates[chosen];
            let at = view.screen_to_map(pos2(p.x, p.y));
            labels.push(Label {
                at,
                offset: Vec2::ZERO,
                anchor,
                text,
                size: COUNTRY_LABEL_SIZE,
                color: style::COUNTRY_LABEL,
                halo: None,
                bold: false,
                measured: size,
            });
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placer_avoids_taken_space() {
        let mut placer = LabelPlacer::new(Rect::from_min_size(Pos2::ZERO, vec2(100.0, 100.0)));
        placer.occupy(Rect::from_min_size(pos2(40.0, 40.0), vec2(20.0, 20.0)));
        let right = Rect::from_min_size(pos2(50.0, 45.0), vec2(20.0, 10.0));
        let left = Rect::from_min_size(pos2(10.0, 45.0), vec2(20.0, 10.0));
        assert_eq!(placer.place(&[right, left], false), Some(1));
        assert_eq!(placer.place(&[right], false), None);
        assert_eq!(placer.place(&[right], true), Some(0), "forced");
        let outside = Rect::from_min_size(pos2(95.0, 0.0), vec2(20.0, 10.0));
        assert_eq!(placer.place(&[outside], false), None, "off screen");
    }

    /// The covered-block shortcut turns down only what the cells would: a crowd of labels of
    /// every size and at every fraction of a point, tried against the grid both ways.
    #[test]
    fn covered_blocks_agree_with_the_cells() {
        let screen = Rect::from_min_size(pos2(3.5, 17.25), vec2(1003.0, 611.0));
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 24) as f32
        };
        let mut placer = LabelPlacer::new(screen);
        let (mut turned_down, mut taken) = (0, 0);
        for _ in 0..20_000 {
            let min = screen.min + vec2(next() * 1100.0 - 50.0, next() * 700.0 - 50.0);
            let r = Rect::from_min_size(min, vec2(next() * 120.0, next() * 30.0));
            let by_cells = placer.screen.contains_rect(r) && placer.free_in_cells(r);
            assert_eq!(placer.is_free(r), by_cells, "{r:?}");
            if placer.screen.contains_rect(r) && placer.on_covered(r) {
                turned_down += 1;
            }
            if placer.place(&[r], false).is_some() {
                taken += 1;
            }
        }
        assert!(taken > 100 && turned_down > 1000, "{taken} {turned_down}");
    }
}
