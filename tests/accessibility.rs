//! What a screen reader is told of the app, and the keys that size the interface.

mod common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable, by};

/// Roles a user operates: each needs a name in words.
const CONTROLS: [Role; 5] = [
    Role::Button,
    Role::CheckBox,
    Role::Slider,
    Role::ComboBox,
    Role::SpinButton,
];

#[test]
fn every_control_is_named_in_words_not_glyphs() {
    let harness = common::builtin();
    let controls: Vec<_> = harness
        .query_all(by().predicate(|node| CONTROLS.contains(&node.role())))
        .collect();
    assert!(
        controls.len() > 40,
        "only {} controls found",
        controls.len()
    );
    for control in controls {
        let node = control.accesskit_node();
        let label = node.label().unwrap_or_default();
        assert!(
            label.chars().filter(|c| c.is_alphabetic()).count() >= 2,
            "a {:?} is named {label:?}",
            node.role()
        );
    }
}

#[test]
fn glyph_buttons_say_what_they_do() {
    let harness = common::builtin();
    assert_eq!(
        harness.get_by_label("Zoom in").accesskit_node().role(),
        Role::Button
    );
    harness.get_by_label("Zoom out");
    harness.get_by_label("Previous year");
    harness.get_by_label("Next year");
    // Each layer's opacity slider and order buttons name the layer.
    let slider = harness.get_by_label("Opacity of Kazakh oil to Ceyhan");
    assert_eq!(slider.accesskit_node().role(), Role::Slider);
    harness.get_by_label("Draw Kazakh oil to Ceyhan below the layer under it");
}

#[test]
fn the_window_and_the_places_on_the_map_are_described() {
    let harness = common::builtin();
    let window = harness.root().accesskit_node();
    assert_eq!(
        window.label().as_deref(),
        Some("Corridor Atlas: Middle Corridor")
    );
    // The map's place: its name, then what it is, where, and what it has.
    let aktau = harness.get_by_label("Aktau").accesskit_node();
    let about = aktau.description().unwrap_or_default();
    assert!(about.contains("Kazakhstan"), "{about}");
    assert!(about.contains("5 quotes"), "{about}");
}

#[test]
fn the_places_are_described_in_russian_too() {
    let harness = common::builtin_in("ru");
    let aktau = harness.get_by_label("Актау").accesskit_node();
    let about = aktau.description().unwrap_or_default();
    assert!(about.contains("Казахстан"), "{about}");
    assert!(about.contains("5 цитат"), "{about}");
}

#[test]
fn ctrl_plus_and_minus_size_the_interface_and_it_is_remembered() {
    let mut harness = common::builtin();
    for _ in 0..10 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
        harness.run();
    }
    let size = harness.state().settings().text_size;
    assert!((size - 2.0).abs() < 1e-4, "{size}");
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 1e-4);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert!((harness.state().settings().text_size - 1.9).abs() < 1e-4);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings().text_size, 1.0);
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
}

#[test]
fn a_remembered_size_is_taken_at_start() {
    let settings = corridor_atlas::ui::app::Settings {
        text_size: 1.5,
        ..Default::default()
    };
    let harness = common::app_harness_with(corridor_atlas::ui::app::StartRoute::Builtin, settings);
    assert!((harness.ctx.zoom_factor() - 1.5).abs() < 1e-4);
}

/// The label of the node that has the keyboard.
fn focused(harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>) -> String {
    harness
        .query_all(by().predicate(|node| node.is_focused()))
        .next()
        .and_then(|node| node.accesskit_node().label())
        .unwrap_or_default()
}

#[test]
fn tab_walks_the_places_on_the_map_west_to_east_and_enter_selects() {
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").focus();
    harness.run();
    assert_eq!(focused(&harness), "Aktau");
    // Kuryk lies just east of Aktau on the Caspian shore; Baku and Alat lie west of it.
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(focused(&harness), "Kuryk");
    // The file lists Alat after Kuryk; east of Kuryk on the map comes Astana.
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(focused(&harness), "Astana");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    harness.run();
    assert_eq!(focused(&harness), "Aktau");
    harness.key_press(Key::Enter);
    harness.run();
    let aktau = harness.state().route().node_index("aktau");
    assert_eq!(
        harness.state().selection(),
        aktau.map(corridor_atlas::scene::Target::Node)
    );
    harness.get_by_label_contains("— Aidar Kurmashev");
}

/// Place names in the table window, top to bottom: labels, not the map's buttons.
fn table_names(
    harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>,
    names: &[&str],
) -> Vec<String> {
    harness
        .query_all(by().predicate(|node| {
            // A label's words are its value.
            node.role() == Role::Label && node.value().is_some_and(|l| names.contains(&l.as_str()))
        }))
        .filter_map(|node| node.accesskit_node().value())
        .collect()
}

#[test]
fn the_table_view_lists_the_places_sorts_them_and_copies_them() {
    let mut harness = common::builtin();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Table").click();
    harness.run();
    // The same places the map shows, in the route's order to begin with.
    let ends = ["Ceyhan", "Dostyk"];
    assert_eq!(table_names(&harness, &ends), ["Dostyk", "Ceyhan"]);
    harness.get_by_label("Sort by Longitude").click();
    harness.run();
    assert_eq!(table_names(&harness, &ends), ["Ceyhan", "Dostyk"]);
    harness.get_by_label("Sort by Longitude").click();
    harness.run();
    assert_eq!(table_names(&harness, &ends), ["Dostyk", "Ceyhan"]);
    harness.get_by_label("Copy as CSV").click();
    harness.run();
    let places = harness.state().route().nodes.len();
    harness.get_by_label(&format!("Copied {places} rows"));
    // The flow values, with their sources.
    harness.get_by_label("Flow values").click();
    harness.run();
    harness.get_by_label("Sort by Source");
    assert!(!table_names(&harness, &["Kazakh oil to Ceyhan"]).is_empty());
}

#[test]
fn the_table_view_speaks_russian() {
    let mut harness = common::builtin_in("ru");
    harness.get_by_label("Вид").click();
    harness.run();
    harness.get_by_label("Таблица").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Места");
    harness.get_by_label("Сортировать по столбцу «Долгота»");
    assert!(!table_names(&harness, &["Актау"]).is_empty());
}
