//! Many thin lines as one triangle mesh, kept in map coordinates.
//!
//! A crowded view draws tens of thousands of links in plain thin lines. Tessellating each as its
//! own shape every frame costs more than a frame; instead each vertex is stored once per
//! projection as a map point with a screen-space offset from it (the line's normal times its
//! half-width), so a frame only moves the vertices to the screen and copies the indices.

use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Vec2, pos2};

use crate::map::camera::ScreenTransform;
use crate::map::projection::MapPoint;

/// Width, in screen points, of the soft edge on each side of a line, as egui feathers its own.
const FEATHER: f32 = 1.0;

/// A vertex of a line: a point on the map, and where the vertex sits from it on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StripVertex {
    pub at: MapPoint,
    /// From `at` to the vertex, in screen points.
    pub offset: Vec2,
    pub color: Color32,
}

/// One polyline's vertices and its triangles, whose indices count from its first vertex.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Item {
    vertices: (u32, u32),
    indices: (u32, u32),
}

/// Polylines of a fixed screen width, one per item, ready to be placed on screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Strips {
    vertices: Vec<StripVertex>,
    indices: Vec<u32>,
    items: Vec<Item>,
}

impl Strips {
    /// Adds a polyline `width` screen points wide as the next item; a line of fewer than two
    /// points adds an empty item, so items stay numbered as their sources.
    pub fn push(&mut self, points: &[MapPoint], width: f32, color: Color32) {
        let v0 = self.vertices.len() as u32;
        let i0 = self.indices.len() as u32;
        if points.len() >= 2 {
            // Map y runs north, screen y south: normals are worked out in screen orientation.
            let origin = points[0];
            let screen: Vec<Pos2> = points
                .iter()
                .map(|p| pos2((p.x - origin.x) as f32, (origin.y - p.y) as f32))
                .collect();
            let normals = path_normals(&screen);
            let across = Across::new(width, color);
            for &(i, n) in &normals {
                for (offset, color) in across.vertices(n) {
                    self.vertices.push(StripVertex {
                        at: points[i],
                        offset,
                        color,
                    });
                }
            }
            strip_indices(normals.len(), across.lanes(), &mut self.indices);
        }
        self.items.push(Item {
            vertices: (v0, self.vertices.len() as u32),
            indices: (i0, self.indices.len() as u32),
        });
    }

    /// Forgets every item, keeping the memory for the next.
    pub fn clear(&mut self) {
        self.vertices.clear();
        self.indices.clear();
        self.items.clear();
    }

    /// Item `i`'s vertices, and its triangles with indices counted from its first vertex.
    pub fn item(&self, i: usize) -> Option<(&[StripVertex], &[u32])> {
        let item = self.items.get(i)?;
        Some((
            self.vertices
                .get(item.vertices.0 as usize..item.vertices.1 as usize)?,
            self.indices
                .get(item.indices.0 as usize..item.indices.1 as usize)?,
        ))
    }

    /// Appends the items `which`, placed on screen by `view`, to `mesh`.
    pub fn append(
        &self,
        which: impl IntoIterator<Item = usize>,
        view: &ScreenTransform,
        mesh: &mut Mesh,
    ) {
        let scale = 1.0 / view.camera.km_per_px;
        let c = view.screen.center();
        let (cx, cy) = (view.camera.center.x, view.camera.center.y);
        let which: Vec<usize> = which.into_iter().collect();
        let (vertices, indices) = which
            .iter()
            .filter_map(|&i| self.item(i))
            .fold((0, 0), |(v, n), (vertices, indices)| {
                (v + vertices.len(), n + indices.len())
            });
        mesh.vertices.reserve(vertices);
        mesh.indices.reserve(indices);
        for (vertices, indices) in which.into_iter().filter_map(|i| self.item(i)) {
            let base = mesh.vertices.len() as u32;
            mesh.vertices.extend(vertices.iter().map(|v| Vertex {
                pos: pos2(
                    (f64::from(c.x) + (v.at.x - cx) * scale) as f32 + v.offset.x,
                    (f64::from(c.y) - (v.at.y - cy) * scale) as f32 + v.offset.y,
                ),
                uv: WHITE_UV,
                color: v.color,
            }));
            mesh.indices.extend(indices.iter().map(|&i| base + i));
        }
    }
}

/// Appends a screen polyline `width` points wide to `mesh`, feathered like egui's own lines.
pub fn push_screen_line(mesh: &mut Mesh, points: &[Pos2], width: f32, color: Color32) {
    if points.len() < 2 {
        return;
    }
    let base = mesh.vertices.len() as u32;
    let across = Across::new(width, color);
    let normals = path_normals(points);
    for &(i, n) in &normals {
        for (offset, color) in across.vertices(n) {
            mesh.vertices.push(Vertex {
                pos: points[i] + offset,
                uv: WHITE_UV,
                color,
            });
        }
    }
    let start = mesh.indices.len();
    strip_indices(normals.len(), across.lanes(), &mut mesh.indices);
    for i in &mut mesh.indices[start..] {
        *i += base;
    }
}

/// The vertices across a line at each of its points, as egui's tessellator lays them: a line
/// narrower than the feather is a ridge as wide as the feather, fainter; a wider one has a solid
/// core between two feathered edges.
struct Across {
    inner: f32,
    outer: f32,
    color: Color32,
}

impl Across {
    fn new(width: f32, color: Color32) -> Self {
        if width <= 0.9 * FEATHER {
            Across {
                inner: 0.0,
                outer: FEATHER,
                color: color.gamma_multiply(width.max(0.0) / FEATHER),
            }
        } else {
            Across {
                inner: (width - FEATHER) / 2.0,
                outer: (width + FEATHER) / 2.0,
                color,
            }
        }
    }

    /// Triangle strips side by side along the line: two for a ridge, three with a core.
    fn lanes(&self) -> u32 {
        if self.inner > 0.0 { 3 } else { 2 }
    }

    /// The vertices at a point with normal `n`: offsets from it and colours, one side to the
    /// other.
    fn vertices(&self, n: Vec2) -> impl Iterator<Item = (Vec2, Color32)> + use<> {
        let (inner, outer, color) = (self.inner, self.outer, self.color);
        let ridge = [
            (n * outer, Color32::TRANSPARENT),
            (Vec2::ZERO, color),
            (-n * outer, Color32::TRANSPARENT),
        ];
        let core = [
            (n * outer, Color32::TRANSPARENT),
            (n * inner, color),
            (-n * inner, color),
            (-n * outer, Color32::TRANSPARENT),
        ];
        let lanes = self.lanes();
        (0..lanes + 1).map(move |k| {
            if lanes == 3 {
                core[k as usize]
            } else {
                ridge[k as usize]
            }
        })
    }
}

/// Triangles joining the vertices at each of `points` points to the next's, `lanes` strips wide.
fn strip_indices(points: usize, lanes: u32, indices: &mut Vec<u32>) {
    let across = lanes + 1;
    for k in 0..points.saturating_sub(1) as u32 {
        let (a, b) = (k * across, (k + 1) * across);
        for lane in 0..lanes {
            let (a0, a1, b0, b1) = (a + lane, a + lane + 1, b + lane, b + lane + 1);
            indices.extend_from_slice(&[a0, a1, b0, a1, b1, b0]);
        }
    }
}

/// The normals along a path as egui's tessellator finds them: mitred at corners, and a corner
/// sharper than a right angle cut off by two normals at the same point. Each is given with the
/// index of its point.
fn path_normals(points: &[Pos2]) -> Vec<(usize, Vec2)> {
    let n = points.len();
    let normal = |a: Pos2, b: Pos2| (b - a).normalized().rot90();
    let mut out = Vec::with_capacity(n + 2);
    if n < 2 {
        return out;
    }
    out.push((0, normal(points[0], points[1])));
    let mut n0 = normal(points[0], points[1]);
    for i in 1..n - 1 {
        let mut n1 = normal(points[i], points[i + 1]);
        if n0 == Vec2::ZERO {
            n0 = n1;
        } else if n1 == Vec2::ZERO {
            n1 = n0;
        }
        let mid = (n0 + n1) * 0.5;
        let length_sq = mid.length_sq();
        if length_sq < 0.5 {
            let centre = mid.normalized();
            let n0c = (n0 + centre) * 0.5;
            let n1c = (n1 + centre) * 0.5;
            out.push((i, n0c / n0c.length_sq()));
            out.push((i, n1c / n1c.length_sq()));
        } else {
            out.push((i, mid / length_sq));
        }
        n0 = n1;
    }
    out.push((n - 1, normal(points[n - 2], points[n - 1])));
    out.retain(|(_, v)| v.x.is_finite() && v.y.is_finite());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::camera::Camera;
    use egui::{Rect, vec2};

    #[test]
    fn a_strip_lands_where_its_points_are_on_screen() {
        let mut strips = Strips::default();
        strips.push(&[MapPoint::new(0.0, 0.0)], 1.0, Color32::RED);
        strips.push(
            &[MapPoint::new(0.0, 0.0), MapPoint::new(100.0, 0.0)],
            3.0,
            Color32::RED,
        );
        let screen = Rect::from_min_size(Pos2::ZERO, vec2(200.0, 100.0));
        let view = ScreenTransform::new(Camera::new(MapPoint::new(50.0, 0.0), 1.0), screen);
        let mut mesh = Mesh::default();
        strips.append([0, 1], &view, &mut mesh);
        assert_eq!(mesh.vertices.len(), 8, "nothing for the single point");
        assert_eq!(mesh.indices.len(), 18);
        let mut thin = Mesh::default();
        push_screen_line(
            &mut thin,
            &[pos2(0.0, 0.0), pos2(10.0, 0.0)],
            0.5,
            Color32::RED,
        );
        assert_eq!(thin.vertices.len(), 6, "a ridge");
        assert_eq!(thin.vertices[1].color, Color32::RED.gamma_multiply(0.5));
        let ys: Vec<f32> = mesh.vertices[..4].iter().map(|v| v.pos.y).collect();
        assert_eq!(ys, vec![48.0, 49.0, 51.0, 52.0]);
        assert_eq!(mesh.vertices[0].pos.x, 50.0);
        assert_eq!(mesh.vertices[4].pos.x, 150.0);
        assert!(mesh.indices.iter().all(|&i| i < 8));
    }
}
