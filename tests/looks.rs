//! The interface's looks and sizes as a user with low vision meets them: a theme chosen in View
//! and remembered, the high-contrast theme, and the whole interface at twice its size.

mod common;

use corridor_atlas::ui::app::{Settings, StartRoute};
use corridor_atlas::ui::theme::{self, Theme};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable, by};

/// The projector's size, where room is scarcest.
const PROJECTOR: egui::Vec2 = egui::vec2(1024.0, 768.0);

fn open_theme_menu(harness: &mut egui_kittest::Harness<'_, corridor_atlas::CorridorApp>) {
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Theme").hover();
    harness.run();
}

#[test]
fn a_theme_chosen_in_view_is_applied_and_remembered() {
    let mut harness = common::builtin();
    assert_eq!(harness.state().settings().theme, Theme::Light);
    open_theme_menu(&mut harness);
    harness.get_by_label("High contrast").click();
    harness.run();
    assert_eq!(harness.state().settings().theme, Theme::HighContrast);
    assert_eq!(theme::current(&harness.ctx), Theme::HighContrast);
    let visuals = harness.ctx.global_style().visuals.clone();
    assert_eq!(visuals.override_text_color, Some(egui::Color32::BLACK));

    open_theme_menu(&mut harness);
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.state().settings().theme, Theme::Dark);
    assert!(harness.ctx.global_style().visuals.dark_mode);
}

#[test]
fn a_remembered_theme_is_taken_at_start() {
    let settings = Settings {
        theme: Theme::Dark,
        ..Default::default()
    };
    let harness = common::app_harness_with(StartRoute::Builtin, settings);
    assert_eq!(theme::current(&harness.ctx), Theme::Dark);
    let visuals = harness.ctx.global_style().visuals.clone();
    assert!(visuals.dark_mode);
    // The app's own dark look, not egui's plain one: its text is lighter than egui's grey.
    assert_ne!(
        visuals.override_text_color,
        egui::Visuals::dark().override_text_color
    );
}

#[test]
fn high_contrast_snapshot() {
    let settings = Settings {
        theme: Theme::HighContrast,
        ..Default::default()
    };
    let mut harness = common::app_harness_sized_with(StartRoute::Builtin, settings, PROJECTOR);
    harness.get_by_label("Aktau").click();
    harness.run();
    harness.snapshot("high_contrast_aktau");
}

/// A 1920×1080 screen at twice the size: the harness's size is in points, which the zoom does not
/// change, so the screen's pixels are halved.
const FULL_HD_AT_200: egui::Vec2 = egui::vec2(960.0, 540.0);

/// The controls that lie beyond the window's left or right edge, where no scrolling reaches them.
fn controls_beyond_the_edges(
    harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>,
) -> Vec<String> {
    // The window's box in points, the unit of the nodes' boxes.
    let window = harness.ctx.content_rect();
    assert!(window.width() > 100.0, "{window:?}");
    harness
        .query_all(
            by().predicate(|node| {
                matches!(node.role(), Role::Button | Role::CheckBox | Role::Slider)
            }),
        )
        .filter(|node| node.accesskit_node().bounding_box().is_some())
        .filter_map(|node| {
            let rect = node.rect();
            let label = node.accesskit_node().label().unwrap_or_default();
            // A control inside a scrolled area may lie below its fold; one that starts beyond
            // the window's right or left edge cannot be scrolled to.
            (rect.max.x > window.max.x + 1.0 || rect.min.x < window.min.x - 1.0)
                .then(|| format!("{label:?} at {rect:?}, the window {window:?}"))
        })
        .collect()
}

#[test]
fn nothing_is_cut_off_at_twice_the_size() {
    let settings = Settings {
        text_size: 2.0,
        ..Default::default()
    };
    let mut harness = common::app_harness_sized_with(StartRoute::Builtin, settings, FULL_HD_AT_200);
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 1e-4);
    // The menus stay reachable: View opens and its items can be read.
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Theme");
    harness.key_press(egui::Key::Escape);
    harness.run();
    let beyond = controls_beyond_the_edges(&harness);
    assert!(
        beyond.is_empty(),
        "controls beyond the window's edges: {beyond:#?}"
    );
    harness.get_by_label("Aktau").click();
    harness.run();
    let beyond = controls_beyond_the_edges(&harness);
    assert!(
        beyond.is_empty(),
        "controls beyond the window's edges: {beyond:#?}"
    );
    harness.snapshot("twice_the_size_aktau");
}

#[test]
fn table_view_snapshot() {
    let mut harness = common::app_harness_sized_with(
        StartRoute::Builtin,
        Settings::default(),
        egui::vec2(1280.0, 720.0),
    );
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Table").click();
    harness.run();
    harness.get_by_label("Flow values").click();
    harness.run();
    harness.snapshot("table_view_flow_values");
}
