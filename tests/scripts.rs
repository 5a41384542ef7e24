//! Names in scripts the shipped fonts lack: drawn with the computer's own fonts in the window and
//! the pictures, never as empty boxes, or named in a warning where the computer has no font for
//! them. Pictures and checks run as the command line, each in a process of its own, so that the
//! window's test is the one that takes the system's fonts in this process, as the app does.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use corridor_atlas::ui::app::StartRoute;
use egui_kittest::kittest::Queryable;
use resvg::tiny_skia::Pixmap;

const CHINA: &str = r#"{
  "version": 3,
  "id": "china-rail",
  "title": "Xi'an to Ürümqi",
  "nodes": [
    {"id": "xian", "name": "西安", "kind": "city", "country": "China", "lat": 34.34, "lon": 108.94},
    {"id": "lanzhou", "name": "兰州", "kind": "city", "country": "China", "lat": 36.06, "lon": 103.83},
    {"id": "urumqi", "name": "乌鲁木齐", "kind": "city", "country": "China", "lat": 43.83, "lon": 87.62}
  ],
  "links": [
    {"id": "east", "from": "xian", "to": "lanzhou", "mode": "rail", "status": "operating"},
    {"id": "west", "from": "lanzhou", "to": "urumqi", "mode": "rail", "status": "operating"}
  ]
}"#;

fn atlas() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_corridor-atlas"));
    // Pictures and checks need no display.
    command.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    command
}

/// The route written to a file of its own in `dir`.
fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

/// What `check` prints of the file, which must be valid.
fn check(path: &Path) -> String {
    let output = atlas().arg("check").arg(path).output().expect("check runs");
    let printed = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(output.status.code(), Some(0), "{printed}");
    printed
}

/// The warnings `check` gives of letters no font draws, as the place and text of each.
fn undrawn(printed: &str) -> Vec<&str> {
    printed
        .lines()
        .filter(|line| line.contains("no font on this computer draws"))
        .collect()
}

/// How many pixels of a picture of the route file are dark, as the letters of labels are.
fn dark_pixels(path: &Path) -> usize {
    let png = path.with_extension("png");
    let output = atlas()
        .args([
            "render",
            "--size",
            "900x600",
            "--no-scale-bar",
            "--no-attribution",
        ])
        .arg(path)
        .arg("--out")
        .arg(&png)
        .output()
        .expect("render runs");
    assert!(output.status.success(), "{output:?}");
    let picture = Pixmap::decode_png(&std::fs::read(&png).expect("the picture")).expect("a PNG");
    picture
        .pixels()
        .iter()
        .filter(|p| {
            let p = p.demultiply();
            u32::from(p.red()) + u32::from(p.green()) + u32::from(p.blue()) < 3 * 90
        })
        .count()
}

#[test]
fn chinese_names_are_drawn_in_pictures_or_warned_of() {
    let dir = common::temp_dir("scripts-picture");
    let chinese = write(&dir, "china.json", CHINA);
    let printed = check(&chinese);
    let warnings = undrawn(&printed);
    if warnings.is_empty() {
        // A font of the computer draws them (CI installs one). The same route with names no
        // font has leaves no ink for its labels, so the difference is the names' own ink.
        let blank = write(
            &dir,
            "blank.json",
            &CHINA
                .replace("西安", "\u{10FFF0}\u{10FFF1}")
                .replace("兰州", "\u{10FFF2}\u{10FFF3}")
                .replace("乌鲁木齐", "\u{10FFF4}\u{10FFF5}\u{10FFF6}\u{10FFF7}"),
        );
        assert_eq!(undrawn(&check(&blank)).len(), 3, "no font has these");
        let (named, unnamed) = (dark_pixels(&chinese), dark_pixels(&blank));
        assert!(
            named > unnamed + 150,
            "the names drew {} dark pixels",
            named.saturating_sub(unnamed)
        );
    } else {
        // No font for them on this computer: each name is warned of, with its place.
        let path = chinese.display().to_string();
        for (line, name) in [(6, "西安"), (7, "兰州"), (8, "乌鲁木齐")] {
            let node = line - 6;
            assert!(
                warnings
                    .iter()
                    .any(|w| w.starts_with(&format!("warning: {path}:{line}:"))
                        && w.contains(&format!(" at nodes[{node}].name: '{name}' has letters"))),
                "{name}: {warnings:#?}"
            );
        }
    }
}

#[test]
fn letters_no_font_has_are_named_by_check() {
    let dir = common::temp_dir("scripts-check");
    let path = write(
        &dir,
        "private.json",
        &CHINA.replace("兰州", "Lanzhou \u{10FFF0}"),
    );
    let printed = check(&path);
    let warning = printed
        .lines()
        .find(|line| line.contains("nodes[1].name"))
        .unwrap_or_else(|| panic!("no warning of the letter: {printed}"));
    assert!(
        warning.starts_with(&format!("warning: {}:7:", path.display()))
            && warning.contains(" at nodes[1].name: 'Lanzhou \u{10FFF0}' has letters no font on this computer draws (\u{10FFF0})"),
        "{warning}"
    );
}

#[test]
fn the_window_draws_chinese_names_once_their_route_is_open() {
    let path = write(&common::temp_dir("scripts-window"), "china.json", CHINA);
    if !undrawn(&check(&path)).is_empty() {
        // No font for them on this computer: the test harness refuses to draw empty boxes, and
        // the test above checks the warnings.
        return;
    }
    // The fonts are looked for when the route's texts are checked, after the window has its
    // fonts: it takes them afresh.
    let mut harness = common::app_harness(StartRoute::Files(vec![path]));
    common::step_until(&mut harness, "the route is open", |app| {
        app.route().id == "china-rail"
    });
    common::step_until(&mut harness, "its texts are checked", |app| {
        !app.is_checking_talk()
    });
    harness.run();
    let drawn = harness
        .ctx
        .fonts_mut(|fonts| fonts.has_glyphs(&egui::FontId::proportional(15.0), "西安兰州乌鲁木齐"));
    assert!(drawn, "the window has no font for the names");
    assert!(harness.state().layout_warnings().is_empty());
    harness.get_by_label("西安");
}
