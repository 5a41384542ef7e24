//! Reads the shipped basemap, TopoJSON as the world-atlas package writes it: countries as
//! polygons of shared arcs, the arcs delta-encoded on a quantized grid. Decoding the arcs once
//! and stitching rings from them straight into `geo` polygons is several times faster than
//! going through GeoJSON, and every picture and first frame waits for it.

use std::collections::HashMap;

use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::Deserialize;

/// A topology: shared arcs, and named collections of geometries made of them.
#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[f64; 2]>>,
    transform: Option<Transform>,
    objects: HashMap<String, Object>,
}

/// How quantized positions map to longitude and latitude.
#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Object {
    #[serde(default)]
    geometries: Vec<Geometry>,
}

/// A polygon is a list of rings, each a list of arc indices (`!i`, that is `-i - 1`, for arc `i`
/// run backwards); a multipolygon a list of those.
#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
        #[serde(default)]
        properties: Properties,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
        #[serde(default)]
        properties: Properties,
    },
    #[serde(other)]
    Other,
}

#[derive(Default, Deserialize)]
struct Properties {
    #[serde(default)]
    name: String,
}

/// Why a topology could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TopologyError {
    #[error("not TopoJSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("it has no object named \"{0}\"")]
    NoObject(String),
    #[error("a ring names arc {0}, which it does not have")]
    NoArc(i64),
}

/// The named polygons of object `name` in `text`, in longitude and latitude.
pub fn read_polygons(
    text: &str,
    name: &str,
) -> Result<Vec<(String, MultiPolygon<f64>)>, TopologyError> {
    let topology: Topology = serde_json::from_str(text)?;
    let arcs = decode_arcs(&topology);
    let object = topology
        .objects
        .get(name)
        .ok_or_else(|| TopologyError::NoObject(name.to_owned()))?;
    let mut out = Vec::with_capacity(object.geometries.len());
    for geometry in &object.geometries {
        let (polygons, properties) = match geometry {
            Geometry::Polygon {
                arcs: rings,
                properties,
            } => (vec![polygon(&arcs, rings)?], properties),
            Geometry::MultiPolygon {
                arcs: parts,
                properties,
            } => (
                parts
                    .iter()
                    .map(|rings| polygon(&arcs, rings))
                    .collect::<Result<Vec<_>, _>>()?,
                properties,
            ),
            Geometry::Other => continue,
        };
        out.push((properties.name.clone(), MultiPolygon(polygons)));
    }
    Ok(out)
}

/// Every arc in longitude and latitude: positions summed from their deltas and scaled when the
/// topology is quantized.
fn decode_arcs(topology: &Topology) -> Vec<Vec<Coord<f64>>> {
    topology
        .arcs
        .iter()
        .map(|arc| match &topology.transform {
            Some(t) => {
                let (mut x, mut y) = (0.0, 0.0);
                arc.iter()
                    .map(|[dx, dy]| {
                        x += dx;
                        y += dy;
                        Coord {
                            x: x * t.scale[0] + t.translate[0],
                            y: y * t.scale[1] + t.translate[1],
                        }
                    })
                    .collect()
            }
            None => arc.iter().map(|&[x, y]| Coord { x, y }).collect(),
        })
        .collect()
}

fn polygon(arcs: &[Vec<Coord<f64>>], rings: &[Vec<i64>]) -> Result<Polygon<f64>, TopologyError> {
    let mut rings = rings.iter().map(|ring| stitch(arcs, ring));
    let exterior = rings
        .next()
        .transpose()?
        .unwrap_or_else(|| LineString::new(Vec::new()));
    let interiors = rings.collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon::new(exterior, interiors))
}

/// A ring from its arcs, each after the first joined at the point it shares with the one before.
fn stitch(arcs: &[Vec<Coord<f64>>], ring: &[i64]) -> Result<LineString<f64>, TopologyError> {
    let mut points: Vec<Coord<f64>> = Vec::new();
    for &index in ring {
        let (i, backwards) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = usize::try_from(i)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or(TopologyError::NoArc(index))?;
        let skip = usize::from(!points.is_empty());
        if backwards {
            points.extend(arc.iter().rev().skip(skip));
        } else {
            points.extend(arc.iter().skip(skip));
        }
    }
    Ok(LineString::new(points))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two squares sharing an edge, the second with its shared arc run backwards.
    const TWO_SQUARES: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "arcs": [
            [[2, 0], [0, 2]],
            [[2, 2], [-2, 0], [0, -2], [2, 0]],
            [[2, 0], [2, 0], [0, 2], [-2, 0]]
        ],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "West"}},
            {"type": "MultiPolygon", "arcs": [[[-1, 2]]], "properties": {"name": "East"}},
            {"type": "Point", "coordinates": [0, 0]}
        ]}}
    }"#;

    #[test]
    fn rings_are_stitched_from_shared_arcs() {
        let polygons = read_polygons(TWO_SQUARES, "countries").expect("a topology");
        let names: Vec<&str> = polygons.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["West", "East"]);
        let ring = |i: usize| -> Vec<(f64, f64)> {
            polygons[i].1.0[0]
                .exterior()
                .0
                .iter()
                .map(|c| (c.x, c.y))
                .collect()
        };
        assert_eq!(
            ring(0),
            [
                (11.0, 20.0),
                (11.0, 21.0),
                (10.0, 21.0),
                (10.0, 20.0),
                (11.0, 20.0)
            ]
        );
        assert_eq!(
            ring(1),
            [
                (11.0, 21.0),
                (11.0, 20.0),
                (12.0, 20.0),
                (12.0, 21.0),
                (11.0, 21.0)
            ]
        );
    }

    #[test]
    fn a_missing_arc_or_object_is_an_error() {
        assert!(matches!(
            read_polygons(TWO_SQUARES, "lakes"),
            Err(TopologyError::NoObject(_))
        ));
        let broken = TWO_SQUARES.replace("[[0, 1]]", "[[0, 7]]");
        assert!(matches!(
            read_polygons(&broken, "countries"),
            Err(TopologyError::NoArc(7))
        ));
    }

    #[test]
    fn the_shipped_basemap_reads_the_same_as_through_geojson() {
        let text = include_str!("../../data/basemap/countries-110m.json");
        let ours = read_polygons(text, "countries").expect("the built-in basemap");
        let Ok(topojson::TopoJson::Topology(topo)) = text.parse::<topojson::TopoJson>() else {
            panic!("topojson reads it");
        };
        let features = topojson::to_geojson(&topo, "countries").expect("as GeoJSON");
        assert_eq!(ours.len(), features.features.len());
        for ((name, shape), feature) in ours.iter().zip(&features.features) {
            let theirs: geo::Geometry<f64> = feature
                .geometry
                .clone()
                .expect("a geometry")
                .value
                .try_into()
                .expect("a polygon");
            let theirs = match theirs {
                geo::Geometry::Polygon(p) => MultiPolygon(vec![p]),
                geo::Geometry::MultiPolygon(m) => m,
                other => panic!("{other:?}"),
            };
            assert_eq!(shape.0.len(), theirs.0.len(), "{name}");
            // The reference keeps the point where two arcs meet twice; the shapes are the same.
            let points = |ring: &LineString<f64>| -> Vec<(f64, f64)> {
                let mut out: Vec<(f64, f64)> = Vec::new();
                for c in &ring.0 {
                    if out
                        .last()
                        .is_none_or(|&(x, y)| (x - c.x).abs() + (y - c.y).abs() > 1e-9)
                    {
                        out.push((c.x, c.y));
                    }
                }
                out
            };
            for (a, b) in shape.0.iter().zip(&theirs.0) {
                let (pa, pb) = (points(a.exterior()), points(b.exterior()));
                assert_eq!(pa.len(), pb.len(), "{name}");
                for (p, q) in pa.iter().zip(&pb) {
                    assert!(
                        (p.0 - q.0).abs() < 1e-9 && (p.1 - q.1).abs() < 1e-9,
                        "{name}"
                    );
                }
                assert_eq!(a.interiors().len(), b.interiors().len(), "{name}");
            }
        }
    }
}
