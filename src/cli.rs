//! The command line: open the app, check a route file, convert an import to a route file, or print
//! the route file's JSON Schema.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::io::{self, LoadError, LoadedRoute, Problem};
use crate::model::{Dating, LinkMode, NOT_GIVEN, QuoteKind, Route, ValueKind};

#[derive(Debug, Parser)]
#[command(
    name = "corridor-atlas",
    version = crate::version::describe(),
    about = "A transport corridor on a map, with sourced expert quotes for each place",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Route file to open (JSON, GeoJSON, KML, KMZ, GPX, or a locations and a flows CSV); without
    /// it, the built-in Middle Corridor.
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
    /// Read a GeoJSON, KML, KMZ, GPX or CSV pair (or an older route file) and write it as a route
    /// file of the current version.
    Convert {
        /// The file to convert, or a locations and a flows CSV.
        #[arg(required = true, num_args = 1..=2)]
        inputs: Vec<PathBuf>,
        /// The route file to write (JSON).
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Draw the map to a PNG or SVG with no window: the picture the app shows for the state
    /// asked for.
    #[cfg(feature = "app")]
    Render(RenderArgs),
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
        #[cfg(feature = "app")]
        CliCommand::Render(args) => render(&args, out),
    }
}

/// What `render` draws and where it writes it.
#[cfg(feature = "app")]
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The route file (or a locations and a flows CSV); without it, the built-in Middle
    /// Corridor.
    #[arg(num_args = 0..=2, conflicts_with = "builtin")]
    pub files: Vec<PathBuf>,
    /// Draw the built-in Middle Corridor.
    #[arg(long)]
    pub builtin: bool,
    /// The picture to write: .png or .svg.
    #[arg(
        long,
        short,
        required_unless_present = "slides",
        conflicts_with = "slides"
    )]
    pub out: Option<PathBuf>,
    /// Write every slide of the story as numbered PNGs into this folder instead.
    #[arg(long)]
    pub slides: Option<PathBuf>,
    /// Picture size in pixels.
    #[arg(long, default_value = "1920x1080", value_parser = crate::export::render::parse_size)]
    pub size: emath::Vec2,
    /// Pixels per point: 2 draws the same layout at twice the resolution, text included.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// The year of the flows.
    #[arg(long, conflicts_with = "no_year")]
    pub year: Option<i32>,
    /// The flow values whose source gives no year, shown apart from the years.
    #[arg(long)]
    pub no_year: bool,
    /// Only these flow layers, by id, separated by commas.
    #[arg(long, value_delimiter = ',')]
    pub layers: Option<Vec<String>>,
    /// The map of this slide (1 is the title slide).
    #[arg(long)]
    pub slide: Option<usize>,
    /// Select this place, by id or name.
    #[arg(long)]
    pub select: Option<String>,
    /// A title in a card at the top left.
    #[arg(long)]
    pub title: Option<String>,
    /// Add the legend (slides have the talk's legend unless --no-legend).
    #[arg(long)]
    pub legend: bool,
    /// Leave the talk's legend off slides.
    #[arg(long, conflicts_with = "legend")]
    pub no_legend: bool,
    /// Leave out the scale bar.
    #[arg(long)]
    pub no_scale_bar: bool,
    /// Leave out the basemap and source credits.
    #[arg(long)]
    pub no_attribution: bool,
    /// The language of the picture's words (legend, scale bar, credits, slides' cards and the
    /// names of countries and seas), such as en or ru.
    #[arg(long, default_value = crate::i18n::FALLBACK)]
    pub lang: String,
}

#[cfg(feature = "app")]
fn render(args: &RenderArgs, out: &mut dyn std::io::Write) -> i32 {
    use crate::export::render::{RenderState, Renderer};
    use crate::export::{Furniture, ImageFormat};

    if !(args.scale.is_finite() && args.scale > 0.0) {
        let _ = writeln!(
            out,
            "error: --scale {} is not a number of pixels per point; use a number such as 1 or 2",
            args.scale
        );
        return EXIT_INVALID;
    }
    let known = crate::i18n::languages();
    if !known.contains(&args.lang.as_str()) {
        let words = crate::i18n::Tr::default();
        let _ = writeln!(
            out,
            "error: {}",
            crate::tr!(
                words,
                "render-unknown-language",
                language = args.lang.as_str(),
                known = known.join(", ")
            )
        );
        return EXIT_INVALID;
    }
    let format = match &args.out {
        Some(path) => match ImageFormat::for_path(path) {
            Ok(format) => format,
            Err(e) => {
                let _ = writeln!(out, "error: {e}");
                return EXIT_INVALID;
            }
        },
        None => ImageFormat::Png,
    };
    let loaded = if args.files.is_empty() {
        io::builtin_route()
    } else {
        io::load_files(&args.files, &mut |_| {})
    };
    let mut loaded = match loaded {
        Ok(loaded) => loaded,
        Err(e) => {
            let report = CheckReport::from_error(&e);
            let _ = write_text(&report, &describe(&args.files), out);
            return match e {
                LoadError::Invalid { .. } => EXIT_INVALID,
                _ => EXIT_UNREADABLE,
            };
        }
    };
    // The route's own texts in the picture's language, where it has them.
    loaded.route.show_language(&args.lang);
    let state = RenderState {
        year: args.year,
        no_year: args.no_year,
        layers: args.layers.clone(),
        slide: args.slide,
        select: args.select.clone(),
        furniture: Furniture {
            title: args.title.clone(),
            // Slides carry the talk's legend, as the app shows them.
            legend: args.legend
                || ((args.slide.is_some() || args.slides.is_some()) && !args.no_legend),
            scale_bar: !args.no_scale_bar,
            attribution: !args.no_attribution,
            tr: crate::i18n::Tr::new(&args.lang),
        },
    };
    let renderer = Renderer::new(&loaded.route, &loaded.file);
    let size = args.size / args.scale;
    let started = std::time::Instant::now();
    let mut jobs: Vec<(PathBuf, RenderState)> = Vec::new();
    match (&args.out, &args.slides) {
        (_, Some(dir)) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                let _ = writeln!(out, "error: cannot make the folder {}: {e}", dir.display());
                return EXIT_UNREADABLE;
            }
            let count = renderer.slide_count();
            let digits = count.to_string().len().max(2);
            for number in 1..=count {
                let path = dir.join(format!("slide-{number:0digits$}.png"));
                let mut slide = state.clone();
                slide.slide = Some(number);
                jobs.push((path, slide));
            }
        }
        (Some(path), None) => jobs.push((path.clone(), state)),
        (None, None) => {
            let _ = writeln!(
                out,
                "error: say where to write: --out FILE or --slides FOLDER"
            );
            return EXIT_INVALID;
        }
    }
    for (path, state) in &jobs {
        let written = renderer
            .render(state, size, args.scale, format)
            .map_err(|e| e.to_string())
            .and_then(|bytes| crate::export::write_file(path, &bytes).map_err(|e| e.to_string()));
        if let Err(e) = written {
            let _ = writeln!(out, "error: {e}");
            return EXIT_INVALID;
        }
        let _ = writeln!(
            out,
            "wrote {} ({}×{} pixels)",
            path.display(),
            (size.x * args.scale).round(),
            (size.y * args.scale).round()
        );
    }
    let _ = writeln!(
        out,
        "{} picture{} in {:.2} s",
        jobs.len(),
        if jobs.len() == 1 { "" } else { "s" },
        started.elapsed().as_secs_f64()
    );
    EXIT_VALID
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
    pub sources: Vec<SourceEntry>,
    pub nodes: Vec<NodeEntry>,
    pub quotes: Vec<QuoteEntry>,
    pub layers: Vec<LayerEntry>,
}

#[derive(Debug, Serialize)]
pub struct SourceEntry {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub author: String,
    /// As the file gives it: `YYYY-MM-DD`, `"not given"` where the source prints none, or empty.
    pub date: String,
}

#[derive(Debug, Serialize)]
pub struct LayerEntry {
    pub id: String,
    pub name: String,
    pub unit: String,
    /// The kinds of link the layer travels; empty for any.
    pub modes: Vec<LinkMode>,
    pub values: Vec<ValueEntry>,
}

#[derive(Debug, Serialize)]
pub struct ValueEntry {
    pub from: String,
    pub to: String,
    /// `null` where the source gives no year.
    pub year: Option<i32>,
    /// The months of the year the value covers, when only part of it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub period: String,
    /// `null` for a status with no amount.
    pub value: Option<f64>,
    pub kind: ValueKind,
    /// Whether the value runs one way, drawn with an arrowhead.
    pub directed: bool,
    pub source: String,
    /// Ids of the links the value is drawn along, in order from `from` to `to`; empty when it
    /// has no way.
    pub links: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub nodes: usize,
    pub links: usize,
    pub layers: usize,
    pub quotes: usize,
    pub slides: usize,
    pub areas: usize,
}

impl Summary {
    fn of(route: &Route) -> Self {
        Summary {
            nodes: route.nodes.len(),
            links: route.links.len(),
            layers: route.layers.len(),
            quotes: route.quotes.len(),
            slides: route.story.len(),
            areas: route.areas.len(),
        }
    }
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
    /// `quote`, or `reported` for the source's own words about what the speaker said.
    pub kind: QuoteKind,
    pub nodes: Vec<String>,
    pub speaker: String,
    pub text: String,
    pub source: String,
    /// When the words were said or, where the quote does not say, its source's date;
    /// `"not given"` where neither says.
    pub date: String,
    /// Why the quote is attached where it is; empty when the file says nothing.
    pub note: String,
}

/// A date as `check` reports it: as written, with "not given" spelt as the format spells it.
fn date_entry(dating: Dating<'_>) -> String {
    match dating {
        Dating::Unset => String::new(),
        Dating::NotGiven => NOT_GIVEN.to_owned(),
        Dating::Given(date) => date.to_owned(),
    }
}

impl CheckReport {
    fn from_route(route: &Route, warnings: Vec<Problem>) -> Self {
        CheckReport {
            ok: true,
            errors: Vec::new(),
            warnings,
            summary: Summary::of(route),
            sources: route
                .sources
                .iter()
                .map(|s| SourceEntry {
                    id: s.id.clone(),
                    title: s.title.to_string(),
                    outlet: s.outlet.to_string(),
                    author: s.author.to_string(),
                    date: date_entry(s.dating()),
                })
                .collect(),
            nodes: route
                .nodes
                .iter()
                .map(|n| NodeEntry {
                    id: n.id.clone(),
                    name: n.name.to_string(),
                    lat: n.lat,
                    lon: n.lon,
                })
                .collect(),
            quotes: route
                .quotes
                .iter()
                .map(|q| QuoteEntry {
                    id: q.id.clone(),
                    kind: q.kind,
                    nodes: q.nodes.clone(),
                    speaker: q.speaker.to_string(),
                    text: q.text.clone(),
                    source: q.source.clone(),
                    date: date_entry(route.quote_dating(q)),
                    note: q.note.to_string(),
                })
                .collect(),
            layers: route
                .layers
                .iter()
                .zip(crate::flows::Ways::new(route).all_legs())
                .map(|(l, ways)| LayerEntry {
                    id: l.id.clone(),
                    name: l.name.to_string(),
                    unit: l.unit.to_string(),
                    modes: l.modes.clone(),
                    values: l
                        .values
                        .iter()
                        .zip(ways)
                        .map(|(v, way)| ValueEntry {
                            from: v.from.clone(),
                            to: v.to.clone(),
                            year: v.year,
                            period: v.period.clone(),
                            value: v.value,
                            kind: v.kind,
                            directed: v.is_directed(l),
                            source: v.source.clone(),
                            links: way
                                .unwrap_or_default()
                                .iter()
                                .filter_map(|leg| route.links.get(leg.link))
                                .map(|link| link.id.clone())
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// The report without the lists of sources, places, quotes and values, which only the JSON
    /// report prints: a route of millions of values is not copied for a line of text.
    fn summary_of(route: &Route, warnings: Vec<Problem>) -> Self {
        CheckReport {
            ok: true,
            errors: Vec::new(),
            warnings,
            summary: Summary::of(route),
            sources: Vec::new(),
            nodes: Vec::new(),
            quotes: Vec::new(),
            layers: Vec::new(),
        }
    }

    fn from_error(error: &LoadError) -> Self {
        CheckReport {
            ok: false,
            errors: error.problems(),
            warnings: error.warnings().to_vec(),
            summary: Summary::default(),
            sources: Vec::new(),
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
        Ok(loaded) => {
            let warnings = loaded
                .warnings
                .iter()
                .cloned()
                .chain(layout_warnings(loaded))
                .collect();
            let report = if json {
                CheckReport::from_route(&loaded.route, warnings)
            } else {
                CheckReport::summary_of(&loaded.route, warnings)
            };
            (report, EXIT_VALID)
        }
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

/// Texts with letters no font on this computer draws, and where the route's talk breaks the
/// rules of a hall at the screen sizes halls have, as warnings located in the file.
#[cfg(feature = "app")]
fn layout_warnings(loaded: &LoadedRoute) -> Vec<Problem> {
    let text = loaded
        .paths
        .first()
        .filter(|_| loaded.format == io::Format::Route)
        .and_then(|p| io::read_route_text(p));
    // First, so that the talk is laid out with the system's fonts for other scripts.
    let mut warnings =
        crate::text::undrawn::undrawn_warnings(&loaded.route, &loaded.file, text.as_deref());
    let fonts = crate::text::TextMeasure::default();
    warnings.extend(crate::scene::slide_check::talk_warnings(
        &loaded.route,
        &loaded.file,
        text.as_deref(),
        // `check` speaks English, and checks the talk as given in English.
        &crate::i18n::Tr::default(),
        &crate::i18n::Tr::default(),
        &fonts.as_fn(),
    ));
    warnings
}

/// Without the app's drawing there is no slide layout to check.
#[cfg(not(feature = "app"))]
fn layout_warnings(_: &LoadedRoute) -> Vec<Problem> {
    Vec::new()
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
        write!(
            out,
            "{}: valid — {} nodes, {} links, {} layers, {} quotes, {} slides",
            file, s.nodes, s.links, s.layers, s.quotes, s.slides
        )?;
        if s.areas > 0 {
            write!(out, ", {} areas", s.areas)?;
        }
        writeln!(out)?;
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
