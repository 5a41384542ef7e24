//! Turning files made by other tools into a [`Route`]: GeoJSON, a FlowmapBlue-style CSV pair,
//! and KML placemarks.
//!
//! Importers only translate; the result is checked by the same checker as a native route file.
//! What an importer had to leave out or guess is returned as warnings that name the place in the
//! file.

use crate::model::Route;

use super::Problem;

/// A route built from another format, with what was worth a warning.
#[derive(Clone, Debug)]
pub struct Imported {
    pub route: Route,
    pub warnings: Vec<Problem>,
}

/// Why an import failed: every problem found, each located in its file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFailure {
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvRole {
    Locations,
    Flows,
}

fn unsupported(file: &str) -> ImportFailure {
    ImportFailure {
        problems: vec![Problem::in_file(
            file,
            "importing this format is not available",
        )],
        warnings: Vec::new(),
    }
}

pub fn geojson(_text: &str, file: &str) -> Result<Imported, ImportFailure> {
    Err(unsupported(file))
}

pub fn kml(_text: &str, file: &str) -> Result<Imported, ImportFailure> {
    Err(unsupported(file))
}

pub fn flowmap_csv(
    _locations: &str,
    locations_file: &str,
    _flows: &str,
    _flows_file: &str,
) -> Result<Imported, ImportFailure> {
    Err(unsupported(locations_file))
}

pub fn csv_role(_text: &str) -> Option<CsvRole> {
    None
}
