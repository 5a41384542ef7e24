//! The app driven as a user would: clicks on places, keys, and what the side panel shows.

mod common;

use corridor_atlas::scene::Target;
use egui::Key;
use egui_kittest::kittest::Queryable;

#[test]
fn clicking_aktau_shows_kurmashev_quote() {
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").click();
    harness.run();

    let aktau = harness.state().route().node_index("aktau");
    assert_eq!(harness.state().selection(), aktau.map(Target::Node));
    // The side panel's heading and a quote card signed by the expert.
    assert!(harness.query_all_by_label("Aktau").count() >= 2, "map marker and panel heading");
    harness.get_by_label_contains("— Aidar Kurmashev");
}

#[test]
fn kars_shows_auelbaev_statement() {
    let mut harness = common::builtin();
    harness.get_by_label("Kars").click();
    harness.run();
    harness.get_by_label_contains("— Bulat Auelbaev");
    harness.get_by_label_contains("ТМТМ");
}

#[test]
fn escape_clears_the_selection_and_returns_to_the_overview() {
    let mut harness = common::builtin();
    harness.get_by_label("Kars").click();
    harness.run();
    assert!(harness.state().selection().is_some());
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().selection(), None);
    harness.get_by_label_contains("On the corridor as a whole");
}

#[test]
fn sources_view_lists_the_five_articles() {
    let mut harness = common::builtin();
    harness.get_by_label("Sources").click();
    harness.run();
    for file in [
        "000_19aa60d7c3857d2a.txt",
        "001_57279e575f037d08.txt",
        "002_8acf40fc4fe94850.txt",
        "003_b1657c1bc3b6d52e.txt",
        "004_a96dd2d33c427fe1.txt",
    ] {
        harness.get_by_label_contains(file);
    }
}

#[test]
fn translation_toggle_marks_the_translation() {
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").click();
    harness.run();
    assert!(harness.query_by_label_contains("Translation from the original").is_none());
    harness.key_press(Key::T);
    harness.run();
    harness.get_by_label_contains("Translation from the original");
}

#[test]
fn opening_view_snapshot() {
    let mut harness = common::builtin();
    harness.snapshot("opening_view");
}

#[test]
fn selected_node_snapshot() {
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").click();
    harness.run();
    harness.snapshot("selected_aktau");
}
