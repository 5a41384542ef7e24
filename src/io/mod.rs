//! Reading route files and checking them, with problems that point at the place in the file.

pub mod import;
mod locate;

use std::collections::{HashMap, HashSet};
use std::path::Path;

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

/// A route that passed checking, with what was worth a warning.
#[derive(Clone, Debug)]
pub struct LoadedRoute {
    pub route: Route,
    pub file: String,
    pub warnings: Vec<Problem>,
}

/// Reads and checks a route file.
pub fn load_route_file(path: &Path) -> Result<LoadedRoute, LoadError> {
    let file = path.display().to_string();
    let size = std::fs::metadata(path)
        .map_err(|source| LoadError::Unreadable {
            file: file.clone(),
            source,
        })?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file,
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(|source| LoadError::Unreadable {
        file: file.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        LoadError::Invalid {
            file: file.clone(),
            problems: vec![Problem {
                file: file.clone(),
                line,
                column,
                path: String::new(),
                message: "the file is not UTF-8 text; save it as UTF-8".into(),
            }],
            warnings: Vec::new(),
        }
    })?;
    parse_route(&text, &file)
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

/// The built-in Middle Corridor route.
pub fn builtin_route() -> Result<LoadedRoute, LoadError> {
    parse_route(BUILTIN_ROUTE_JSON, BUILTIN_ROUTE_NAME)
}

/// Parses route JSON and checks it; `file` names it in problems.
pub fn parse_route(text: &str, file: &str) -> Result<LoadedRoute, LoadError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let route: Route = match serde_path_to_error::deserialize(deserializer) {
        Ok(route) => route,
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let (line, column) = (inner.line(), inner.column());
            return Err(LoadError::Invalid {
                file: file.to_string(),
                problems: vec![Problem {
                    file: file.to_string(),
                    line,
                    column,
                    path: if path == "." { String::new() } else { path },
                    message: describe_serde_error(&inner),
                }],
                warnings: Vec::new(),
            });
        }
    };
    let mut checker = Checker {
        text,
        file,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    checker.check(&route);
    let Checker {
        errors, warnings, ..
    } = checker;
    if errors.is_empty() {
        Ok(LoadedRoute {
            route,
            file: file.to_string(),
            warnings,
        })
    } else {
        Err(LoadError::Invalid {
            file: file.to_string(),
            problems: errors,
            warnings,
        })
    }
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
        if route.version == 0 || route.version > FORMAT_VERSION {
            self.error(
                "version".into(),
                format!(
                    "format version {} is not one this app reads (1 to {FORMAT_VERSION}); update the app or set \"version\": {FORMAT_VERSION}",
                    route.version
                ),
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
                    match crate::flows::legs(route, value) {
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
}
