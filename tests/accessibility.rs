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
        assert!(in_words(&label), "a {:?} is named {label:?}", node.role());
    }
}

/// Whether a name is made of words, not only of glyphs such as "▲", "+" or "▶".
fn in_words(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2
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
    // The map, which Tab reaches as a whole, by the route it shows, with how to walk it.
    let map = harness
        .get_by_label("Map of Middle Corridor")
        .accesskit_node();
    assert_eq!(map.role(), Role::Group);
    assert!(map.description().unwrap_or_default().contains("Shift+Tab"));
    // The map's place: its name, then what it is, where, and what it has.
    // Aktau's quotes: those that name the port of Aktau, not the port of Baku's at Alat.
    let quotes = harness.state().route().quote_count_for("aktau");
    assert!(quotes > 1, "{quotes}");
    let aktau = harness.get_by_label("Aktau").accesskit_node();
    let about = aktau.description().unwrap_or_default();
    assert!(about.contains("Kazakhstan"), "{about}");
    assert!(about.contains(&format!("{quotes} quotes")), "{about}");
}

#[test]
fn the_places_are_described_in_russian_too() {
    let harness = common::builtin_in("ru");
    let quotes = harness.state().route().quote_count_for("aktau");
    let aktau = harness.get_by_label("Актау").accesskit_node();
    let about = aktau.description().unwrap_or_default();
    assert!(about.contains("Казахстан"), "{about}");
    // 2–4 quotes are "цитаты" in Russian, 5 and up "цитат".
    assert!(about.contains(&format!("{quotes} цитат")), "{about}");
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

/// The item of the map's list of links or of flows named `name`.
fn on_the_map<'t>(
    harness: &'t egui_kittest::Harness<'_, corridor_atlas::CorridorApp>,
    name: &'t str,
) -> egui_kittest::Node<'t> {
    harness.get_by_role_and_label(Role::ListItem, name)
}

/// The name of the list an item of the map's lists is in, which says what the item is.
fn in_list(item: &egui_kittest::Node<'_>) -> String {
    let list = item.parent().expect("an item is in a list");
    assert_eq!(list.accesskit_node().role(), Role::List);
    list.accesskit_node().label().unwrap_or_default()
}

#[test]
fn the_links_and_flows_on_the_map_say_what_they_are() {
    let mut harness = common::builtin();
    let ferry = on_the_map(&harness, "Caspian crossing: Aktau – Alat");
    let node = ferry.accesskit_node();
    assert_eq!(in_list(&ferry), "Links on the map");
    // Where it is, for a screen reader that shows what it reads.
    let map = harness.state().map_rect().expect("a map");
    assert!(ferry.rect().area() > 0.0 && map.contains_rect(ferry.rect()));
    let about = node.description().unwrap_or_default();
    assert!(about.starts_with("Sea ferry, Operating; "), "{about}");
    // The flows drawn along it this year, with their values.
    let year = harness
        .state()
        .year()
        .expect("a year on the timeline")
        .to_string();
    assert!(about.contains("Trans-Caspian cargo: "), "{about}");
    assert!(about.contains(&year), "{about}");
    // A planned link says so, and tells only of the flows along it.
    let cable = on_the_map(&harness, "Caspian subsea fibre-optic line").accesskit_node();
    let about = cable.description().unwrap_or_default();
    assert!(about.starts_with("Subsea cable, Planned"), "{about}");
    assert!(!about.contains("Trans-Caspian cargo"), "{about}");

    let band = on_the_map(
        &harness,
        "Trans-Caspian cargo on Caspian crossing: Aktau – Alat",
    );
    let node = band.accesskit_node();
    assert_eq!(in_list(&band), "Flows on the map");
    let about = node.description().unwrap_or_default();
    assert!(about.contains(&format!("Mt in {year}")), "{about}");
    assert!(about.contains("Source: "), "{about}");

    // Two values of a layer along one link are one item, read one after the other.
    let oil = on_the_map(
        &harness,
        "Kazakh oil to Ceyhan on Baku–Tbilisi–Ceyhan oil pipeline",
    );
    let about = oil.accesskit_node().description().unwrap_or_default();
    assert_eq!(about.matches("Source: ").count(), 2, "{about}");

    // A screen reader's click on a link selects it, as a click on the map does.
    on_the_map(&harness, "Caspian crossing: Aktau – Alat").click_accesskit();
    harness.run();
    let ferry = harness
        .state()
        .route()
        .links
        .iter()
        .position(|l| l.id == "ferry-aktau-alat");
    assert_eq!(
        harness.state().selection(),
        ferry.map(corridor_atlas::scene::Target::Link)
    );
}

#[test]
fn the_links_and_flows_are_described_in_russian_too() {
    let harness = common::builtin_in("ru");
    let ferry = on_the_map(&harness, "Переправа через Каспий: Актау – Алят");
    let node = ferry.accesskit_node();
    assert_eq!(in_list(&ferry), "Участки маршрута на карте");
    let about = node.description().unwrap_or_default();
    assert!(about.starts_with("Морской паром, "), "{about}");
    assert!(about.contains("Транскаспийские перевозки: "), "{about}");
    let band = on_the_map(
        &harness,
        "Транскаспийские перевозки на участке Переправа через Каспий: Актау – Алят",
    );
    assert_eq!(in_list(&band), "Потоки на карте");
}

/// What the app's live region says now, if it has said anything.
fn announcement(
    harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>,
) -> Option<String> {
    let mut live = harness.query_all(
        by().predicate(|node| node.data().live() == Some(egui::accesskit::Live::Polite)),
    );
    let node = live.next().expect("a live region");
    assert!(live.next().is_none(), "one live region");
    node.accesskit_node().label()
}

#[test]
fn a_new_selection_is_announced() {
    let mut harness = common::builtin();
    // What is on screen at the start is not announced.
    assert_eq!(announcement(&harness), None);
    harness.get_by_label("Aktau").click();
    harness.run();
    let about = harness
        .get_by_role_and_label(Role::Button, "Aktau")
        .accesskit_node()
        .description()
        .unwrap_or_default();
    let said = announcement(&harness).unwrap_or_default();
    assert!(said.starts_with("Selected: Aktau, "), "{said}");
    assert!(said.contains(&about), "{said} tells of {about}");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(announcement(&harness).as_deref(), Some("Nothing selected"));
    // A link selected by a screen reader is announced with what it is.
    on_the_map(&harness, "Caspian crossing: Aktau – Alat").click_accesskit();
    harness.run();
    let said = announcement(&harness).unwrap_or_default();
    assert!(
        said.starts_with("Selected: Caspian crossing: Aktau – Alat, Sea ferry"),
        "{said}"
    );
}

#[test]
fn the_slide_on_screen_is_announced_in_the_interface_s_language() {
    let mut harness = common::builtin_in("ru");
    harness.key_press(Key::F5);
    harness.run();
    harness.key_press(Key::PageDown);
    harness.run();
    let route = harness.state().route();
    let title = route.story[0].title.to_string();
    let count = route.story.len() + 2;
    assert_eq!(
        announcement(&harness),
        Some(format!("Слайд 2 из {count}: {title}"))
    );
    harness.key_press(Key::PageDown);
    harness.run();
    let title = harness.state().route().story[1].title.to_string();
    assert_eq!(
        announcement(&harness),
        Some(format!("Слайд 3 из {count}: {title}"))
    );
}

/// The node that has the keyboard: its id (as text, the same from frame to frame), role and
/// name.
fn focus_of(
    harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>,
) -> Option<(String, Role, String)> {
    harness
        .query_all(by().predicate(|node| node.is_focused()))
        .next()
        .map(|node| {
            let node = node.accesskit_node();
            (
                format!("{:?}", node.id()),
                node.role(),
                node.label().unwrap_or_default(),
            )
        })
}

#[test]
fn tab_goes_round_every_control_of_the_window_each_named_in_words() {
    let mut harness = common::builtin();
    // Everything that takes the keyboard: the menus, the toolbar, the timeline, the layers, the
    // side panel's buttons, the map and the places on it. A control that is off for now (the
    // top layer's "above" button) is left out of the round, as egui leaves it.
    let controls: Vec<(String, Role, String)> = harness
        .query_all(by().predicate(|node| {
            node.data().supports_action(egui::accesskit::Action::Focus) && !node.is_disabled()
        }))
        .map(|node| {
            let node = node.accesskit_node();
            (
                format!("{:?}", node.id()),
                node.role(),
                node.label().unwrap_or_default(),
            )
        })
        .collect();
    assert!(controls.len() > 60, "only {} controls", controls.len());
    assert!(controls.iter().any(|(_, _, name)| name == "Aktau"));

    let mut reached: Vec<String> = Vec::new();
    let mut round = false;
    for _ in 0..2 * controls.len() {
        harness.key_press(Key::Tab);
        harness.run();
        let (id, role, name) = focus_of(&harness).expect("Tab gives some control the focus");
        if reached.first() == Some(&id) {
            round = true;
            break;
        }
        // Coming back to a control before the first one means Tab is caught in a loop.
        assert!(!reached.contains(&id), "Tab came back to {name:?} early");
        assert!(in_words(&name), "Tab reached a {role:?} named {name:?}");
        reached.push(id);
    }
    assert!(round, "Tab never came back to where it began");
    for (id, role, name) in &controls {
        assert!(
            reached.contains(id),
            "Tab never reached the {role:?} {name:?}"
        );
    }
}

#[test]
fn enter_on_a_place_reached_with_tab_opens_its_quotes() {
    let mut harness = common::builtin();
    let mut presses = 0;
    while focus_of(&harness).map(|(_, role, name)| (role, name))
        != Some((Role::Button, "Aktau".into()))
    {
        presses += 1;
        assert!(presses < 200, "Tab never reached Aktau on the map");
        harness.key_press(Key::Tab);
        harness.run();
    }
    harness.key_press(Key::Enter);
    harness.run();
    let route = harness.state().route();
    let aktau = route.node_index("aktau");
    assert_eq!(
        harness.state().selection(),
        aktau.map(corridor_atlas::scene::Target::Node)
    );
    // The side panel shows the place's quotes, the first of them in full.
    let first = route
        .quotes_for("aktau")
        .next()
        .map(|q| format!("«{}»", q.text))
        .expect("Aktau is quoted");
    harness.get_by_label(&first);
}

/// The row of the Controls window (F1) that names `what`: the keys it lists beside it.
fn controls_row(
    harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>,
    what: &str,
) -> String {
    let label = harness.get_by_label(what);
    let row = label.rect();
    // The keys stand to the right of the name, on its line.
    harness
        .query_all(by().predicate(|node| node.role() == Role::Label))
        .filter(|node| {
            let r = node.rect();
            r.left() > row.right() && r.center().y > row.top() && r.center().y < row.bottom()
        })
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.label().or(node.value())
        })
        .next()
        .unwrap_or_default()
}

#[test]
fn f1_lists_the_keys_that_walk_the_map_and_size_the_text() {
    for (language, walk, select, [larger, smaller, normal]) in [
        (
            "en",
            "Walk the places on the map, west to east",
            "Select the place reached with Tab",
            ["Larger text", "Smaller text", "Normal text size"],
        ),
        (
            "ru",
            "Пройти по местам на карте с запада на восток",
            "Выбрать место, до которого дошли клавишей Tab",
            ["Крупнее", "Мельче", "Обычный размер"],
        ),
    ] {
        let mut harness = common::builtin_in(language);
        harness.key_press(Key::F1);
        harness.run();
        let keys = controls_row(&harness, walk);
        assert!(keys.contains("Tab") && keys.contains("Shift+Tab"), "{keys}");
        assert_eq!(controls_row(&harness, select), "Enter");
        // The keys that size the text, named in the language, each once.
        let (plus, equals, minus) = match language {
            "ru" => ("Плюс", "Равно", "Минус"),
            _ => ("Plus", "Equals", "Minus"),
        };
        assert_eq!(
            controls_row(&harness, larger),
            format!("Ctrl+{equals}, Ctrl+{plus}")
        );
        assert_eq!(controls_row(&harness, smaller), format!("Ctrl+{minus}"));
        assert_eq!(controls_row(&harness, normal), "Ctrl+0");
    }
}
