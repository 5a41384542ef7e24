//! What a load gives: a route that passed its checks, with its warnings; how far a load has
//! got; and the check every importer's route goes through. Below both the file reader and the
//! CSV pair, which each make one.

use std::path::PathBuf;

use super::check_route;
use super::format::Format;
use super::import;
use super::problem::{LoadError, Problem};
use crate::model::Route;

/// A route that passed checking, with what was worth a warning.
#[derive(Clone, Debug)]
pub struct LoadedRoute {
    pub route: Route,
    /// The name problems and the title bar use: a path, or two for a CSV pair.
    pub file: String,
    pub warnings: Vec<Problem>,
    /// The files the route was read from, to watch them; empty for the built-in route.
    pub paths: Vec<PathBuf>,
    pub format: Format,
}

/// How far a load has got, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LoadStage {
    Reading { done: u64, total: u64 },
    Parsing,
    Checking,
}

impl LoadStage {
    /// Share of the whole load done, from 0 to 1; reading is taken as half of it.
    pub fn fraction(self) -> f32 {
        match self {
            LoadStage::Reading { done, total } if total > 0 => 0.5 * done as f32 / total as f32,
            LoadStage::Reading { .. } => 0.0,
            LoadStage::Parsing => 0.5,
            LoadStage::Checking => 0.9,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            LoadStage::Reading { .. } => "Reading",
            LoadStage::Parsing => "Parsing",
            LoadStage::Checking => "Checking",
        }
    }
}

/// Runs the route checker over what an importer made.
pub(super) fn check_import(
    imported: Result<import::Imported, import::ImportFailure>,
    file: &str,
    format: Format,
    progress: &mut dyn FnMut(LoadStage),
) -> Result<LoadedRoute, LoadError> {
    let imported = imported.map_err(|failure| LoadError::Invalid {
        file: file.to_string(),
        problems: failure.problems,
        warnings: failure.warnings,
    })?;
    progress(LoadStage::Checking);
    let (errors, checker_warnings) = check_route(&imported.route, "", file);
    let mut warnings = imported.warnings;
    warnings.extend(checker_warnings);
    if errors.is_empty() {
        Ok(LoadedRoute {
            route: imported.route,
            file: file.to_string(),
            warnings,
            paths: Vec::new(),
            format,
        })
    } else {
        Err(LoadError::Invalid {
            file: file.to_string(),
            problems: errors,
            warnings,
        })
    }
}
