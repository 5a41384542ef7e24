//! The command line as a user runs it.

use std::process::Command;

use corridor_atlas::model::FORMAT_VERSION;

fn atlas() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corridor-atlas"))
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("corridor-atlas-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

#[test]
fn check_json_reports_the_builtin_route() {
    let out = atlas()
        .args(["check", "data/middle-corridor.json", "--json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(report["ok"], true);
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(0));
    let summary = &report["summary"];
    for key in ["nodes", "links", "layers", "quotes", "slides"] {
        assert!(summary[key].is_u64(), "summary.{key}");
    }
    assert!(summary["nodes"].as_u64() >= Some(10));
    let aktau = report["nodes"]
        .as_array()
        .and_then(|n| n.iter().find(|n| n["id"] == "aktau"))
        .expect("aktau listed");
    assert_eq!(aktau["name"], "Aktau");
    assert!((aktau["lat"].as_f64().unwrap_or(0.0) - 43.6).abs() < 0.1);
    let layers = report["layers"].as_array().expect("layers");
    assert_eq!(summary["layers"].as_u64(), Some(layers.len() as u64));
    let cargo = layers
        .iter()
        .find(|l| l["id"] == "cargo")
        .expect("cargo layer");
    assert_eq!(cargo["unit"], "Mt");
    let first = &cargo["values"][0];
    for key in ["from", "to", "year", "value", "kind", "source"] {
        assert!(!first[key].is_null(), "value.{key}");
    }
    assert!(layers.iter().any(|l| {
        l["values"]
            .as_array()
            .is_some_and(|v| v.iter().any(|v| v["kind"] == "plan"))
    }));
    // Every value lists the links it is drawn along: the oil from Aktau, which names none,
    // crosses the Caspian and takes the pipeline, never the fibre cable.
    let oil = layers.iter().find(|l| l["id"] == "oil").expect("oil layer");
    assert_eq!(
        oil["modes"],
        serde_json::json!(["pipeline", "sea_ferry", "rail"])
    );
    let links = |from: &str| -> Vec<&str> {
        oil["values"]
            .as_array()
            .and_then(|v| v.iter().find(|v| v["from"] == from))
            .and_then(|v| v["links"].as_array())
            .map(|l| l.iter().filter_map(|id| id.as_str()).collect())
            .unwrap_or_default()
    };
    assert_eq!(links("baku"), ["pipeline-btc"]);
    assert_eq!(links("aktau"), ["tanker-aktau-baku", "pipeline-btc"]);
    for layer in layers {
        for v in layer["values"].as_array().expect("values") {
            assert!(
                v["links"].as_array().is_some_and(|l| !l.is_empty()),
                "{} {v}: every built-in value is drawn",
                layer["id"]
            );
        }
    }
    let quotes = report["quotes"].as_array().expect("quotes");
    assert_eq!(summary["quotes"].as_u64(), Some(quotes.len() as u64));
    for q in quotes {
        for key in ["id", "speaker", "text", "source"] {
            assert!(q[key].is_string(), "quote.{key}");
        }
        assert!(q["nodes"].is_array());
    }
}

#[test]
fn check_text_summarises_a_valid_route() {
    let out = atlas()
        .args(["check", "data/middle-corridor.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("valid"), "{text}");
    assert!(text.contains("nodes"), "{text}");
}

#[test]
fn check_locates_errors_and_exits_1() {
    let path = temp_file(
        "broken.json",
        r#"{
  "version": 1, "id": "x", "title": "Broken",
  "nodes": [
    {"id": "a", "name": "A", "kind": "port", "country": "X", "lat": 95, "lon": 10}
  ],
  "links": [
    {"id": "l", "from": "a", "to": "b", "mode": "rail", "status": "planned"}
  ]
}"#,
    );
    let out = atlas()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["ok"], false);
    let errors = report["errors"].as_array().expect("errors");
    let lat = errors
        .iter()
        .find(|e| e["path"] == "nodes[0].lat")
        .expect("latitude error");
    assert_eq!(lat["line"], 4);
    assert!(lat["file"].as_str().unwrap_or("").ends_with("broken.json"));
    assert!(errors.iter().any(|e| {
        e["path"] == "links[0].to"
            && e["message"]
                .as_str()
                .unwrap_or("")
                .contains("unknown node 'b'")
    }));

    let text = atlas().arg("check").arg(&path).output().expect("runs");
    assert_eq!(text.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("broken.json:4:"), "{stdout}");
}

#[test]
fn check_unreadable_file_exits_2() {
    let out = atlas()
        .args(["check", "no/such/route.json", "--json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["ok"], false);
    assert!(
        report["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("cannot read")
    );
}

#[test]
fn bad_usage_exits_2() {
    let out = atlas().args(["check"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = atlas()
        .args(["check", "a.json", "--frobnicate"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn schema_prints_the_shipped_schema() {
    let out = atlas().arg("schema").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("data/route.schema.json").expect("the shipped schema"),
    )
    .expect("JSON");
    assert_eq!(printed, shipped);
    let properties = &printed["properties"];
    for field in [
        "version", "nodes", "links", "layers", "story", "areas", "$schema",
    ] {
        assert!(properties[field].is_object(), "schema has {field}");
    }
    assert_eq!(printed["additionalProperties"], false);
}

fn convert(input: &std::path::Path, output: &std::path::Path) -> std::process::Output {
    atlas()
        .arg("convert")
        .arg(input)
        .arg("--out")
        .arg(output)
        .output()
        .expect("runs")
}

#[test]
fn convert_writes_a_current_route_file_that_checks() {
    let old = std::fs::read_to_string("data/middle-corridor.json")
        .expect("built-in")
        .replacen(
            &format!("\"version\": {FORMAT_VERSION}"),
            "\"version\": 1",
            1,
        );
    assert!(old.contains("\"version\": 1"));
    let input = temp_file("old-version.json", &old);
    let output = input.with_file_name("converted.json");
    let out = convert(&input, &output);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("17 nodes"));
    let written = std::fs::read_to_string(&output).expect("written");
    assert!(written.contains(&format!("\"version\": {FORMAT_VERSION}")));
    assert!(written.contains("\"language\": \"en\""));
    let check = atlas().arg("check").arg(&output).output().expect("runs");
    assert_eq!(check.status.code(), Some(0));
}

/// `convert` of `inputs` to `name` in the temporary folder; the file written.
fn convert_all(inputs: &[&str], name: &str) -> std::path::PathBuf {
    let output = temp_file(name, "");
    let out = atlas()
        .arg("convert")
        .args(inputs)
        .arg("--out")
        .arg(&output)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{inputs:?}: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    output
}

#[test]
fn every_file_convert_writes_opens_again_as_the_same_route() {
    use corridor_atlas::io::{load_files, load_route_file, route_schema_json};
    /// Every field name some part of the format requires.
    fn required_names(schema: &serde_json::Value, into: &mut std::collections::HashSet<String>) {
        match schema {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Array(names)) = map.get("required") {
                    into.extend(names.iter().filter_map(|n| n.as_str()).map(String::from));
                }
                map.values().for_each(|v| required_names(v, into));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| required_names(v, into)),
            _ => {}
        }
    }
    let schema: serde_json::Value =
        serde_json::from_str(&route_schema_json()).expect("the schema is JSON");
    let mut required = std::collections::HashSet::new();
    required_names(&schema, &mut required);
    for inputs in [
        &["data/middle-corridor.json"][..],
        &["data/examples/lobito-corridor.json"],
        &["data/examples/middle-corridor.geojson"],
        &["data/examples/middle-corridor.kml"],
        &["data/examples/middle-corridor-flows/flows.csv"],
        &[
            "data/examples/middle-corridor-flows/locations.csv",
            "data/examples/middle-corridor-flows/flows.csv",
        ],
    ] {
        let paths: Vec<std::path::PathBuf> = inputs.iter().map(Into::into).collect();
        let original = load_files(&paths, &mut |_| {}).expect("the input loads");
        let name = format!("round-trip-{}.json", inputs.len() * 10 + inputs[0].len());
        let output = convert_all(inputs, &name);
        let reopened = load_route_file(&output)
            .unwrap_or_else(|e| panic!("{inputs:?}: the converted file does not open: {e}"));
        assert_eq!(reopened.route, original.route, "{inputs:?}");
        assert!(
            reopened.warnings.len() <= original.warnings.len(),
            "{inputs:?}"
        );
        let text = std::fs::read_to_string(&output).expect("written");
        // Empty fields are left out rather than written as "", [] or null, but for the ones the
        // format requires, and a slide's empty list of layers, which shows none.
        let kept = |empty: &str, field: &str| {
            let name = field.rsplit('"').nth(1).unwrap_or_default();
            (empty == "[]" && name == "layers") || (empty == "\"\"" && required.contains(name))
        };
        let compact = text.replace(": ", ":");
        for empty in ["\"\"", "[]", "null"] {
            for (at, _) in compact.match_indices(&format!(":{empty}")) {
                let field = compact.get(..at).unwrap_or_default();
                assert!(
                    kept(empty, field),
                    "{inputs:?}: {empty} written after {}",
                    field
                        .get(field.len().saturating_sub(40)..)
                        .unwrap_or_default()
                );
            }
        }
    }
}

#[test]
fn convert_refuses_a_broken_file_and_writes_nothing() {
    let input = temp_file("broken-convert.json", "{\"version\": 2, \"id\": ");
    let output = input.with_file_name("never-written.json");
    let out = convert(&input, &output);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("broken-convert.json:1:"));
    assert!(!output.exists());
}

/// `check --json` lists the sources with their dates as the sources give them, and each quote's
/// kind, date and note: scripts see "not given" where a source prints no date, never a guess.
#[test]
fn check_json_says_which_sources_give_no_date_and_what_each_quote_is() {
    let out = atlas()
        .args(["check", "data/middle-corridor.json", "--json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for guess in ["before 2025", "around 2025"] {
        assert!(!text.contains(guess), "{guess}");
    }
    let report: serde_json::Value = serde_json::from_str(&text).expect("one JSON object");
    let sources = report["sources"].as_array().expect("sources");
    let date = |id: &str| {
        sources
            .iter()
            .find(|s| s["id"] == id)
            .map(|s| s["date"].clone())
            .expect("the source")
    };
    assert_eq!(sources.len(), 5);
    assert_eq!(date("s000"), "not given");
    assert_eq!(date("s002"), "not given");
    assert_eq!(date("s001"), "2025-10-21");
    assert_eq!(date("s003"), "2025-10-20");
    let quotes = report["quotes"].as_array().expect("quotes");
    let quote = |id: &str| {
        quotes
            .iter()
            .find(|q| q["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id}"))
    };
    // Dated from its source, which gives no date.
    assert_eq!(quote("q10")["date"], "not given");
    assert_eq!(quote("q10")["nodes"], serde_json::json!([]));
    assert_eq!(quote("q05")["date"], "2025-10-21");
    assert_eq!(quote("q01")["kind"], "quote");
    assert_eq!(quote("q01")["nodes"], serde_json::json!(["aktau", "alat"]));
    assert!(
        quote("q01")["note"]
            .as_str()
            .is_some_and(|n| n.contains("Alat")),
        "{}",
        quote("q01")["note"]
    );
    let reported: Vec<&serde_json::Value> =
        quotes.iter().filter(|q| q["kind"] == "reported").collect();
    assert!(reported.len() >= 10, "{}", reported.len());
    assert!(reported.iter().any(|q| {
        q["text"]
            .as_str()
            .is_some_and(|t| t.contains("подчеркнула эксперт"))
    }));
}

#[test]
fn check_warns_where_a_talk_breaks_the_rules_of_a_hall() {
    let clean = atlas()
        .args(["check", "data/middle-corridor.json", "--json"])
        .output()
        .expect("runs");
    let report: serde_json::Value = serde_json::from_slice(&clean.stdout).expect("JSON");
    assert_eq!(
        report["warnings"].as_array().map(Vec::len),
        Some(0),
        "the built-in talk passes clean: {}",
        report["warnings"]
    );

    // Slide 4 made about places from Ceyhan to Astana, with a quote five times too long.
    let text = std::fs::read_to_string("data/middle-corridor.json").expect("the built-in route");
    let mut route: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    route["story"][2]["focus"]["nodes"] = serde_json::json!(["ceyhan", "astana", "dostyk"]);
    let quote = route["story"][2]["quotes"][0].clone();
    if let Some(quotes) = route["quotes"].as_array_mut() {
        for q in quotes.iter_mut().filter(|q| q["id"] == quote) {
            let words = q["text"].as_str().unwrap_or_default().repeat(5);
            q["text"] = serde_json::json!(words);
        }
    }
    let path = temp_file(
        "crowded-talk.json",
        &serde_json::to_string_pretty(&route).expect("JSON"),
    );
    let out = atlas().arg("check").arg(&path).output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "warnings only: {text}");
    let warning = text
        .lines()
        .find(|l| l.contains("slide 4 at 1024×768"))
        .unwrap_or_else(|| panic!("a warning for slide 4 on a projector: {text}"));
    assert!(warning.starts_with("warning: "), "{warning}");
    assert!(
        warning.contains("story[2]"),
        "located at the slide: {warning}"
    );
}

#[test]
fn render_speaks_the_language_asked_for_and_names_the_ones_it_knows() {
    let dir = std::env::temp_dir().join(format!("corridor-atlas-cli-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let png = dir.join("x.png");
    let out = atlas()
        .args([
            "render",
            "--builtin",
            "--lang",
            "ru",
            "--slide",
            "4",
            "--out",
        ])
        .arg(&png)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&png).expect("the picture");
    assert!(bytes.starts_with(b"\x89PNG"));

    let out = atlas()
        .args([
            "render",
            "--builtin",
            "--lang",
            "xx",
            "--slide",
            "4",
            "--out",
        ])
        .arg(dir.join("y.png"))
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("\"xx\""), "{said}");
    assert!(said.contains("en, ru"), "the known languages: {said}");
    assert!(!dir.join("y.png").exists());
}
