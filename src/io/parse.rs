//! Reading the app's own JSON route files, of this format version or an older one, with
//! problems located at the line and column where they are.

use super::format::Format;
use super::loaded::LoadedRoute;
use super::problem::{LoadError, Problem, Words, invalid};
use super::{check_route, line_column, locate, migrate};
use crate::i18n::{msg, shorten_long_numbers};
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
                ..Problem::worded(
                    file,
                    Words::new(
                        msg("problem-not-an-object"),
                        [("first", first.to_string().into())],
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
            // Versions as text: a version is a name, not an amount.
            let latest = FORMAT_VERSION.to_string();
            let words = if other == 0 {
                Words::new(msg("problem-version-zero"), [("latest", latest.into())])
            } else {
                Words::new(
                    msg("problem-version-newer"),
                    [
                        ("version", other.to_string().into()),
                        ("latest", latest.into()),
                    ],
                )
            };
            return Err(invalid(
                file,
                vec![Problem {
                    line,
                    column,
                    path: "version".into(),
                    ..Problem::worded(file, words)
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
                ..serde_problem(file, &inner)
            }],
        )
    })
}

/// A problem with the file for serde_json's error, located by the caller.
pub(super) fn serde_problem(file: &str, err: &serde_json::Error) -> Problem {
    match serde_words(err) {
        Some(words) => Problem::worded(file, words),
        None => Problem::in_file(file, serde_message(err)),
    }
}

/// serde_json's own message, without the " at line L column C" it appends: the problem carries
/// those apart. Numbers it writes out in full (`1e300` as three hundred digits) are shortened.
fn serde_message(err: &serde_json::Error) -> String {
    let message = err.to_string();
    shorten_long_numbers(
        message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m),
    )
}

/// serde_json's error as words of the translation files, with serde's own text as an argument
/// where it cannot be reworded; `None` for errors only serde's English describes.
fn serde_words(err: &serde_json::Error) -> Option<Words> {
    use serde_json::error::Category;
    let message = serde_message(err);
    let serde_text = |id| Some(Words::new(id, [("error", message.clone().into())]));
    match err.classify() {
        Category::Syntax if message.starts_with("control character") => {
            Some(Words::new(msg("problem-json-control-character"), []))
        }
        Category::Syntax if message.starts_with("number out of range") => {
            Some(Words::new(msg("problem-json-number-too-large"), []))
        }
        Category::Syntax => serde_text(msg("problem-json-syntax")),
        Category::Eof => serde_text(msg("problem-json-ends-early")),
        Category::Data => data_words(&message),
        Category::Io => None,
    }
}

/// serde's messages about a value of the wrong shape, taken apart into their pieces: "missing
/// field `kind`", "unknown field `contry`, expected one of `id`, `name`", "unknown variant
/// `harbour`, expected one of `port`", "invalid type: string \"43.6\", expected f64".
fn data_words(message: &str) -> Option<Words> {
    /// The name between the backticks at the start of `rest`, and what follows it.
    fn quoted(rest: &str) -> Option<(&str, &str)> {
        let rest = rest.strip_prefix('`')?;
        let end = rest.find('`')?;
        Some((&rest[..end], &rest[end + 1..]))
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let (field, rest) = quoted(rest)?;
        return rest
            .is_empty()
            .then(|| Words::new(msg("problem-missing-field"), [("field", field.into())]));
    }
    for (prefix, id, name) in [
        ("unknown field ", msg("problem-unknown-field"), "field"),
        ("unknown variant ", msg("problem-unknown-variant"), "value"),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (value, rest) = quoted(rest)?;
            let expected = rest.strip_prefix(", expected one of ")?;
            return Some(Words::new(
                id,
                [(name, value.into()), ("expected", expected.into())],
            ));
        }
    }
    for (prefix, id) in [
        ("invalid type: ", msg("problem-wrong-type")),
        ("invalid value: ", msg("problem-wrong-value")),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (found, expected) = rest.rsplit_once(", expected ")?;
            return Some(Words::new(
                id,
                [("found", found.into()), ("expected", expected.into())],
            ));
        }
    }
    None
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

    #[test]
    fn serde_problems_read_in_russian_with_serde_words_kept_as_they_are() {
        let ru = crate::i18n::Tr::new("ru");
        let missing = parse_route(&MINIMAL.replace("\"kind\": \"port\", ", ""), "t.json")
            .expect_err("kind missing")
            .problems()
            .remove(0);
        assert_eq!(missing.message, "missing field `kind`");
        assert_eq!(
            missing.message_in(&ru),
            "Не хватает обязательного поля «kind»."
        );

        let text = MINIMAL.replace("\"title\": \"Test\",", "\"title\": \"Test\"");
        let syntax = parse_route(&text, "t.json")
            .expect_err("missing comma")
            .problems()
            .remove(0);
        assert_eq!(
            syntax.message,
            "expected `,` or `}`: this is not valid JSON here"
        );
        assert_eq!(
            syntax.message_in(&ru),
            "Здесь нарушена запись JSON (expected `,` or `}`)."
        );

        let wrong = parse_route(
            &MINIMAL.replace("\"lat\": 43.6", "\"lat\": \"43.6\""),
            "t.json",
        )
        .expect_err("latitude as text")
        .problems()
        .remove(0);
        assert_eq!(wrong.message, "invalid type: string \"43.6\", expected f64");
        assert!(wrong.message_in(&ru).starts_with("Значение не того типа"));
    }
}
