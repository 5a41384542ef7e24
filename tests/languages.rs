//! Route texts in several languages: reading them, showing a route in another language, saving
//! them back as they came, and what `check` says of a language that covers part of a route.

mod common;

use egui_kittest::kittest::Queryable;

use std::path::{Path, PathBuf};

use corridor_atlas::io::{load_route_file, parse_route, save_route};
use corridor_atlas::model::{FORMAT_VERSION, Route, Text};

/// A route in English with Russian for some texts: plain strings beside objects of languages,
/// one text in Russian alone, and a slide, a layer and a disagreement whose texts have no ids.
const MIXED: &str = r##"{
  "version": 3,
  "language": "en",
  "id": "caspian",
  "title": {"en": "Across the Caspian", "ru": "Через Каспий"},
  "description": "A ferry and two ports.",
  "sources": [{"id": "s1", "title": "An article", "language": "ru"}],
  "nodes": [
    {"id": "aktau", "name": {"en": "Aktau", "ru": "Актау"}, "local_name": "Ақтау", "kind": "port", "country": "Kazakhstan", "lat": 43.6, "lon": 51.22, "description": "A sea port on the Caspian."},
    {"id": "alat", "name": "Alat", "kind": "port", "country": "Azerbaijan", "lat": 39.93, "lon": 49.42}
  ],
  "links": [
    {"id": "ferry", "name": {"ru": "Паром Актау – Алят"}, "from": "aktau", "to": "alat", "mode": "sea_ferry", "status": "operating"}
  ],
  "disagreements": [
    {"id": "volume", "topic": {"en": "Ferry volume", "ru": "Объём перевозок"}, "claims": [
      {"value": "1 Mt", "source": "s1"},
      {"value": {"en": "2 Mt", "ru": "2 млн т"}, "source": "s1"}
    ]}
  ],
  "layers": [
    {"id": "oil", "name": {"en": "Oil", "ru": "Нефть"}, "unit": "Mt", "color": "#aa5500", "values": [
      {"from": "aktau", "to": "alat", "year": 2024, "value": 1.5, "kind": "actual", "source": "s1", "note": {"en": "By ferry", "ru": "Паромом"}}
    ]}
  ],
  "story": [
    {"title": {"en": "The crossing", "ru": "Переправа"}, "text": "Three days by sea.", "notes": ""}
  ]
}"##;

fn mixed() -> Route {
    parse_route(MIXED, "mixed.json")
        .expect("the mixed route loads")
        .route
}

/// An empty folder for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "corridor-atlas-languages-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("read back");
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn a_route_with_plain_and_multilingual_texts_loads_in_its_language() {
    let route = mixed();
    assert_eq!(route.default_language(), "en");
    assert_eq!(route.title, "Across the Caspian");
    assert_eq!(route.nodes[0].name, "Aktau");
    assert_eq!(route.nodes[1].name, "Alat");
    assert_eq!(route.disagreements[0].claims[1].value, "2 Mt");
    assert_eq!(route.layers[0].values[0].note, "By ferry");
    assert_eq!(route.story[0].title, "The crossing");
    assert_eq!(route.nodes[0].name.get("ru"), Some("Актау"));
    assert!(route.texts().all(|(_, text)| !text.fell_back()));
    // Not texts: kept as the file has them.
    assert_eq!(route.nodes[0].local_name, "Ақтау");
    assert_eq!(route.sources[0].language, "ru");
}

#[test]
fn a_route_without_a_language_is_in_english() {
    let text = MIXED.replace("  \"language\": \"en\",\n", "");
    let route = parse_route(&text, "mixed.json").expect("loads").route;
    assert_eq!(route.language, "en");
    assert_eq!(route.nodes[0].name, "Aktau");
}

#[test]
fn a_route_in_russian_shows_its_russian_texts() {
    let text = MIXED.replace("\"language\": \"en\"", "\"language\": \"ru\"");
    let route = parse_route(&text, "mixed.json").expect("loads").route;
    assert_eq!(route.title, "Через Каспий");
    assert_eq!(route.links[0].name, "Паром Актау – Алят");
    assert_eq!(route.languages(), ["ru", "en"]);
}

#[test]
fn in_language_shows_that_language_and_falls_back_to_the_default_marked() {
    let route = mixed();
    let russian = route.in_language("ru");
    assert_eq!(russian.title, "Через Каспий");
    assert!(!russian.title.fell_back());
    assert_eq!(russian.nodes[0].name, "Актау");
    assert_eq!(russian.layers[0].values[0].note, "Паромом");
    assert_eq!(russian.disagreements[0].claims[1].value, "2 млн т");
    // No Russian: the English text, marked as such.
    assert_eq!(russian.nodes[1].name, "Alat");
    assert!(russian.nodes[1].name.fell_back());
    assert_eq!(russian.nodes[0].description, "A sea port on the Caspian.");
    assert!(russian.nodes[0].description.fell_back());
    assert_eq!(russian.disagreements[0].claims[0].value, "1 Mt");
    assert!(russian.disagreements[0].claims[0].value.fell_back());
    // Back in English, nothing is marked; the route is the one it was made from.
    let english = russian.in_language("en");
    assert!(english.texts().all(|(_, text)| !text.fell_back()));
    assert_eq!(english.nodes[0].name, "Aktau");
    assert_eq!(english, route);
}

#[test]
fn a_language_no_text_has_falls_back_everywhere() {
    let kazakh = mixed().in_language("kk");
    assert_eq!(kazakh.title, "Across the Caspian");
    assert!(
        kazakh
            .texts()
            .filter(|(_, text)| !text.is_empty())
            .all(|(_, text)| text.fell_back())
    );
}

#[test]
fn a_text_without_the_default_language_shows_its_first_and_is_reported() {
    let loaded = parse_route(MIXED, "mixed.json").expect("loads");
    assert_eq!(loaded.route.links[0].name, "Паром Актау – Алят");
    let warning = loaded
        .warnings
        .iter()
        .find(|w| w.path == "links[0].name")
        .expect("reported at the link's name");
    assert!(
        warning
            .message
            .contains("links[ferry].name has no text in the route's language \"en\""),
        "{warning}"
    );
    // Shown in English, the link falls back to its only language.
    let english = loaded.route.in_language("en");
    assert_eq!(english.links[0].name, "Паром Актау – Алят");
}

#[test]
fn every_text_is_walked_with_a_path_in_the_files_terms() {
    let route = mixed();
    let paths: Vec<String> = route.texts().map(|(path, _)| path.to_string()).collect();
    for expected in [
        "title",
        "description",
        "sources[s1].title",
        "sources[s1].outlet",
        "sources[s1].author",
        "nodes[aktau].name",
        "nodes[aktau].description",
        "links[ferry].name",
        "disagreements[volume].topic",
        "disagreements[volume].claims[1].value",
        "layers[oil].name",
        "layers[oil].unit",
        "layers[oil].values[0].note",
        "story[0].title",
        "story[0].text",
        "story[0].notes",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "{expected} in {paths:?}"
        );
    }
    assert!(!paths.iter().any(|p| p.contains("local_name")), "{paths:?}");
    let json: Vec<String> = route.texts().map(|(path, _)| path.json_path()).collect();
    assert!(
        json.contains(&"layers[0].values[0].note".to_string()),
        "{json:?}"
    );
}

#[test]
fn texts_mut_reaches_every_text() {
    let mut route = mixed();
    for (path, text) in route.texts_mut() {
        text.set("de", "en", format!("de:{path}"));
    }
    assert_eq!(route.nodes[0].name.get("de"), Some("de:nodes[aktau].name"));
    assert_eq!(
        route.layers[0].values[0].note.get("de"),
        Some("de:layers[oil].values[0].note")
    );
    assert_eq!(route.languages(), ["en", "ru", "de"]);
    let german = route.in_language("de");
    assert_eq!(german.story[0].text, "de:story[0].text");
    assert!(german.texts().all(|(_, text)| !text.fell_back()));
}

#[test]
fn saving_keeps_plain_texts_plain_and_objects_objects() {
    let mut route = mixed();
    route.nodes[0].name.set("en", "en", "Aqtau");
    route.nodes[1].name.set("en", "en", "Alat port");
    route.nodes[1].description.set("ru", "en", "Порт");
    let path = temp_dir("save").join("saved.json");
    save_route(&route, &path).expect("saved");
    let json = read_json(&path);
    assert_eq!(json["version"], FORMAT_VERSION);
    assert_eq!(json["language"], "en");
    assert_eq!(
        json["nodes"][0]["name"],
        serde_json::json!({"en": "Aqtau", "ru": "Актау"})
    );
    assert_eq!(
        json["nodes"][0]["description"],
        "A sea port on the Caspian."
    );
    assert_eq!(json["nodes"][1]["name"], "Alat port");
    assert_eq!(
        json["nodes"][1]["description"],
        serde_json::json!({"en": "", "ru": "Порт"})
    );
    assert_eq!(
        json["links"][0]["name"],
        serde_json::json!({"ru": "Паром Актау – Алят"})
    );
    assert_eq!(json["description"], "A ferry and two ports.");
    let back = load_route_file(&path).expect("loads back").route;
    assert_eq!(back, route);
}

#[test]
fn a_route_shown_in_another_language_saves_as_the_same_file() {
    let route = mixed();
    let dir = temp_dir("save-shown");
    save_route(&route, &dir.join("en.json")).expect("saved");
    save_route(&route.in_language("ru"), &dir.join("ru.json")).expect("saved");
    assert_eq!(
        read_json(&dir.join("en.json")),
        read_json(&dir.join("ru.json"))
    );
}

#[test]
fn a_text_of_the_wrong_shape_is_refused_with_what_to_write() {
    let text = MIXED.replace(r#""name": "Alat""#, r#""name": {}"#);
    let err = parse_route(&text, "mixed.json").expect_err("an empty object");
    let problem = &err.problems()[0];
    assert_eq!(problem.path, "nodes[1].name");
    assert!(problem.message.contains("empty object"), "{problem}");
    let text = MIXED.replace(r#""name": "Alat""#, r#""name": ["Alat"]"#);
    let err = parse_route(&text, "mixed.json").expect_err("a list");
    let problem = &err.problems()[0];
    assert!(
        problem
            .message
            .contains("expected a text, or an object of language code → text"),
        "{problem}"
    );
    assert_eq!(problem.line, 10, "{problem}");
}

#[test]
fn check_json_reports_what_a_language_misses() {
    let path = temp_dir("check").join("mixed.json");
    std::fs::write(&path, MIXED).expect("write");
    let mut out = Vec::new();
    let code = corridor_atlas::cli::check(&[path], true, &mut out);
    assert_eq!(code, corridor_atlas::cli::EXIT_VALID);
    let report: serde_json::Value = serde_json::from_slice(&out).expect("JSON report");
    let warnings = report["warnings"].as_array().expect("warnings");
    let coverage = warnings
        .iter()
        .filter_map(|w| w["message"].as_str())
        .find(|m| m.starts_with("language \"ru\""))
        .expect("a coverage warning");
    assert_eq!(
        coverage,
        "language \"ru\" covers 8 of 15 texts; missing: description, sources[s1].title, \
         nodes[aktau].description, nodes[alat].name, disagreements[volume].claims[0].value \
         and 2 more"
    );
}

#[test]
fn every_shipped_route_loads_in_its_languages_and_saves_as_it_came() {
    let mut files = vec![PathBuf::from("data/middle-corridor.json")];
    for entry in std::fs::read_dir("data/examples").expect("examples") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    assert!(files.len() >= 3, "{files:?}");
    for path in files {
        let loaded = load_route_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let route = loaded.route;
        assert_eq!(route.version, FORMAT_VERSION, "{}", path.display());
        // The built-in route is in English and Russian; the examples show plain English files.
        let builtin = path.ends_with("middle-corridor.json");
        let expected: &[&str] = if builtin { &["en", "ru"] } else { &["en"] };
        assert_eq!(route.languages(), expected, "{}", path.display());
        assert_eq!(
            route.texts().any(|(_, text)| text.is_multilingual()),
            builtin,
            "{}",
            path.display()
        );
        assert!(
            !loaded
                .warnings
                .iter()
                .any(|w| w.message.contains("language")),
            "{}: {:?}",
            path.display(),
            loaded.warnings
        );
        // Saved again, every text is what it was: a plain string or the same languages; an
        // empty one is left out, as a file may leave it.
        let original: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        let saved = serde_json::to_value(&route).expect("JSON");
        let empty = serde_json::Value::from("");
        for (path_in_route, _) in route.texts() {
            let pointer = pointer_of(&path_in_route.json_path());
            if let Some(before) = original.pointer(&pointer) {
                let after = saved.pointer(&pointer);
                let kept = after == Some(before) || (before == &empty && after.is_none());
                assert!(kept, "{path_in_route}: {before} saved as {after:?}");
            }
        }
    }
}

/// `nodes[3].name` as the JSON pointer `/nodes/3/name`.
fn pointer_of(path: &str) -> String {
    path.replace('[', ".")
        .replace(']', "")
        .split('.')
        .map(|step| format!("/{step}"))
        .collect()
}

#[test]
fn a_text_reads_as_a_string_wherever_one_was_read() {
    let text = Text::from("Aktau");
    let s: &str = &text;
    assert_eq!(s, "Aktau");
    assert_eq!(format!("{text} port"), "Aktau port");
    assert!(text.starts_with("Akt"));
}

/// The app in Russian shows the built-in route's Russian names, and English ones again when the
/// language is switched back.
#[test]
fn the_app_shows_the_route_in_the_interface_language() {
    let mut harness = common::builtin_in("ru");
    let aktau =
        |app: &corridor_atlas::CorridorApp| app.route().node("aktau").map(|n| n.name.to_string());
    assert_eq!(aktau(harness.state()).as_deref(), Some("Актау"));
    assert!(!harness.state().route().title.fell_back());
    let ctx = harness.ctx.clone();
    harness.state_mut().set_language(&ctx, "en");
    harness.run();
    assert_eq!(aktau(harness.state()).as_deref(), Some("Aktau"));
}

/// A route without the interface's language is shown in its own, and the app says so once, in
/// the status bar, rather than marking every text; the built-in route lacks no Russian text.
#[test]
fn a_route_without_the_interface_language_says_so() {
    let harness = common::builtin_in("ru");
    assert_eq!(harness.state().language_gap(), None);
    let settings = corridor_atlas::ui::app::Settings {
        language: "ru".to_owned(),
        ..Default::default()
    };
    let mut harness = common::app_harness_with(
        corridor_atlas::ui::app::StartRoute::Files(vec![PathBuf::from(
            "data/examples/lobito-corridor.json",
        )]),
        settings,
    );
    common::step_until(&mut harness, "the Lobito route", |app| {
        app.route().id != "middle-corridor"
    });
    let gap = harness.state().language_gap().expect("a gap");
    assert_eq!(gap.missing, gap.total);
    assert!(gap.total > 10, "{gap:?}");
    harness.run();
    harness.get_by_label_contains("В этом маршруте нет текстов на этом языке");
    // The overview's paragraph, in the route's English, says so where it stands.
    harness.get_by_label("(на языке «English»: русского текста здесь в маршруте нет)");
}
