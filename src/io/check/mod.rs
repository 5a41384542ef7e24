//! The checker: every semantic problem of a parsed route, such as an id used twice, a reference
//! to nothing or a place off the globe, as errors and warnings located in the file's text.
//!
//! [`Checker::check`] goes through the route part by part, in the order of the file format, so
//! problems are listed in the same order every time. The parts drawn on the map are checked in
//! [`map`], the texts shown beside it in [`texts`], and the languages the texts are given in in
//! [`languages`].

mod languages;
mod map;
mod texts;

use std::collections::{HashMap, HashSet};

use super::{Problem, line_column, locate};
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
        self.story(route, &known);
        self.disagreements(route, &known);
    }

    /// The route's own id and title, and that it has a place at all.
    fn route_itself(&mut self, route: &Route) {
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

    /// Reports a year outside [`YEARS`].
    fn year(&mut self, path: String, year: i32) {
        if !YEARS.contains(&year) {
            self.error(
                path,
                format!(
                    "year {year} is out of range; use a year from {} to {}",
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
    }

    /// Reports an id that names nothing; returns whether it is known.
    fn reference(&mut self, path: &str, id: &str, kind: &str, known: &HashSet<&str>) -> bool {
        if known.contains(id) {
            return true;
        }
        let suggestion = crate::suggest::closest(id, known.iter().copied())
            .map(|k| format!(" — did you mean '{k}'?"))
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
}
