//! Opening, dropping, reloading and remembering route files, as a user does it.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use corridor_atlas::ui::app::StartRoute;
use egui_kittest::kittest::Queryable;

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_broken_file_lists_its_problems_and_keeps_the_route() {
    let dir = common::temp_dir("drop-broken");
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        common::SMALL_ROUTE
            .replace("\"from\": \"lobito\"", "\"from\": \"lobit\"")
            .replace("\"lat\": -10.71", "\"lat\": -100.71"),
    )
    .expect("write");

    let mut harness = common::builtin();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(broken.clone())));
    harness.step();
    common::step_until(&mut harness, "the dropped file is read", |app| {
        !app.is_loading()
    });

    harness.get_by_label_contains("could not be opened: 2 problems");
    harness.get_by_label_contains("did you mean 'lobito'?");
    harness.get_by_label_contains("broken.json:11:31 at links[0].from");
    harness.get_by_label_contains("latitude -100.71 is off the globe");
    // The route on screen stays.
    assert_eq!(harness.state().route().id, "middle-corridor");
    harness.get_by_label("Aktau");

    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("could not be opened")
            .is_none()
    );
}

#[test]
fn a_file_given_at_start_opens_and_is_remembered() {
    let dir = common::temp_dir("open");
    let path = dir.join("test-route.json");
    std::fs::write(&path, common::SMALL_ROUTE).expect("write");

    let mut harness = common::app_harness(StartRoute::Files(vec![path.clone()]));
    common::step_until(&mut harness, "the route is open", |app| {
        app.route().id == "test-route"
    });
    harness.get_by_label("Lobito");
    assert!(harness.query_by_label("Aktau").is_none());
    let recent = &harness.state().settings().recent_files;
    let canonical = std::fs::canonicalize(&path).expect("canonical path");
    assert_eq!(recent.first(), Some(&vec![canonical]));
}

#[test]
fn a_changed_file_reloads_and_a_broken_change_keeps_the_last_good_route() {
    let dir = common::temp_dir("watch");
    let path = dir.join("watched.json");
    std::fs::write(&path, common::SMALL_ROUTE).expect("write");
    let mut harness = common::app_harness(StartRoute::Files(vec![path.clone()]));
    common::step_until(&mut harness, "the route is open", |app| {
        app.route().id == "test-route"
    });

    // An edit made in another program: a third place.
    let edited = common::SMALL_ROUTE.replace(
        "\"lon\": 22.22}\n",
        "\"lon\": 22.22},\n    {\"id\": \"benguela\", \"name\": \"Benguela\", \"kind\": \"city\", \"country\": \"Angola\", \"lat\": -12.58, \"lon\": 13.41}\n",
    );
    assert_ne!(edited, common::SMALL_ROUTE);
    std::fs::write(&path, edited).expect("write");
    common::step_until(&mut harness, "the edit is reloaded", |app| {
        app.route().nodes.len() == 3
    });
    harness.get_by_label("Benguela");

    // A broken save: the last good route stays, and the problems say why.
    std::fs::write(&path, "{ \"version\": 2, \"id\": ").expect("write");
    common::step_until(&mut harness, "the broken edit is reported", |app| {
        !app.load_problems().is_empty()
    });
    harness.get_by_label_contains("changed on disk and now has 1 problem");
    assert_eq!(harness.state().route().nodes.len(), 3);
    harness.get_by_label("Benguela");
}

#[test]
fn a_change_on_disk_does_not_overwrite_unsaved_edits() {
    let dir = common::temp_dir("watch-dirty");
    let path = dir.join("edited.json");
    std::fs::write(&path, common::SMALL_ROUTE).expect("write");
    let mut harness = common::app_harness(StartRoute::Files(vec![path.clone()]));
    common::step_until(&mut harness, "the route is open", |app| {
        app.route().id == "test-route"
    });
    // An unsaved edit: a slide added from the view.
    harness.get_by_label("Story (0)").click();
    harness.run();
    harness.get_by_label("Add slide from current view").click();
    harness.run();
    assert_eq!(harness.state().route().story.len(), 1);

    std::fs::write(
        &path,
        common::SMALL_ROUTE.replace("Test Route", "Renamed Route"),
    )
    .expect("write");
    common::step_until(&mut harness, "the change is noticed", |app| {
        app.has_changed_on_disk()
    });
    harness.get_by_label_contains("changed on disk, and this window has edits");
    assert_eq!(harness.state().route().title, "Test Route");
    assert_eq!(harness.state().route().story.len(), 1);

    harness.get_by_label("Reload and lose my edits").click();
    common::step_until(&mut harness, "the file is reloaded", |app| {
        app.route().title == "Renamed Route"
    });
    assert!(harness.state().route().story.is_empty());
}

/// A flow with no way over its layer's modes is kept, not drawn, and the status bar's warning
/// names the layer, its modes and what to do.
#[test]
fn a_flow_with_no_way_over_its_modes_is_a_warning_that_says_what_to_do() {
    let dir = common::temp_dir("modes");
    let path = dir.join("oil-by-rail.json");
    std::fs::write(
        &path,
        common::SMALL_ROUTE.replace(
            "\n  ]\n}",
            "\n  ],\n  \"layers\": [{\"id\": \"oil\", \"name\": \"Oil\", \"unit\": \"Mt\", \"color\": \"#1f2937\", \"modes\": [\"pipeline\"], \"values\": [{\"from\": \"lobito\", \"to\": \"luau\", \"year\": 2024, \"value\": 1, \"kind\": \"actual\", \"source\": \"s1\"}]}]\n}",
        ),
    )
    .expect("write");
    let mut harness = common::app_harness(StartRoute::Files(vec![path]));
    common::step_until(&mut harness, "the route is open", |app| {
        app.route().id == "test-route"
    });
    assert!(
        harness.state().geometry().flow_legs[0][0].is_empty(),
        "not drawn"
    );
    harness.get_by_label_contains("1 warning(s) in ").hover();
    harness.run();
    harness.get_by_label_contains(
        "the value of layer 'oil' from 'lobito' to 'luau' has no way over links of the layer's modes (pipeline)",
    );
}
