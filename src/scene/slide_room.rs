//! The room a slide's map gets: the free rectangle among the cards that shows the slide's places
//! largest, with space round them for their labels, and the camera that frames them there.

use emath::{Rect, Vec2, pos2, vec2};

use crate::map::camera::{Camera, MAX_KM_PER_PX};
use crate::map::projection::{MapPoint, bounding_box};
use crate::model::Route;
use crate::text::MeasureText;

use super::slide::SlidePage;
use super::slide_cards::label_scale;
use super::{NODE_LABEL_SIZE, RouteGeometry};

/// The free rectangle of `body`, clear of `taken` by a `gap`, that shows `points` largest, and
/// the scale it shows them at; `None` when no free rectangle can hold them with their labels.
pub(super) fn best_room(
    body: Rect,
    taken: &[Rect],
    points: &[MapPoint],
    margins: Vec2,
    gap: f32,
) -> Option<(Rect, f64)> {
    let (lo, hi) = bounding_box(points.iter().copied())?;
    let blocks: Vec<Rect> = taken.iter().map(|r| r.expand(gap)).collect();
    let mut xs = vec![body.left(), body.right()];
    let mut ys = vec![body.top(), body.bottom()];
    for b in &blocks {
        xs.extend([b.left(), b.right()]);
        ys.extend([b.top(), b.bottom()]);
    }
    let clamp = |v: f32, a: f32, b: f32| v.clamp(a, b);
    xs.iter_mut()
        .for_each(|x| *x = clamp(*x, body.left(), body.right()));
    ys.iter_mut()
        .for_each(|y| *y = clamp(*y, body.top(), body.bottom()));
    xs.sort_by(f32::total_cmp);
    ys.sort_by(f32::total_cmp);
    xs.dedup();
    ys.dedup();
    let mut best: Option<(Rect, f64)> = None;
    for (i, &x0) in xs.iter().enumerate() {
        for &x1 in &xs[i + 1..] {
            for (j, &y0) in ys.iter().enumerate() {
                for &y1 in &ys[j + 1..] {
                    let room = Rect::from_min_max(pos2(x0, y0), pos2(x1, y1));
                    if blocks.iter().any(|b| b.intersects(room.shrink(0.5))) {
                        continue;
                    }
                    let (w, h) = (
                        room.width() - 2.0 * margins.x,
                        room.height() - 2.0 * margins.y,
                    );
                    if w < 20.0 || h < 20.0 {
                        continue;
                    }
                    let km_per_px =
                        ((hi.x - lo.x) / f64::from(w)).max((hi.y - lo.y) / f64::from(h));
                    // Between rooms that show the places alike, the larger one shows more round them.
                    let better = best.is_none_or(|(r, k)| {
                        km_per_px < k * 0.999 || (km_per_px <= k * 1.001 && room.area() > r.area())
                    });
                    if better {
                        best = Some((room, km_per_px));
                    }
                }
            }
        }
    }
    best
}

/// The camera that shows `points` in `room` with `margins` for their labels. A single place is
/// shown with some country round it.
pub(super) fn frame(
    points: &[MapPoint],
    room: Rect,
    screen: Rect,
    margins: Vec2,
    single: bool,
) -> Camera {
    let Some((lo, hi)) = bounding_box(points.iter().copied()) else {
        return Camera::default();
    };
    let w = f64::from((room.width() - 2.0 * margins.x).max(1.0));
    let h = f64::from((room.height() - 2.0 * margins.y).max(1.0));
    let mut km_per_px = ((hi.x - lo.x) / w).max((hi.y - lo.y) / h);
    km_per_px = if single {
        km_per_px.clamp(1.2, MAX_KM_PER_PX)
    } else {
        km_per_px.clamp(0.05, MAX_KM_PER_PX)
    };
    let mut camera = Camera::new(lo.lerp(hi, 0.5), km_per_px);
    // The camera centres the screen; the places go in the middle of the room.
    let shift = room.center() - screen.center();
    camera.center.x -= f64::from(shift.x) * camera.km_per_px;
    camera.center.y += f64::from(shift.y) * camera.km_per_px;
    camera
}

/// The nodes a slide is about, labelled before all others: its focus.
pub(super) fn focus_nodes(route: &Route, page: SlidePage<'_>) -> Vec<usize> {
    match page {
        SlidePage::Story(slide) => slide
            .focus
            .nodes
            .iter()
            .filter_map(|id| route.node_index(id))
            .collect(),
        // The whole route: its places are shown, but not every one can be labelled.
        SlidePage::Title | SlidePage::Closing => Vec::new(),
    }
}

/// The map points a slide must show: its places and its bounds, or the whole route.
pub(super) fn focus_points(
    route: &Route,
    geometry: &RouteGeometry,
    page: SlidePage<'_>,
) -> Vec<MapPoint> {
    let whole = || -> Vec<MapPoint> {
        geometry
            .bounds()
            .map(|(lo, hi)| vec![lo, hi])
            .unwrap_or_default()
    };
    let SlidePage::Story(slide) = page else {
        return whole();
    };
    let mut points: Vec<MapPoint> = slide
        .focus
        .nodes
        .iter()
        .filter_map(|id| route.node_index(id))
        .filter_map(|i| geometry.nodes.get(i).copied())
        .collect();
    if let Some(b) = &slide.focus.bounds {
        let p = &geometry.projection;
        let (mid_lon, mid_lat) = ((b.west + b.east) / 2.0, (b.south + b.north) / 2.0);
        for (lat, lon) in [
            (b.south, b.west),
            (b.south, b.east),
            (b.north, b.west),
            (b.north, b.east),
            (b.south, mid_lon),
            (b.north, mid_lon),
            (mid_lat, b.west),
            (mid_lat, b.east),
        ] {
            points.push(p.project(lat, lon));
        }
    }
    if points.is_empty() {
        return whole();
    }
    points
}

/// Room round the places for their labels, across and up: the longest label beside a symbol,
/// and a line of text.
pub(super) fn label_margins(
    route: &Route,
    focus: &[usize],
    screen: Rect,
    measure: &MeasureText<'_>,
) -> Vec2 {
    let size = NODE_LABEL_SIZE * label_scale(screen);
    // Framing the whole route, any place may be at its edge.
    let named: Vec<usize> = if focus.is_empty() {
        (0..route.nodes.len()).collect()
    } else {
        focus.to_vec()
    };
    let widest = named
        .iter()
        .filter_map(|&i| route.nodes.get(i))
        .map(|n| measure(&n.name, size, true).x)
        .fold(0.0, f32::max);
    // Framing a whole route by its longest name would leave most of the room empty: past a
    // tenth of the screen a label finds a side with room.
    // Up and down a label needs only half its height: it sits beside its symbol.
    vec2(widest.min(screen.width() * 0.1) + 16.0, size * 0.8 + 8.0)
}
