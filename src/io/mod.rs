//! Reading route files and checking them, with problems that point at the place in the file.

pub mod background;
pub mod import;
mod locate;
pub mod migrate;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::{FORMAT_VERSION, Route};

pub use locate::{line_column, locate};

/// The built-in Middle Corridor route, as shipped in `data/middle-corridor.json`.
pub const BUILTIN_ROUTE_JSON: &str = include_str!("../../data/middle-corridor.json");
/// The name the built-in route's problems are reported under.
pub const BUILTIN_ROUTE_NAME: &str = "data/middle-corridor.json";

/// Years a flow value may have.
pub const YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

/// Route files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One problem in a route file, located for a person to fix.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the problem has no place in the text.
    pub line: usize,
    pub column: usize,
    /// JSON path of the value, such as `links[3].from`; empty for the whole file.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        if !self.path.is_empty() {
            write!(f, " at {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {file}: {source}. Check that the file exists and that you may read it.")]
    Unreadable {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{file} is {size} bytes, more than the {limit} bytes a route file may have. Split the route or leave out detail it does not need."
    )]
    TooLarge { file: String, size: u64, limit: u64 },
    #[error("{file} has {} problem(s); the first: {}", problems.len(), first_problem(problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
        warnings: Vec<Problem>,
    },
}

fn first_problem(problems: &[Problem]) -> String {
    problems
        .first()
        .map(ToString::to_string)
        .unwrap_or_default()
}

impl LoadError {
    /// Every problem as a located [`Problem`], for panels and `check --json`.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            LoadError::Invalid { problems, .. } => problems.clone(),
            LoadError::Unreadable { file, .. } | LoadError::TooLarge { file, .. } => {
                vec![Problem {
                    file: file.clone(),
                    line: 0,
                    column: 0,
                    path: String::new(),
                    message: self.to_string(),
                }]
            }
        }
    }

    pub fn warnings(&self) -> &[Problem] {
        match self {
            LoadError::Invalid { warnings, .. } => warnings,
            _ => &[],
        }
    }
}

/// The kinds of file the app opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// The app's own JSON route file.
    Route,
    GeoJson,
    /// A FlowmapBlue-style pair: locations (id,name,lat,lon) and flows (origin,dest,count[,time]).
    FlowmapCsv,
    Kml,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::Route,
        Format::GeoJson,
        Format::FlowmapCsv,
        Format::Kml,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Format::Route => "Corridor Atlas route",
            Format::GeoJson => "GeoJSON",
            Format::FlowmapCsv => "FlowmapBlue CSV pair",
            Format::Kml => "KML",
        }
    }

    /// File name extensions, for open dialogs.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Route => &["json"],
            Format::GeoJson => &["geojson", "json"],
            Format::FlowmapCsv => &["csv"],
            Format::Kml => &["kml"],
        }
    }

    /// Every extension the app opens.
    pub fn all_extensions() -> Vec<&'static str> {
        let mut all: Vec<&str> = Format::ALL
            .iter()
            .flat_map(|f| f.extensions())
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

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

impl Problem {
    /// A problem with the file as a whole.
    pub fn in_file(file: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_string(),
            line: 0,
            column: 0,
            path: String::new(),
            message: message.into(),
        }
    }
}

fn invalid(file: &str, problems: Vec<Problem>) -> LoadError {
    LoadError::Invalid {
        file: file.to_string(),
        problems,
        warnings: Vec::new(),
    }
}

/// Reads and checks a route file of any supported format.
pub fn load_route_file(path: &Path) -> Result<LoadedRoute, LoadError> {
    load_files(&[path.to_path_buf()], &mut |_| {})
}

/// Reads and checks one route, reporting progress: a native or GeoJSON or KML file, or a
/// FlowmapBlue CSV pair given as both files or as either one (its partner is looked for beside it).
pub fn load_files(
    paths: &[PathBuf],
    progress: &mut dyn FnMut(LoadStage),
) -> Result<LoadedRoute, LoadError> {
    let mut loaded = match paths {
        [path] => load_one(path, progress)?,
        [a, b] if is_csv(a) && is_csv(b) => {
            let (a_text, b_text) = (read_text(a, progress)?, read_text(b, progress)?);
            load_csv_pair((a, &a_text), (b, &b_text), progress)?
        }
        [] => {
            return Err(invalid(
                "(no file)",
                vec![Problem::in_file(
                    "(no file)",
                    "no file was given; name a route file to open",
                )],
            ));
        }
        _ => {
            let file = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(" + ");
            return Err(invalid(
                &file,
                vec![Problem::in_file(
                    &file,
                    "open one route file at a time, or a locations CSV and a flows CSV together",
                )],
            ));
        }
    };
    // Watching and the list of recent files want one name per file, however it was reached.
    for path in &mut loaded.paths {
        if let Ok(canonical) = std::fs::canonicalize(&*path) {
            *path = canonical;
        }
    }
    Ok(loaded)
}

/// Reads one file; a CSV brings in its partner from beside it.
fn load_one(path: &Path, progress: &mut dyn FnMut(LoadStage)) -> Result<LoadedRoute, LoadError> {
    let file = path.display().to_string();
    let text = read_text(path, progress)?;
    progress(LoadStage::Parsing);
    let mut loaded = match sniff(path, &text) {
        Format::Route => parse_route(&text, &file)?,
        Format::GeoJson => check_import(
            import::geojson(&text, &file),
            &file,
            Format::GeoJson,
            progress,
        )?,
        Format::Kml => check_import(import::kml(&text, &file), &file, Format::Kml, progress)?,
        Format::FlowmapCsv => {
            let partner = csv_partner(path, &text)?;
            let partner_text = read_text(&partner, progress)?;
            return load_csv_pair((path, &text), (&partner, &partner_text), progress);
        }
    };
    loaded.paths = vec![path.to_path_buf()];
    Ok(loaded)
}

fn is_csv(path: &Path) -> bool {
    extension(path).as_deref() == Some("csv")
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Decides how to read a file: by its extension, and for `.json` (or none) by whether it holds a
/// GeoJSON `type` rather than a route `version`.
fn sniff(path: &Path, text: &str) -> Format {
    match extension(path).as_deref() {
        Some("geojson") => return Format::GeoJson,
        Some("kml") => return Format::Kml,
        Some("csv") => return Format::FlowmapCsv,
        _ => {}
    }
    let start = text.trim_start();
    if start.starts_with('<') {
        return Format::Kml;
    }
    #[derive(serde::Deserialize)]
    struct Sniff {
        version: Option<serde::de::IgnoredAny>,
        #[serde(rename = "type")]
        kind: Option<serde::de::IgnoredAny>,
    }
    match serde_json::from_str::<Sniff>(text) {
        Ok(Sniff {
            version: None,
            kind: Some(_),
        }) => Format::GeoJson,
        _ => Format::Route,
    }
}

/// The other half of a FlowmapBlue pair: the one CSV beside `path` whose header plays the other
/// role, preferring a name that shares `path`'s prefix (`trade-flows.csv` with `trade-locations.csv`).
fn csv_partner(path: &Path, text: &str) -> Result<PathBuf, LoadError> {
    let file = path.display().to_string();
    let Some(role) = import::csv_role(text) else {
        return Err(invalid(
            &file,
            vec![Problem {
                line: 1,
                column: 1,
                ..Problem::in_file(
                    &file,
                    "this CSV is neither a locations table (id,name,lat,lon) nor a flows table (origin,dest,count); check its header row",
                )
            }],
        ));
    };
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default()
    };
    let prefix = |p: &Path| {
        let s = stem(p);
        s.replace("locations", "").replace("flows", "")
    };
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p != path && is_csv(p))
                .filter(|p| {
                    std::fs::read_to_string(p)
                        .ok()
                        .and_then(|t| import::csv_role(&t))
                        .is_some_and(|r| r != role)
                })
                .collect()
        })
        .unwrap_or_default();
    if candidates.len() > 1 {
        let mine = prefix(path);
        candidates.retain(|p| prefix(p) == mine);
    }
    let wanted = match role {
        import::CsvRole::Locations => "flows (origin,dest,count[,time])",
        import::CsvRole::Flows => "locations (id,name,lat,lon)",
    };
    match candidates.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(invalid(
            &file,
            vec![Problem::in_file(
                &file,
                format!(
                    "this CSV needs its {wanted} table: put that CSV beside it, or open both files together"
                ),
            )],
        )),
        many => Err(invalid(
            &file,
            vec![Problem::in_file(
                &file,
                format!(
                    "more than one {wanted} table lies beside this CSV ({}); open the two files together",
                    many.iter()
                        .filter_map(|p| p.file_name())
                        .map(|n| n.to_string_lossy())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )],
        )),
    }
}

fn load_csv_pair(
    (a, a_text): (&Path, &str),
    (b, b_text): (&Path, &str),
    progress: &mut dyn FnMut(LoadStage),
) -> Result<LoadedRoute, LoadError> {
    let (a_file, b_file) = (a.display().to_string(), b.display().to_string());
    let file = format!("{a_file} + {b_file}");
    progress(LoadStage::Parsing);
    let (locations, flows) = match (import::csv_role(a_text), import::csv_role(b_text)) {
        (Some(import::CsvRole::Locations), Some(import::CsvRole::Flows)) => {
            ((a, a_text, &a_file), (b, b_text, &b_file))
        }
        (Some(import::CsvRole::Flows), Some(import::CsvRole::Locations)) => {
            ((b, b_text, &b_file), (a, a_text, &a_file))
        }
        _ => {
            return Err(invalid(
                &file,
                vec![Problem::in_file(
                    &file,
                    "a CSV pair needs one locations table (id,name,lat,lon) and one flows table (origin,dest,count[,time]); check the header rows",
                )],
            ));
        }
    };
    let imported = import::flowmap_csv(locations.1, locations.2, flows.1, flows.2);
    let mut loaded = check_import(imported, &file, Format::FlowmapCsv, progress)?;
    loaded.paths = vec![locations.0.to_path_buf(), flows.0.to_path_buf()];
    Ok(loaded)
}

/// Runs the route checker over what an importer made.
fn check_import(
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

/// Reads a whole file as UTF-8 text, refusing files over [`MAX_FILE_BYTES`] before reading them.
fn read_text(path: &Path, progress: &mut dyn FnMut(LoadStage)) -> Result<String, LoadError> {
    use std::io::Read as _;
    let file = path.display().to_string();
    let unreadable = |source| LoadError::Unreadable {
        file: file.clone(),
        source,
    };
    let mut reader = std::fs::File::open(path).map_err(unreadable)?;
    let total = reader.metadata().map_err(unreadable)?.len();
    if total > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file,
            size: total,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(total as usize);
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = reader.read(&mut chunk).map_err(unreadable)?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(chunk.get(..n).unwrap_or_default());
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge {
                file,
                size: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            });
        }
        progress(LoadStage::Reading {
            done: bytes.len() as u64,
            total: total.max(bytes.len() as u64),
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        invalid(
            &file,
            vec![Problem {
                line,
                column,
                ..Problem::in_file(&file, "the file is not UTF-8 text; save it as UTF-8")
            }],
        )
    })?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok(text)
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "cannot write {file}: {source}. Check that the folder exists and that you may write there."
    )]
    Write {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the route could not be turned into JSON: {0}")]
    Encode(#[from] serde_json::Error),
}

/// Writes the route as JSON, whole or not at all: to a temporary file beside the target, then
/// renamed over it, so a crash mid-save leaves the old file as it was.
pub fn save_route(route: &Route, path: &Path) -> Result<(), SaveError> {
    use std::io::Write as _;
    let file = path.display().to_string();
    let write_error = |source| SaveError::Write {
        file: file.clone(),
        source,
    };
    let mut text = serde_json::to_string_pretty(route)?;
    text.push('\n');
    let name = path
        .file_name()
        .map_or_else(|| "route.json".into(), |n| n.to_string_lossy().into_owned());
    let temporary = path.with_file_name(format!(".{name}.saving"));
    let mut out = std::fs::File::create(&temporary).map_err(write_error)?;
    out.write_all(text.as_bytes()).map_err(write_error)?;
    out.sync_all().map_err(write_error)?;
    drop(out);
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        write_error(e)
    })
}

/// The JSON Schema of route files, generated from the model and shipped as
/// `data/route.schema.json`. Draft 7, which most editors understand.
pub fn route_schema_json() -> String {
    let mut schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Route>();
    schema.insert("title".into(), "Corridor Atlas route file".into());
    schema.insert(
        "description".into(),
        format!(
            "A transport corridor: its places, links, flows by year, sourced figures and quotes, and a story to present. Format version {FORMAT_VERSION}; see docs/route-format.md."
        )
        .into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The built-in Middle Corridor route.
pub fn builtin_route() -> Result<LoadedRoute, LoadError> {
    parse_route(BUILTIN_ROUTE_JSON, BUILTIN_ROUTE_NAME)
}

/// Parses route JSON of any format version this build reads, and checks it; `file` names it in
/// problems.
pub fn parse_route(text: &str, file: &str) -> Result<LoadedRoute, LoadError> {
    #[derive(serde::Deserialize)]
    struct VersionProbe {
        version: Option<u32>,
    }
    if let Some(first) = text.trim_start().chars().next()
        && first != '{'
    {
        let offset = text.len() - text.trim_start().len();
        let (line, column) = line_column(text, offset);
        return Err(invalid(
            file,
            vec![Problem {
                line,
                column,
                ..Problem::in_file(
                    file,
                    format!(
                        "a route file is one JSON object, {{ … }}, but this one starts with '{first}'"
                    ),
                )
            }],
        ));
    }
    // A file the probe cannot read is read as a route below, which says best where and why.
    let version = deserialize_located::<VersionProbe>(text, file, text)
        .ok()
        .and_then(|p| p.version);
    let route: Route = match version {
        Some(FORMAT_VERSION) | None => deserialize_located(text, file, text)?,
        Some(old @ 1..FORMAT_VERSION) => {
            let mut value: serde_json::Value = deserialize_located(text, file, text)?;
            if let Some(map) = value.as_object_mut() {
                migrate::upgrade(map, old);
            }
            deserialize_located(value, file, text)?
        }
        Some(other) => {
            let (line, column) = locate(text, "version")
                .map(|offset| line_column(text, offset))
                .unwrap_or((0, 0));
            let message = if other == 0 {
                format!("format version 0 does not exist; set \"version\": {FORMAT_VERSION}")
            } else {
                format!(
                    "format version {other} is newer than this app reads (1 to {FORMAT_VERSION}); update Corridor Atlas to open this file"
                )
            };
            return Err(invalid(
                file,
                vec![Problem {
                    line,
                    column,
                    path: "version".into(),
                    ..Problem::in_file(file, message)
                }],
            ));
        }
    };
    let (errors, warnings) = check_route(&route, text, file);
    if errors.is_empty() {
        Ok(LoadedRoute {
            route,
            file: file.to_string(),
            warnings,
            paths: Vec::new(),
            format: Format::Route,
        })
    } else {
        Err(LoadError::Invalid {
            file: file.to_string(),
            problems: errors,
            warnings,
        })
    }
}

/// Something serde can read a route from: the file's text, or a value an older version was
/// migrated into.
trait RouteInput {
    fn read<T: serde::de::DeserializeOwned>(
        self,
    ) -> Result<T, serde_path_to_error::Error<serde_json::Error>>;
}

impl RouteInput for &str {
    fn read<T: serde::de::DeserializeOwned>(
        self,
    ) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(self))
    }
}

impl RouteInput for serde_json::Value {
    fn read<T: serde::de::DeserializeOwned>(
        self,
    ) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
        serde_path_to_error::deserialize(self)
    }
}

/// Deserializes with problems located in `text`: by serde's own line and column when it read
/// the text, else by the JSON path.
fn deserialize_located<T: serde::de::DeserializeOwned>(
    input: impl RouteInput,
    file: &str,
    text: &str,
) -> Result<T, LoadError> {
    input.read().map_err(|err| {
        let path = err.path().to_string();
        let path = if path == "." || path == "?" {
            String::new()
        } else {
            path
        };
        let inner = err.into_inner();
        let (line, column) = if inner.line() > 0 {
            (inner.line(), inner.column().max(1))
        } else {
            locate(text, &path)
                .map(|offset| line_column(text, offset))
                .unwrap_or((0, 0))
        };
        invalid(
            file,
            vec![Problem {
                line,
                column,
                path,
                ..Problem::in_file(file, describe_serde_error(&inner))
            }],
        )
    })
}

/// Every semantic problem of a parsed route, as errors and warnings; `text` locates them when
/// the route was read from JSON.
pub fn check_route(route: &Route, text: &str, file: &str) -> (Vec<Problem>, Vec<Problem>) {
    let mut checker = Checker {
        text,
        file,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    checker.check(route);
    (checker.errors, checker.warnings)
}

fn describe_serde_error(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let message = err.to_string();
    // serde_json appends " at line L column C"; the problem carries those apart.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .to_string();
    match err.classify() {
        Category::Syntax if message.starts_with("control character") => {
            "a line break or tab inside a text; write it as \\n or \\t, or join the lines".into()
        }
        Category::Syntax if message.starts_with("number out of range") => {
            "this number is too large to use; write it as an ordinary number".into()
        }
        Category::Syntax => format!("{message}: this is not valid JSON here"),
        Category::Eof => format!("{message}: the file ends early; is a bracket or quote missing?"),
        Category::Data => message,
        Category::Io => message,
    }
}

struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Checker<'_> {
    fn problem(&self, path: String, message: String) -> Problem {
        let (line, column) = locate(self.text, &path)
            .map(|offset| line_column(self.text, offset))
            .unwrap_or((0, 0));
        Problem {
            file: self.file.to_string(),
            line,
            column,
            path,
            message,
        }
    }

    fn error(&mut self, path: String, message: String) {
        let p = self.problem(path, message);
        self.errors.push(p);
    }

    fn warn(&mut self, path: String, message: String) {
        let p = self.problem(path, message);
        self.warnings.push(p);
    }

    fn check(&mut self, route: &Route) {
        if route.id.trim().is_empty() {
            self.error(
                "id".into(),
                "the route has no id; give it a short name such as \"lobito-corridor\"".into(),
            );
        }
        if route.title.trim().is_empty() {
            self.error(
                "title".into(),
                "the route has no title; give it a name to show".into(),
            );
        }
        if route.nodes.is_empty() {
            self.error(
                "nodes".into(),
                "the route has no nodes; add at least one place".into(),
            );
        }

        let source_ids = self.unique_ids("sources", route.sources.iter().map(|s| s.id.as_str()));
        let node_ids = self.unique_ids("nodes", route.nodes.iter().map(|n| n.id.as_str()));
        self.unique_ids("links", route.links.iter().map(|l| l.id.as_str()));
        self.unique_ids("quotes", route.quotes.iter().map(|q| q.id.as_str()));
        self.unique_ids("figures", route.figures.iter().map(|f| f.id.as_str()));
        self.unique_ids(
            "disagreements",
            route.disagreements.iter().map(|d| d.id.as_str()),
        );
        self.unique_ids("areas", route.areas.iter().map(|a| a.id.as_str()));
        for (i, area) in route.areas.iter().enumerate() {
            if !area.color.is_empty() && area.rgb().is_none() {
                self.error(
                    format!("areas[{i}].color"),
                    format!(
                        "colour '{}' is not of the form #rrggbb, such as \"#6b5b95\"",
                        area.color
                    ),
                );
            }
            if area.polygons.is_empty() {
                self.warn(
                    format!("areas[{i}].polygons"),
                    "the area has no polygons; it will not be drawn".into(),
                );
            }
            for (j, rings) in area.polygons.iter().enumerate() {
                for (k, ring) in rings.iter().enumerate() {
                    let at = format!("areas[{i}].polygons[{j}][{k}]");
                    if ring.len() < 3 {
                        self.error(
                            at.clone(),
                            format!(
                                "a ring needs at least 3 points to enclose anything; it has {}",
                                ring.len()
                            ),
                        );
                    }
                    // One report per ring is enough; a broken ring often has many bad points.
                    if let Some((m, p)) = ring.iter().enumerate().find(|(_, p)| {
                        !(p.lat.is_finite()
                            && p.lon.is_finite()
                            && (-90.0..=90.0).contains(&p.lat)
                            && (-180.0..=180.0).contains(&p.lon))
                    }) {
                        self.coordinate(&format!("{at}[{m}]"), p.lat, p.lon);
                    }
                }
            }
        }

        for (i, node) in route.nodes.iter().enumerate() {
            self.non_empty(&format!("nodes[{i}].name"), &node.name, "the node's name");
            self.coordinate(&format!("nodes[{i}]"), node.lat, node.lon);
        }
        for (i, link) in route.links.iter().enumerate() {
            self.reference(&format!("links[{i}].from"), &link.from, "node", &node_ids);
            self.reference(&format!("links[{i}].to"), &link.to, "node", &node_ids);
            if link.from == link.to {
                self.warn(
                    format!("links[{i}].to"),
                    format!(
                        "link '{}' starts and ends at '{}'; it will not be visible",
                        link.id, link.from
                    ),
                );
            }
            for (j, point) in link.via.iter().enumerate() {
                self.coordinate(&format!("links[{i}].via[{j}]"), point.lat, point.lon);
            }
        }
        for (i, quote) in route.quotes.iter().enumerate() {
            self.non_empty(
                &format!("quotes[{i}].text"),
                &quote.text,
                "the quote's text",
            );
            self.non_empty(
                &format!("quotes[{i}].speaker"),
                &quote.speaker,
                "who said it",
            );
            self.reference(
                &format!("quotes[{i}].source"),
                &quote.source,
                "source",
                &source_ids,
            );
            for (j, node) in quote.nodes.iter().enumerate() {
                self.reference(&format!("quotes[{i}].nodes[{j}]"), node, "node", &node_ids);
            }
        }
        for (i, figure) in route.figures.iter().enumerate() {
            self.reference(
                &format!("figures[{i}].source"),
                &figure.source,
                "source",
                &source_ids,
            );
            for (j, node) in figure.nodes.iter().enumerate() {
                self.reference(&format!("figures[{i}].nodes[{j}]"), node, "node", &node_ids);
            }
        }
        self.unique_ids("layers", route.layers.iter().map(|l| l.id.as_str()));
        let ways = crate::flows::Ways::new(route);
        for (i, layer) in route.layers.iter().enumerate() {
            self.non_empty(
                &format!("layers[{i}].name"),
                &layer.name,
                "the layer's name",
            );
            if layer.rgb().is_none() {
                self.error(
                    format!("layers[{i}].color"),
                    format!(
                        "colour '{}' is not of the form #rrggbb, such as \"#c2410c\"",
                        layer.color
                    ),
                );
            }
            for (j, value) in layer.values.iter().enumerate() {
                let at = format!("layers[{i}].values[{j}]");
                let from_known =
                    self.reference(&format!("{at}.from"), &value.from, "node", &node_ids);
                let to_known = self.reference(&format!("{at}.to"), &value.to, "node", &node_ids);
                self.reference(
                    &format!("{at}.source"),
                    &value.source,
                    "source",
                    &source_ids,
                );
                if !(YEARS.contains(&value.year)) {
                    self.error(
                        format!("{at}.year"),
                        format!(
                            "year {} is out of range; use a year from {} to {}",
                            value.year,
                            YEARS.start(),
                            YEARS.end()
                        ),
                    );
                }
                if let Some(amount) = value.value
                    && amount < 0.0
                {
                    self.error(
                        format!("{at}.value"),
                        format!("value {amount} is negative; flows are amounts of zero or more"),
                    );
                }
                if from_known && to_known {
                    match ways.legs(value) {
                        Ok(_) => {}
                        Err(e @ crate::flows::FlowPathError::NoWay { .. }) => {
                            self.warn(format!("{at}.to"), format!("{e}; it will not be drawn"))
                        }
                        Err(e) => self.error(format!("{at}.links"), e.to_string()),
                    }
                }
            }
        }
        let layer_ids: HashSet<&str> = route.layers.iter().map(|l| l.id.as_str()).collect();
        let quote_ids: HashSet<&str> = route.quotes.iter().map(|q| q.id.as_str()).collect();
        for (i, slide) in route.story.iter().enumerate() {
            let at = format!("story[{i}]");
            self.non_empty(&format!("{at}.title"), &slide.title, "the slide's title");
            for (j, node) in slide.focus.nodes.iter().enumerate() {
                self.reference(&format!("{at}.focus.nodes[{j}]"), node, "node", &node_ids);
            }
            if let Some(b) = &slide.focus.bounds {
                self.coordinate(&format!("{at}.focus.bounds"), b.south, b.west);
                self.coordinate(&format!("{at}.focus.bounds"), b.north, b.east);
                if b.south >= b.north {
                    self.error(
                        format!("{at}.focus.bounds.north"),
                        "north must lie north of south".into(),
                    );
                }
            }
            for (j, layer) in slide.layers.iter().flatten().enumerate() {
                self.reference(&format!("{at}.layers[{j}]"), layer, "layer", &layer_ids);
            }
            for (j, quote) in slide.quotes.iter().enumerate() {
                self.reference(&format!("{at}.quotes[{j}]"), quote, "quote", &quote_ids);
            }
            if let Some(year) = slide.year
                && !YEARS.contains(&year)
            {
                self.error(
                    format!("{at}.year"),
                    format!(
                        "year {year} is out of range; use a year from {} to {}",
                        YEARS.start(),
                        YEARS.end()
                    ),
                );
            }
            if let Some(s) = slide.seconds
                && (s.is_nan() || s <= 0.0)
            {
                self.error(
                    format!("{at}.seconds"),
                    "seconds must be more than 0".into(),
                );
            }
        }
        for (i, d) in route.disagreements.iter().enumerate() {
            if d.claims.len() < 2 {
                self.warn(
                    format!("disagreements[{i}].claims"),
                    "a disagreement needs at least two claims to compare".into(),
                );
            }
            for (j, claim) in d.claims.iter().enumerate() {
                self.reference(
                    &format!("disagreements[{i}].claims[{j}].source"),
                    &claim.source,
                    "source",
                    &source_ids,
                );
            }
            for (j, node) in d.nodes.iter().enumerate() {
                self.reference(
                    &format!("disagreements[{i}].nodes[{j}]"),
                    node,
                    "node",
                    &node_ids,
                );
            }
        }
    }

    /// Reports empty and repeated ids; returns the set of ids.
    fn unique_ids<'r>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'r str>,
    ) -> HashSet<&'r str> {
        let mut first_at: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.error(
                    format!("{list}[{i}].id"),
                    "the id is empty; give each entry a short unique id such as \"aktau\"".into(),
                );
            } else if let Some(first) = first_at.get(id) {
                self.error(
                    format!("{list}[{i}].id"),
                    format!("id '{id}' is already used by {list}[{first}]; ids must be unique"),
                );
            } else {
                first_at.insert(id, i);
            }
        }
        first_at.into_keys().collect()
    }

    fn non_empty(&mut self, path: &str, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.error(path.to_string(), format!("{what} is empty"));
        }
    }

    fn coordinate(&mut self, path: &str, lat: f64, lon: f64) {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            self.error(
                format!("{path}.lat"),
                format!("latitude {lat} is off the globe; it must lie between -90 and 90 degrees"),
            );
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            self.error(
                format!("{path}.lon"),
                format!(
                    "longitude {lon} is off the globe; it must lie between -180 and 180 degrees"
                ),
            );
        }
    }

    /// Reports an id that names nothing; returns whether it is known.
    fn reference(&mut self, path: &str, id: &str, kind: &str, known: &HashSet<&str>) -> bool {
        if known.contains(id) {
            return true;
        }
        let suggestion = known
            .iter()
            .map(|k| (strsim::levenshtein(id, k), *k))
            .filter(|(d, _)| *d <= 2.max(id.len() / 3))
            .min()
            .map(|(_, k)| format!(" — did you mean '{k}'?"))
            .unwrap_or_else(|| format!(" — add a {kind} with this id or correct the reference"));
        self.error(
            path.to_string(),
            format!("unknown {kind} '{id}'{suggestion}"),
        );
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
  "version": 1,
  "id": "t",
  "title": "Test",
  "sources": [{"id": "s1", "title": "An article"}],
  "nodes": [
    {"id": "aktau", "name": "Aktau", "kind": "port", "country": "Kazakhstan", "lat": 43.6, "lon": 51.22},
    {"id": "alat", "name": "Alat", "kind": "port", "country": "Azerbaijan", "lat": 39.93, "lon": 49.42}
  ],
  "links": [
    {"id": "ferry", "from": "aktu", "to": "alat", "mode": "sea_ferry", "status": "operating"}
  ]
}"#;

    #[test]
    fn unknown_node_is_located_with_a_suggestion() {
        let err = parse_route(MINIMAL, "t.json").expect_err("the link names an unknown node");
        let problems = err.problems();
        assert_eq!(problems.len(), 1);
        let p = &problems[0];
        assert_eq!(p.path, "links[0].from");
        assert_eq!((p.line, p.column), (11, 29));
        assert!(p.message.contains("did you mean 'aktau'"), "{}", p.message);
    }

    #[test]
    fn valid_route_loads() {
        let text = MINIMAL.replace("\"aktu\"", "\"aktau\"");
        let loaded = parse_route(&text, "t.json").expect("valid");
        assert_eq!(loaded.route.nodes.len(), 2);
        assert_eq!(loaded.route.links[0].from, "aktau");
    }

    #[test]
    fn all_semantic_problems_are_listed() {
        let text = MINIMAL
            .replace("\"lat\": 43.6", "\"lat\": 143.6")
            .replace("\"id\": \"alat\"", "\"id\": \"aktau\"");
        let err = parse_route(&text, "t.json").expect_err("two problems");
        let paths: Vec<String> = err.problems().into_iter().map(|p| p.path).collect();
        assert!(paths.contains(&"nodes[1].id".to_string()), "{paths:?}");
        assert!(paths.contains(&"nodes[0].lat".to_string()), "{paths:?}");
        assert!(paths.contains(&"links[0].to".to_string()), "{paths:?}");
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let text = MINIMAL.replace("\"title\": \"Test\",", "\"title\": \"Test\"");
        let err = parse_route(&text, "broken.json").expect_err("missing comma");
        let p = &err.problems()[0];
        assert_eq!(p.file, "broken.json");
        assert_eq!(p.line, 5);
        assert!(p.message.contains("expected"), "{}", p.message);
    }

    #[test]
    fn missing_field_names_its_path() {
        let text = MINIMAL.replace("\"kind\": \"port\", ", "");
        let err = parse_route(&text, "t.json").expect_err("kind missing");
        let p = &err.problems()[0];
        assert_eq!(p.path, "nodes[0]");
        assert!(p.message.contains("missing field `kind`"), "{}", p.message);
    }

    #[test]
    fn saved_routes_load_back_the_same() {
        let route = builtin_route().expect("built-in").route;
        let dir = std::env::temp_dir().join(format!("corridor-atlas-save-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("saved.json");
        std::fs::write(&path, "old content").expect("an old file to replace");
        save_route(&route, &path).expect("saved");
        let back = load_route_file(&path).expect("loads").route;
        assert_eq!(back, route);
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name() != "saved.json")
            .collect();
        assert!(
            leftovers.is_empty(),
            "no temporary file left: {leftovers:?}"
        );
    }

    #[test]
    fn unknown_field_is_refused() {
        let text = MINIMAL.replace("\"country\": \"Azerbaijan\"", "\"contry\": \"Azerbaijan\"");
        let err = parse_route(&text, "t.json").expect_err("typo in field name");
        assert!(err.problems()[0].message.contains("unknown field `contry`"));
    }

    /// An empty folder for one test's files.
    pub(super) fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("corridor-atlas-io-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn a_version_1_file_loads_and_saves_as_the_current_version() {
        let text = MINIMAL.replace("\"aktu\"", "\"aktau\"");
        assert!(text.contains("\"version\": 1"));
        let loaded = parse_route(&text, "old.json").expect("version 1 still loads");
        assert_eq!(loaded.route.version, FORMAT_VERSION);
        let saved = serde_json::to_string(&loaded.route).expect("json");
        assert!(saved.contains(&format!("\"version\":{FORMAT_VERSION}")));
    }

    #[test]
    fn problems_in_a_migrated_file_are_still_located() {
        let err = parse_route(
            &MINIMAL.replace("\"lat\": 43.6", "\"lat\": \"43.6\""),
            "old.json",
        )
        .expect_err("latitude as text");
        let p = &err.problems()[0];
        assert_eq!(p.path, "nodes[0].lat");
        assert_eq!(p.line, 7, "{p}");
    }

    #[test]
    fn a_newer_version_asks_for_an_update() {
        let err = parse_route(
            &MINIMAL.replace("\"version\": 1", "\"version\": 99"),
            "new.json",
        )
        .expect_err("from the future");
        let p = &err.problems()[0];
        assert_eq!((p.path.as_str(), p.line), ("version", 2));
        assert!(p.message.contains("update Corridor Atlas"), "{}", p.message);
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_reading() {
        let path = temp_dir("large").join("huge.json");
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(MAX_FILE_BYTES + 1).expect("a sparse file");
        let err = load_route_file(&path).expect_err("too large");
        assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
        assert!(err.to_string().contains("more than the"), "{err}");
    }

    #[test]
    fn geojson_in_a_json_file_is_recognised() {
        assert_eq!(
            sniff(
                Path::new("a.json"),
                r#"{"type": "FeatureCollection", "features": []}"#
            ),
            Format::GeoJson
        );
        assert_eq!(sniff(Path::new("a.json"), MINIMAL), Format::Route);
        assert_eq!(sniff(Path::new("a.kml"), ""), Format::Kml);
        assert_eq!(
            sniff(Path::new("a.xml"), "  <?xml version=\"1.0\"?><kml/>"),
            Format::Kml
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let path = temp_dir("bom").join("bom.json");
        let text = MINIMAL.replace("\"aktu\"", "\"aktau\"");
        std::fs::write(&path, format!("\u{feff}{text}")).expect("write");
        load_route_file(&path).expect("loads despite the mark");
    }

    #[test]
    fn the_shipped_schema_is_the_generated_one() {
        let shipped = include_str!("../../data/route.schema.json");
        assert!(
            shipped == route_schema_json(),
            "data/route.schema.json is out of date: run `cargo run -- schema --out data/route.schema.json`"
        );
    }
}
