//! The built-in route says only what its sources say: every quote, reported statement, figure,
//! value and claim is found word for word in the text of the source it names (kept in
//! `data/sources/`), quotes come in the order their sources give them, and no quoted passage is
//! left out or cut without a mark.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use corridor_atlas::io::verbatim::{CUT, SourceText};
use corridor_atlas::model::{Quote, Route};

fn route() -> Route {
    corridor_atlas::io::builtin_route()
        .expect("the built-in route")
        .route
}

fn sources_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sources")
}

/// Each source's text by the source's id, read from the file its `reference` names.
fn texts(route: &Route) -> HashMap<String, String> {
    route
        .sources
        .iter()
        .map(|s| {
            let path = sources_dir().join(&s.reference);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {} ({e})", s.id, path.display()));
            (s.id.clone(), text)
        })
        .collect()
}

/// Every passage with words taken from a source: what it is, the source it names, its words.
fn passages(route: &Route) -> Vec<(String, &str, &str)> {
    let mut all = Vec::new();
    for q in &route.quotes {
        all.push((
            format!("quote {}", q.id),
            q.source.as_str(),
            q.text.as_str(),
        ));
    }
    for f in &route.figures {
        all.push((
            format!("figure {}", f.id),
            f.source.as_str(),
            f.excerpt.as_str(),
        ));
    }
    for d in &route.disagreements {
        for (i, c) in d.claims.iter().enumerate() {
            all.push((
                format!("disagreement {} claim {i}", d.id),
                c.source.as_str(),
                c.excerpt.as_str(),
            ));
        }
    }
    for l in &route.layers {
        for (i, v) in l.values.iter().enumerate() {
            all.push((
                format!("layer {} value {i} ({:?})", l.id, v.year),
                v.source.as_str(),
                v.excerpt.as_str(),
            ));
        }
    }
    all
}

#[test]
fn every_quote_figure_value_and_claim_is_word_for_word_in_its_own_source() {
    let route = route();
    let texts = texts(&route);
    let found: HashMap<&str, SourceText> = texts
        .iter()
        .map(|(id, text)| (id.as_str(), SourceText::new(text)))
        .collect();
    let all = passages(&route);
    assert!(all.len() > 80, "{} passages", all.len());
    let mut wrong = Vec::new();
    for (what, source, words) in &all {
        let Some(text) = found.get(source) else {
            wrong.push(format!("{what}: no source {source}"));
            continue;
        };
        if let Err(e) = text.find(words) {
            wrong.push(format!("{what} in {source}: {e}"));
        }
    }
    assert!(wrong.is_empty(), "not word for word:\n{}", wrong.join("\n"));
}

#[test]
fn a_quote_found_only_in_another_source_is_not_enough() {
    let route = route();
    let texts = texts(&route);
    // Kosbaeva's first quote is in 001: the test looks nowhere else.
    let q = route.quotes.iter().find(|q| q.id == "q05").expect("q05");
    assert_eq!(q.source, "s001");
    assert!(SourceText::new(&texts["s001"]).find(&q.text).is_ok());
    for other in ["s000", "s002", "s003", "s004"] {
        assert!(SourceText::new(&texts[other]).find(&q.text).is_err());
    }
}

#[test]
fn the_only_cut_a_quote_may_have_is_marked() {
    let route = route();
    for q in &route.quotes {
        for mark in ["...", "…"] {
            let unmarked = q.text.replace(CUT, "");
            assert!(
                !unmarked.contains(mark),
                "{} cuts with {mark:?}; write {CUT}",
                q.id
            );
        }
    }
}

/// Quotes of one speaker from one source come in the order the source gives them, so that a
/// reader going down a page meets them as the article's reader did.
#[test]
fn each_speakers_quotes_come_in_their_sources_order() {
    let route = route();
    let texts = texts(&route);
    let found: HashMap<&str, SourceText> = texts
        .iter()
        .map(|(id, text)| (id.as_str(), SourceText::new(text)))
        .collect();
    let mut last: HashMap<(String, &str), (usize, &str)> = HashMap::new();
    let mut wrong = Vec::new();
    for q in &route.quotes {
        // Words not found at all are the test above's to report.
        let Ok(at) = found[q.source.as_str()].find(&q.text) else {
            continue;
        };
        let key = (q.speaker.to_string(), q.source.as_str());
        if let Some((before, id)) = last.get(&key)
            && *before > at
        {
            wrong.push(format!(
                "{} ({}) is listed after {id} but comes before it in {}",
                q.id, q.speaker, q.source
            ));
        }
        last.insert(key, (at, q.id.as_str()));
    }
    assert!(wrong.is_empty(), "out of order:\n{}", wrong.join("\n"));
}

/// The quoted passages of the sources, by file, line and speaker: each is in the route whole,
/// or split into quotes of the same speaker that follow one another with nothing left out.
const QUOTED: &[(&str, usize, &str)] = &[
    ("001_57279e575f037d08.txt", 7, "Amina Kosbaeva"),
    ("001_57279e575f037d08.txt", 11, "Amina Kosbaeva"),
    ("001_57279e575f037d08.txt", 17, "Amina Kosbaeva"),
    ("001_57279e575f037d08.txt", 25, "Amina Kosbaeva"),
    ("001_57279e575f037d08.txt", 29, "Amina Kosbaeva"),
    ("002_8acf40fc4fe94850.txt", 9, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 13, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 19, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 23, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 29, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 33, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 41, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 47, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 51, "Almas Aubekerov"),
    ("002_8acf40fc4fe94850.txt", 57, "Almas Aubekerov"),
    ("003_b1657c1bc3b6d52e.txt", 29, "Kassym-Jomart Tokayev"),
    ("004_a96dd2d33c427fe1.txt", 5, "Bulat Auelbaev"),
    ("004_a96dd2d33c427fe1.txt", 9, "Bulat Auelbaev"),
    ("004_a96dd2d33c427fe1.txt", 19, "Kassym-Jomart Tokayev"),
    ("004_a96dd2d33c427fe1.txt", 21, "Bulat Auelbaev"),
];

/// The words a line of a source puts in someone's mouth: between its first and its last
/// straight quotation mark, or, where the line prints its speaker's words with no marks
/// ("…, - отмечает … Булат Ауелбаев"), before the dash that names the speaker.
fn quoted_on(line: &str) -> &str {
    match (line.find('"'), line.rfind('"')) {
        (Some(open), Some(close)) if close > open => &line[open + 1..close],
        _ => line.split(", - ").next().unwrap_or(line),
    }
}

#[test]
fn no_quoted_passage_is_left_out_or_cut_without_a_mark() {
    let route = route();
    let mut wrong = Vec::new();
    for &(file, number, speaker) in QUOTED {
        let text = std::fs::read_to_string(sources_dir().join(file)).expect("the source");
        let line = text.lines().nth(number - 1).expect("the line");
        let passage = SourceText::new(quoted_on(line));
        let source = route
            .sources
            .iter()
            .find(|s| s.reference == file)
            .expect("a source for the file");
        let mut pieces: Vec<(usize, &Quote)> = route
            .quotes
            .iter()
            .filter(|q| q.source == source.id && q.speaker == speaker && !q.is_reported())
            .filter_map(|q| passage.find(&q.text).ok().map(|at| (at, q)))
            .collect();
        pieces.sort_by_key(|(at, _)| *at);
        let joined = pieces
            .iter()
            .map(|(_, q)| q.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let whole = SourceText::new(&joined).find(quoted_on(line)).is_ok();
        if !whole {
            wrong.push(format!(
                "{file} line {number} ({speaker}): the route has {:?}",
                pieces.iter().map(|(_, q)| &q.id).collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "quoted passages not in the route whole:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn reported_statements_are_the_articles_words_about_the_speakers() {
    let route = route();
    let reported: Vec<&Quote> = route.quotes.iter().filter(|q| q.is_reported()).collect();
    for (speaker, source) in [
        ("Amina Kosbaeva", "s001"),
        ("Almas Aubekerov", "s002"),
        ("Ilham Aliyev", "s003"),
        ("Kassym-Jomart Tokayev", "s003"),
        ("Bulat Auelbaev", "s004"),
    ] {
        assert!(
            reported
                .iter()
                .any(|q| q.speaker == speaker && q.source == source),
            "nothing reported of {speaker} from {source}"
        );
    }
    let kosbaeva = reported
        .iter()
        .find(|q| q.text.contains("подчеркнула эксперт"))
        .expect("\"подчеркнула эксперт\"");
    assert_eq!(kosbaeva.speaker, "Amina Kosbaeva");
    // What was signed as the article author's own words is what Aliyev and Tokayev said.
    for q in &route.quotes {
        if q.speaker == "Ibragim Aliev" {
            assert!(
                !q.text.starts_with("Президент"),
                "{} reports a president's words as the author's",
                q.id
            );
        }
    }
}

#[test]
fn every_id_a_route_names_exists() {
    let route = route();
    let sources: Vec<&str> = route.sources.iter().map(|s| s.id.as_str()).collect();
    let quotes: Vec<&str> = route.quotes.iter().map(|q| q.id.as_str()).collect();
    for (what, source, _) in passages(&route) {
        assert!(sources.contains(&source), "{what} names source {source}");
    }
    for (i, slide) in route.story.iter().enumerate() {
        for id in &slide.quotes {
            assert!(quotes.contains(&id.as_str()), "slide {i} shows quote {id}");
        }
    }
    for s in &route.sources {
        assert!(
            sources_dir().join(&s.reference).is_file(),
            "{}",
            s.reference
        );
    }
    let mut unique = quotes.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), quotes.len(), "a quote id is repeated");
}
