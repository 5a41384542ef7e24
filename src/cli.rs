//! The command line: open the app, check a route file, convert an import to a route file, or print
//! the route file's JSON Schema.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::io::{self, LoadError, LoadedRoute, Problem};
use crate::model::{Route, ValueKind};

#[derive(Debug, Parser)]
#[command(
    name = "corridor-atlas",
    version,
    about = "A transport corridor on a map, with sourced expert quotes for each place",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Route file to open (JSON, GeoJSON, KML, or a locations and a flows CSV); without it, the
    /// built-in Middle Corridor.
    #[arg(num_args = 0..=2)]
    pub files: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check a route file of any supported format: exit 0 when valid, 1 when invalid, 2 when
    /// unreadable.
    Check {
        /// The route file to check, or a locations and a flows CSV.
        #[arg(required = true, num_args = 1..=2)]
        files: Vec<PathBuf>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Read a GeoJSON, KML or CSV pair (or an older route file) and write it as a route file of
    /// the current version.
    Convert {
        /// The file to convert, or a locations and a flows CSV.
        #[arg(required = true, num_args = 1..=2)]
        inputs: Vec<PathBuf>,
        /// The route file to write (JSON).
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Print the JSON Schema of route files, for editors that validate and complete JSON.
    Schema {
        /// Write it to this file instead of printing it.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
}

/// Runs a subcommand, writing its report to `out`; returns the exit code.
pub fn run(command: CliCommand, out: &mut dyn std::io::Write) -> i32 {
    match command {
        CliCommand::Check { files, json } => check(&files, json, out),
        CliCommand::Convert { inputs, out: to } => convert(&inputs, &to, out),
        CliCommand::Schema { out: to } => schema(to.as_deref(), out),
    }
}

fn convert(inputs: &[PathBuf], to: &std::path::Path, out: &mut dyn std::io::Write) -> i32 {
    let loaded = match io::load_files(inputs, &mut |_| {}) {
        Ok(loaded) => loaded,
        Err(e) => {
            let report = CheckReport::from_error(&e);
            let _ = write_text(&report, &describe(inputs), out);
            return match e {
                LoadError::Invalid { .. } => EXIT_INVALID,
                _ => EXIT_UNREADABLE,
            };
        }
    };
    for p in &loaded.warnings {
        let _ = writeln!(out, "warning: {p}");
    }
    match io::save_route(&loaded.route, to) {
        Ok(()) => {
            let r = &loaded.route;
            let _ = writeln!(
                out,
                "wrote {}: {} nodes, {} links, {} layers, {} areas",
                to.display(),
                r.nodes.len(),
                r.links.len(),
                r.layers.len(),
                r.areas.len()
            );
            EXIT_VALID
        }
        Err(e) => {
            let _ = writeln!(out, "error: {e}");
            EXIT_UNREADABLE
        }
    }
}

fn schema(to: Option<&std::path::Path>, out: &mut dyn std::io::Write) -> i32 {
    let text = io::route_schema_json();
    let written = match to {
        Some(path) => std::fs::write(path, &text),
        None => out.write_all(text.as_bytes()),
    };
    match written {
        Ok(()) => EXIT_VALID,
        Err(e) => {
            let _ = writeln!(out, "error: cannot write the schema: {e}");
            EXIT_UNREADABLE
        }
    }
}

fn describe(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Exit codes of `check`.
pub const EXIT_VALID: i32 = 0;
pub const EXIT_INVALID: i32 = 1;
pub const EXIT_UNREADABLE: i32 = 2;

#[derive(Debug, Serialize)]
pub struct CheckReport {
    pub ok: bool,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
    pub summary: Summary,
    pub nodes: Vec<NodeEntry>,
    pub quotes: Vec<QuoteEntry>,
    pub layers: Vec<LayerEntry>,
}

#[derive(Debug, Serialize)]
pub struct LayerEntry {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub values: Vec<ValueEntry>,
}

#[derive(Debug, Serialize)]
pub struct ValueEntry {
    pub from: String,
    pub to: String,
    pub year: i32,
    /// `null` for a status with no amount.
    pub value: Option<f64>,
    pub kind: ValueKind,
    pub source: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub nodes: usize,
    pub links: usize,
    pub layers: usize,
    pub quotes: usize,
    pub slides: usize,
}

#[derive(Debug, Serialize)]
pub struct NodeEntry {
    pub id: String,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Serialize)]
pub struct QuoteEntry {
    pub id: String,
    pub nodes: Vec<String>,
    pub speaker: String,
    pub text: String,
    pub source: String,
}

impl CheckReport {
    fn from_route(route: &Route, warnings: Vec<Problem>) -> Self {
        CheckReport {
            ok: true,
            errors: Vec::new(),
            warnings,
            summary: Summary {
                nodes: route.nodes.len(),
                links: route.links.len(),
                layers: route.layers.len(),
                quotes: route.quotes.len(),
                slides: route.story.len(),
            },
            nodes: route
                .nodes
                .iter()
                .map(|n| NodeEntry {
                    id: n.id.clone(),
                    name: n.name.clone(),
                    lat: n.lat,
                    lon: n.lon,
                })
                .collect(),
            quotes: route
                .quotes
                .iter()
                .map(|q| QuoteEntry {
                    id: q.id.clone(),
                    nodes: q.nodes.clone(),
                    speaker: q.speaker.clone(),
                    text: q.text.clone(),
                    source: q.source.clone(),
                })
                .collect(),
            layers: route
                .layers
                .iter()
                .map(|l| LayerEntry {
                    id: l.id.clone(),
                    name: l.name.clone(),
                    unit: l.unit.clone(),
                    values: l
                        .values
                        .iter()
                        .map(|v| ValueEntry {
                            from: v.from.clone(),
                            to: v.to.clone(),
                            year: v.year,
                            value: v.value,
                            kind: v.kind,
                            source: v.source.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    fn from_error(error: &LoadError) -> Self {
        CheckReport {
            ok: false,
            errors: error.problems(),
            warnings: error.warnings().to_vec(),
            summary: Summary::default(),
            nodes: Vec::new(),
            quotes: Vec::new(),
            layers: Vec::new(),
        }
    }
}

/// Checks a route file (or a CSV pair), writing the report to `out`; returns the exit code.
pub fn check(files: &[PathBuf], json: bool, out: &mut dyn std::io::Write) -> i32 {
    let result: Result<LoadedRoute, LoadError> = io::load_files(files, &mut |_| {});
    let (report, code) = match &result {
        Ok(loaded) => (
            CheckReport::from_route(&loaded.route, loaded.warnings.clone()),
            EXIT_VALID,
        ),
        Err(e @ LoadError::Invalid { .. }) => (CheckReport::from_error(e), EXIT_INVALID),
        Err(e) => (CheckReport::from_error(e), EXIT_UNREADABLE),
    };
    let written = if json {
        serde_json::to_string_pretty(&report)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(out, "{text}"))
    } else {
        write_text(&report, &describe(files), out)
    };
    if written.is_err() {
        return EXIT_UNREADABLE;
    }
    code
}

fn write_text(
    report: &CheckReport,
    file: &str,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    for p in &report.errors {
        writeln!(out, "error: {p}")?;
    }
    for p in &report.warnings {
        writeln!(out, "warning: {p}")?;
    }
    if report.ok {
        let s = &report.summary;
        writeln!(
            out,
            "{}: valid — {} nodes, {} links, {} layers, {} quotes, {} slides",
            file, s.nodes, s.links, s.layers, s.quotes, s.slides
        )?;
    } else {
        writeln!(
            out,
            "{}: {} error(s); fix them and check again",
            file,
            report.errors.len()
        )?;
    }
    Ok(())
}
