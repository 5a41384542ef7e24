//! Polyline maths in screen points: lengths, offsets, points along a line, dashes, distances.
//! Shared by the map's lowering into drawing primitives and by hit testing.

use emath::{Pos2, Vec2, vec2};

/// The point a `fraction` of the way along a polyline, with the direction there.
pub fn point_at_fraction(points: &[Pos2], fraction: f32) -> Option<(Pos2, Vec2)> {
    point_at(points, polyline_length(points), fraction)
}

/// As [`point_at_fraction`], for a polyline `total` long, so several points along one line
/// measure it once.
pub fn point_at(points: &[Pos2], total: f32, fraction: f32) -> Option<(Pos2, Vec2)> {
    points_along(points, total.max(1.0), total * fraction.clamp(0.0, 1.0))
        .into_iter()
        .next()
}

pub fn polyline_length(points: &[Pos2]) -> f32 {
    points.windows(2).map(|w| w[0].distance(w[1])).sum()
}

/// The polyline moved `d` screen points to the left of its direction of travel, with mitred
/// corners (limited, so sharp turns don't spike).
pub fn offset_polyline(points: &[Pos2], d: f32) -> Vec<Pos2> {
    if d == 0.0 || points.len() < 2 {
        return points.to_vec();
    }
    let normal = |a: Pos2, b: Pos2| {
        let v = (b - a).normalized();
        vec2(v.y, -v.x)
    };
    let mut out = Vec::with_capacity(points.len());
    for i in 0..points.len() {
        let before = (i > 0).then(|| normal(points[i - 1], points[i]));
        let after = (i + 1 < points.len()).then(|| normal(points[i], points[i + 1]));
        let n = match (before, after) {
            (Some(a), Some(b)) => {
                let sum = a + b;
                if sum.length_sq() < 1e-6 {
                    a
                } else {
                    let m = sum.normalized();
                    // Mitre length 1 / cos(half angle), at most 2.
                    m / m.dot(a).max(0.5)
                }
            }
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => Vec2::ZERO,
        };
        if n.x.is_finite() && n.y.is_finite() {
            out.push(points[i] + n * d);
        }
    }
    out
}

/// Points at regular spacing along a screen polyline, with the direction there.
pub fn points_along(points: &[Pos2], spacing: f32, start: f32) -> Vec<(Pos2, Vec2)> {
    let mut out = Vec::new();
    if spacing <= 0.0 {
        return out;
    }
    let mut next = start;
    let mut travelled = 0.0;
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let len = a.distance(b);
        if len <= f32::EPSILON {
            continue;
        }
        let dir = (b - a) / len;
        while next <= travelled + len {
            out.push((a + dir * (next - travelled), dir));
            next += spacing;
        }
        travelled += len;
    }
    out
}

/// Splits a screen polyline into the pieces a dash pattern draws.
pub fn dash_pieces(points: &[Pos2], on: f32, off: f32) -> Vec<Vec<Pos2>> {
    let mut pieces = Vec::new();
    if on <= 0.0 || points.len() < 2 {
        return pieces;
    }
    let mut drawing = true;
    let mut left = on;
    let mut current = vec![points[0]];
    for pair in points.windows(2) {
        let (mut a, b) = (pair[0], pair[1]);
        let mut len = a.distance(b);
        while len > 0.0 {
            let step = left.min(len);
            let p = a + (b - a) * (step / len);
            if drawing {
                current.push(p);
            }
            len -= step;
            left -= step;
            a = p;
            if left <= 1e-4 {
                if drawing {
                    pieces.push(std::mem::take(&mut current));
                } else {
                    current = vec![a];
                }
                drawing = !drawing;
                left = if drawing { on } else { off };
            }
        }
    }
    if drawing && current.len() > 1 {
        pieces.push(current);
    }
    pieces
}

/// Distance from `p` to a polyline, in the same units.
pub fn distance_to_polyline(p: Pos2, points: &[Pos2]) -> f32 {
    points
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let ab = b - a;
            let t = if ab.length_sq() > 0.0 {
                ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
            } else {
                0.0
            };
            p.distance(a + ab * t)
        })
        .fold(f32::INFINITY, f32::min)
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::pos2;

    #[test]
    fn dashes_alternate_with_gaps() {
        let line = [pos2(0.0, 0.0), pos2(25.0, 0.0)];
        let pieces = dash_pieces(&line, 5.0, 5.0);
        let spans: Vec<(f32, f32)> = pieces.iter().map(|p| (p[0].x, p[p.len() - 1].x)).collect();
        assert_eq!(spans, vec![(0.0, 5.0), (10.0, 15.0), (20.0, 25.0)]);
    }

    #[test]
    fn dashes_turn_corners() {
        let line = [pos2(0.0, 0.0), pos2(3.0, 0.0), pos2(3.0, 10.0)];
        let pieces = dash_pieces(&line, 5.0, 2.0);
        assert_eq!(
            pieces[0],
            vec![pos2(0.0, 0.0), pos2(3.0, 0.0), pos2(3.0, 2.0)]
        );
        assert_eq!(pieces[1][0], pos2(3.0, 4.0));
    }

    #[test]
    fn points_along_are_evenly_spaced() {
        let line = [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(10.0, 10.0)];
        let pts = points_along(&line, 4.0, 2.0);
        let xs: Vec<Pos2> = pts.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            xs,
            vec![
                pos2(2.0, 0.0),
                pos2(6.0, 0.0),
                pos2(10.0, 0.0),
                pos2(10.0, 4.0),
                pos2(10.0, 8.0)
            ]
        );
        assert_eq!(pts[4].1, vec2(0.0, 1.0));
    }

    #[test]
    fn distance_to_a_polyline() {
        let line = [pos2(0.0, 0.0), pos2(10.0, 0.0)];
        assert_eq!(distance_to_polyline(pos2(5.0, 3.0), &line), 3.0);
        assert_eq!(distance_to_polyline(pos2(13.0, 4.0), &line), 5.0);
    }
}
