//! Reading the app's own JSON route files, of this format version or an older one, with
//! problems located at the line and column where they are.

use super::format::Format;
use super::loaded::LoadedRoute;
use super::problem::{LoadError, Problem, invalid};
use super::{check_route, line_column, locate, migrate};
use crate::model::{FORMAT_VERSION, Route};

/// The built-in Middle Corridor route, as shipped in `data/middle-corridor.json`.
pub const BUILTIN_ROUTE_JSON: &str = include_str!("../../data/middle-corridor.json");
/// The name the built-in route's problems are reported under.
pub const BUILTIN_ROUTE_NAME: &str = "data/middle-corridor.json";

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
    let mut route: Route = match version {
        Some(FORMAT_VERSION) | None => deserialize_located(text, file, text)?,
        // Read as written, so that problems keep serde's own line and column.
        Some(old @ 1..FORMAT_VERSION) if !migrate::changes_content(old) => {
            let mut route: Route = deserialize_located(text, file, text)?;
            route.version = FORMAT_VERSION;
            route
        }
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
    // Texts given in several languages show the route's own language's.
    route.settle_texts();
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

/// serde_json's message, without the place it appends, and in words a person who does not
/// know JSON's grammar can act on.
pub(super) fn describe_serde_error(err: &serde_json::Error) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::testing::MINIMAL;

    #[test]
    fn valid_route_loads() {
        let text = MINIMAL.replace("\"aktu\"", "\"aktau\"");
        let loaded = parse_route(&text, "t.json").expect("valid");
        assert_eq!(loaded.route.nodes.len(), 2);
        assert_eq!(loaded.route.links[0].from, "aktau");
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
    fn unknown_field_is_refused() {
        let text = MINIMAL.replace("\"country\": \"Azerbaijan\"", "\"contry\": \"Azerbaijan\"");
        let err = parse_route(&text, "t.json").expect_err("typo in field name");
        assert!(err.problems()[0].message.contains("unknown field `contry`"));
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
}
