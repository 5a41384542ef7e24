//! The checker: every semantic problem of a parsed route, such as an id used twice, a reference
//! to nothing or a place off the globe, as errors and warnings located in the file's text.
//!
//! [`Checker::check`] goes through the route part by part, in the order of the file format, so
//! problems are listed in the same order every time. The parts drawn on the map are checked in
//! [`map`], the texts shown beside it in [`texts`], and the languages the texts are given in in
//! [`languages`].

mod colours;
mod languages;
mod map;
mod texts;

use std::collections::{HashMap, HashSet};

use super::problem::{Said, Words};
use super::{Problem, line_column, locate};
use crate::i18n::{msg, quoted_number};
use crate::model::Route;

/// Years a flow value may have.
pub const YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

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

/// Collects the problems of one route.
struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

/// A problem's words without arguments.
fn words(id: &'static str) -> Words {
    Words::new(id, [])
}

/// The ids that other parts of the route refer to.
struct Known<'r> {
    sources: HashSet<&'r str>,
    nodes: HashSet<&'r str>,
}

impl Checker<'_> {
    fn check(&mut self, route: &Route) {
        self.route_itself(route);
        self.languages(route);
        let known = self.ids(route);
        self.areas(route);
        self.nodes(route);
        self.links(route, &known);
        self.quotes(route, &known);
        self.figures(route, &known);
        self.layers(route, &known);
        self.layer_colours(route);
        self.story(route, &known);
        self.disagreements(route, &known);
    }

    /// The route's own id and title, and that it has a place or an area at all.
    fn route_itself(&mut self, route: &Route) {
        if route.id.trim().is_empty() {
            self.error("id".into(), words(msg("problem-route-no-id")));
        }
        if route.title.trim().is_empty() {
            self.error("title".into(), words(msg("problem-route-no-title")));
        }
        // A map of areas alone is a route too: a file of regions, say, with no places in it.
        if route.nodes.is_empty() && route.areas.is_empty() {
            self.error("nodes".into(), words(msg("problem-route-no-nodes")));
        }
    }

    /// That the ids of each list are given and unique; returns those that references may name.
    /// Layers are checked with the rest of the layer, where their values are.
    fn ids<'r>(&mut self, route: &'r Route) -> Known<'r> {
        let sources = self.unique_ids("sources", route.sources.iter().map(|s| s.id.as_str()));
        let nodes = self.unique_ids("nodes", route.nodes.iter().map(|n| n.id.as_str()));
        self.unique_ids("links", route.links.iter().map(|l| l.id.as_str()));
        self.unique_ids("quotes", route.quotes.iter().map(|q| q.id.as_str()));
        self.unique_ids("figures", route.figures.iter().map(|f| f.id.as_str()));
        self.unique_ids(
            "disagreements",
            route.disagreements.iter().map(|d| d.id.as_str()),
        );
        self.unique_ids("areas", route.areas.iter().map(|a| a.id.as_str()));
        Known { sources, nodes }
    }

    fn problem(&self, path: String, said: Said) -> Problem {
        let (line, column) = locate(self.text, &path)
            .map(|offset| line_column(self.text, offset))
            .unwrap_or((0, 0));
        Problem {
            line,
            column,
            path,
            ..Problem::said(self.file, said)
        }
    }

    fn error(&mut self, path: String, said: impl Into<Said>) {
        let p = self.problem(path, said.into());
        self.errors.push(p);
    }

    fn warn(&mut self, path: String, said: impl Into<Said>) {
        let p = self.problem(path, said.into());
        self.warnings.push(p);
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
                self.error(format!("{list}[{i}].id"), words(msg("problem-empty-id")));
            } else if let Some(first) = first_at.get(id) {
                self.error(
                    format!("{list}[{i}].id"),
                    Words::new(
                        msg("problem-duplicate-id"),
                        [
                            ("id", id.into()),
                            ("list", list.into()),
                            ("first", first.to_string().into()),
                        ],
                    ),
                );
            } else {
                first_at.insert(id, i);
            }
        }
        first_at.into_keys().collect()
    }

    /// Reports an empty text; `what` picks the words for it: `node-name`, `layer-name`,
    /// `quote-text`, `quote-speaker` or `slide-title`.
    fn non_empty(&mut self, path: &str, value: &str, what: &'static str) {
        if value.trim().is_empty() {
            self.error(
                path.to_string(),
                Words::new(msg("problem-empty-text"), [("what", what.into())]),
            );
        }
    }

    fn coordinate(&mut self, path: &str, lat: f64, lon: f64) {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            self.error(
                format!("{path}.lat"),
                Words::new(
                    msg("problem-latitude-off-globe"),
                    [("lat", quoted_number(lat).into())],
                ),
            );
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            self.error(
                format!("{path}.lon"),
                Words::new(
                    msg("problem-longitude-off-globe"),
                    [("lon", quoted_number(lon).into())],
                ),
            );
        }
    }

    /// Reports a year outside [`YEARS`].
    fn year(&mut self, path: String, year: i32) {
        if !YEARS.contains(&year) {
            self.error(
                path,
                Words::new(
                    msg("problem-year-out-of-range"),
                    [
                        ("year", year.to_string().into()),
                        ("first", YEARS.start().to_string().into()),
                        ("last", YEARS.end().to_string().into()),
                    ],
                ),
            );
        }
    }

    /// Reports an id that names nothing; returns whether it is known. `kind` is what the id
    /// should name: `node`, `source`, `layer` or `quote`.
    fn reference(
        &mut self,
        path: &str,
        id: &str,
        kind: &'static str,
        known: &HashSet<&str>,
    ) -> bool {
        if known.contains(id) {
            return true;
        }
        let words = match crate::suggest::closest(id, known.iter().copied()) {
            Some(near) => Words::new(
                msg("problem-unknown-id-suggested"),
                [
                    ("kind", kind.into()),
                    ("id", id.into()),
                    ("suggestion", near.into()),
                ],
            ),
            None => Words::new(
                msg("problem-unknown-id"),
                [("kind", kind.into()), ("id", id.into())],
            ),
        };
        self.error(path.to_string(), words);
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::io::parse_route;
    use crate::io::testing::MINIMAL;

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

    /// A route with a third, unlinked node and one flow value along `links` from `from` to `to`.
    fn flow_problem(links: &str, from: &str, to: &str) -> (String, String) {
        use crate::i18n::Tr;
        let text = MINIMAL
            .replace("\"aktu\"", "\"aktau\"")
            .replace(
                "\"lon\": 49.42}",
                "\"lon\": 49.42},\n    {\"id\": \"kars\", \"name\": \"Kars\", \"kind\": \"city\", \"country\": \"Turkey\", \"lat\": 40.6, \"lon\": 43.1}",
            )
            .replace(
                "\n  ]\n}",
                &format!(
                    "\n  ],\n  \"layers\": [{{\"id\": \"cargo\", \"name\": \"Cargo\", \"unit\": \"Mt\", \"color\": \"#0e7490\", \"values\": [{{\"from\": \"{from}\", \"to\": \"{to}\", \"year\": 2022, \"value\": 1, \"links\": [{links}], \"kind\": \"actual\", \"source\": \"s1\"}}]}}]\n}}"
                ),
            );
        let problem = match parse_route(&text, "t.json") {
            Ok(loaded) => loaded.warnings[0].clone(),
            Err(err) => err.problems()[0].clone(),
        };
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        let russian = problem.message_in(&Tr::new("ru"));
        (problem.message, russian)
    }

    #[test]
    fn a_flow_off_its_layers_modes_says_so_in_both_languages() {
        use crate::i18n::Tr;
        let text = MINIMAL.replace("\"aktu\"", "\"aktau\"").replace(
            "\n  ]\n}",
            "\n  ],\n  \"layers\": [{\"id\": \"oil\", \"name\": \"Oil\", \"unit\": \"Mt\", \"color\": \"#1f2937\", \"modes\": [\"pipeline\", \"rail\"], \"values\": [{\"from\": \"aktau\", \"to\": \"alat\", \"year\": 2022, \"value\": 1, \"kind\": \"actual\", \"source\": \"s1\"}, {\"from\": \"aktau\", \"to\": \"alat\", \"links\": [\"ferry\"], \"year\": 2023, \"value\": 1, \"kind\": \"actual\", \"source\": \"s1\"}]}]\n}",
        );
        let err = parse_route(&text, "t.json").expect_err("a ferry link listed for oil by rail");
        let problems = err.problems();
        let wrong_mode = problems
            .iter()
            .find(|p| p.path == "layers[0].values[1].links")
            .expect("the listed ferry");
        assert_eq!(
            wrong_mode.message,
            "link 'ferry' is a sea_ferry link, and layer 'oil' travels pipeline, rail only; list links of those modes, or add 'sea_ferry' to the layer's 'modes'"
        );
        assert_eq!(
            wrong_mode.message_in(&Tr::new("ru")),
            "Связь «ferry» относится к виду «sea_ferry», а слой «oil» идёт только по видам pipeline, rail. Перечислите связи этих видов или добавьте «sea_ferry» в \"modes\" слоя."
        );
        let no_way = err
            .warnings()
            .iter()
            .find(|p| p.path == "layers[0].values[0].to")
            .expect("the routed value");
        assert_eq!(
            no_way.message,
            "the value of layer 'oil' from 'aktau' to 'alat' has no way over links of the layer's modes (pipeline, rail), only over links of other modes; add links of those modes, list the links in 'links', or add a mode to the layer's 'modes'; it will not be drawn"
        );
        assert!(
            no_way
                .message_in(&Tr::new("ru"))
                .starts_with("У значения слоя «oil» от «aktau» до «alat» нет пути по связям видов этого слоя (pipeline, rail)"),
            "{}",
            no_way.message_in(&Tr::new("ru"))
        );
    }

    #[test]
    fn flow_path_problems_read_in_russian_and_as_before_in_english() {
        assert_eq!(
            flow_problem("\"fery\"", "aktau", "alat"),
            (
                "unknown link 'fery'".to_string(),
                "Не найдена связь «fery».".to_string()
            )
        );
        assert_eq!(
            flow_problem("\"ferry\"", "kars", "alat"),
            (
                "link 'ferry' does not continue from 'kars'; list the links in order from 'from' to 'to'"
                    .to_string(),
                "Связь «ferry» не продолжает путь от «kars». Перечислите связи по порядку: от \"from\" к \"to\"."
                    .to_string()
            )
        );
        assert_eq!(
            flow_problem("\"ferry\"", "aktau", "kars"),
            (
                "the links end at 'alat', not at 'kars'".to_string(),
                "Цепочка связей заканчивается в «alat», а не в «kars».".to_string()
            )
        );
        assert_eq!(
            flow_problem("", "aktau", "kars"),
            (
                "no chain of links joins 'aktau' to 'kars'; list the links in 'links' or add links; it will not be drawn"
                    .to_string(),
                "Никакая цепочка связей не соединяет «aktau» с «kars», поэтому поток не будет нарисован. Перечислите связи в \"links\" или добавьте недостающие связи."
                    .to_string()
            )
        );
    }
}
