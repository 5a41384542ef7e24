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

#[test]
fn a_gpx_track_and_a_kmz_open_as_routes() {
    let dir = common::temp_dir("gpx-kmz");
    let gpx = dir.join("caspian-ferry.gpx");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/caspian-ferry.gpx"),
        &gpx,
    )
    .expect("copy");
    let mut harness = common::builtin();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(gpx)));
    harness.step();
    common::step_until(&mut harness, "the GPX file is open", |app| {
        app.route().title == "Aktau to Alat by ferry"
    });
    harness.get_by_label("Aktau port");
    assert_eq!(harness.state().route().links.len(), 3);

    // A KMZ, a zipped KML as Google Earth saves it, dropped the same way.
    let kmz = dir.join("free-zone.kmz");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/alat-free-zone.kmz"),
        &kmz,
    )
    .expect("copy");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(kmz)));
    harness.step();
    common::step_until(&mut harness, "the KMZ file is open", |app| {
        app.route().title == "Alat Free Economic Zone"
    });
    harness.get_by_label("Alat port");
}

#[test]
fn a_file_of_areas_alone_opens_framed_on_them_and_says_so() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken/warning-polygons-only.geojson");
    let mut harness = common::app_harness(StartRoute::Files(vec![path]));
    common::step_until(&mut harness, "the areas are open", |app| {
        app.route().id == "warning-polygons-only"
    });
    harness.run();
    let app = harness.state();
    assert!(app.route().nodes.is_empty());
    assert_eq!(app.route().areas.len(), 2);
    harness.get_by_label("2 areas, no places");
    harness.get_by_label_contains("1 warning");
    // The map is framed on the areas: their corners are on the map, far apart.
    let map = app.map_rect().expect("the map is on screen");
    let projection = corridor_atlas::map::projection::Projection::for_route(app.route());
    let view = corridor_atlas::map::camera::ScreenTransform::new(app.camera(), map);
    let (south_west, north_east) = (
        view.project(&projection, 41.3, 50.2),
        view.project(&projection, 45.5, 55.9),
    );
    assert!(
        map.contains(south_west) && map.contains(north_east),
        "{south_west:?} {north_east:?} in {map:?}"
    );
    assert!(
        north_east.x - south_west.x > map.width() * 0.25,
        "the areas fill {} of {} points",
        north_east.x - south_west.x,
        map.width()
    );
    // A web page saved instead of a route is named for what it is; the areas stay.
    let page = common::temp_dir("areas-page").join("route.json");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><head><title>Not Found</title></head></html>",
    )
    .expect("write");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(page)));
    harness.step();
    common::step_until(&mut harness, "the page is refused", |app| {
        !app.load_problems().is_empty()
    });
    harness.get_by_label_contains("this is an HTML page ('Not Found'), not a route");
    assert_eq!(harness.state().route().areas.len(), 2);
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
