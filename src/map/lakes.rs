//! Natural Earth's large lakes: its country shapes cover the Great Lakes, Victoria, Baikal or
//! Balkhash as land, so the basemap draws these over the land as water.

use std::sync::OnceLock;

use geo::MultiPolygon;

use super::topology::{TopologyError, read_polygons};

/// The lakes of at least 2,000 km², simplified, as `scripts/lakes.sh` prepares them.
const LAKES: &str = include_str!("../../data/basemap/lakes.json");

#[derive(Debug, thiserror::Error)]
#[error("the built-in lakes could not be read: {0}")]
pub struct LakesError(String);

/// The large lakes in longitude and latitude, read once.
pub fn read_lakes() -> Result<&'static [MultiPolygon<f64>], LakesError> {
    static LAKE_SHAPES: OnceLock<Result<Vec<MultiPolygon<f64>>, String>> = OnceLock::new();
    LAKE_SHAPES
        .get_or_init(|| {
            read_polygons(LAKES, "lakes")
                .map(|lakes| lakes.into_iter().map(|(_, shape)| shape).collect())
                .map_err(|e: TopologyError| e.to_string())
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(|e| LakesError(e.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lakes_are_few_and_small() {
        let lakes = read_lakes().expect("built-in lakes");
        assert!((50..100).contains(&lakes.len()), "{} lakes", lakes.len());
        let points: usize = lakes
            .iter()
            .flat_map(|lake| lake.0.iter())
            .map(|polygon| polygon.exterior().0.len())
            .sum();
        assert!(points < 6_000, "{points} points");
        assert!(LAKES.len() < 50_000, "{} bytes", LAKES.len());
    }
}
