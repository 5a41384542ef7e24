//! Giving a talk: full screen, clicker keys, and leaving exactly as it was.

mod common;

use egui::{Key, ViewportCommand, ViewportId};
use egui_kittest::kittest::Queryable;

fn sent(
    harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>,
    command: &ViewportCommand,
) -> bool {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(command))
}

#[test]
fn f5_presents_pagedown_advances_escape_restores() {
    let mut harness = common::builtin();
    // Something to restore: a selection, another year, a hidden layer, a moved camera.
    harness.get_by_label("Kars").click();
    harness.run();
    harness.key_press(Key::Period);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Kazakh oil to Ceyhan")
        .click();
    harness.key_press(Key::Plus);
    harness.run();
    let before_camera = harness.state().camera();
    let before_flows = harness.state().flows().clone();
    let before_selection = harness.state().selection();

    // One frame per event: the command is in the output of the frame that saw the key go down.
    harness.key_down(Key::F5);
    harness.step();
    assert!(sent(&harness, &ViewportCommand::Fullscreen(true)));
    harness.key_up(Key::F5);
    harness.run();
    assert_eq!(harness.state().presentation().map(|p| p.index), Some(0));
    harness.get_by_label("Middle Corridor");

    harness.key_press(Key::PageDown);
    harness.run();
    let p = harness.state().presentation().expect("presenting");
    assert_eq!(p.index, 1);
    let first = &harness.state().route().story[0];
    harness.get_by_label(&first.title);
    if let Some(year) = first.year {
        assert_eq!(harness.state().year(), year);
    }

    harness.key_press(Key::PageUp);
    harness.run();
    assert_eq!(harness.state().presentation().map(|p| p.index), Some(0));

    harness.key_down(Key::Escape);
    harness.step();
    assert!(sent(&harness, &ViewportCommand::Fullscreen(false)));
    harness.key_up(Key::Escape);
    harness.run();
    assert!(harness.state().presentation().is_none());
    assert_eq!(harness.state().camera(), before_camera);
    assert_eq!(harness.state().flows(), &before_flows);
    assert_eq!(harness.state().selection(), before_selection);
}

#[test]
fn clicker_keys_and_number_jumps() {
    let mut harness = common::builtin();
    harness.key_press(Key::F5);
    harness.run();
    let count = harness.state().route().story.len() + 2;
    for key in [Key::ArrowRight, Key::Space, Key::Enter, Key::ArrowDown] {
        harness.key_press(key);
    }
    harness.run();
    assert_eq!(harness.state().presentation().map(|p| p.index), Some(4));
    for key in [Key::ArrowLeft, Key::Backspace, Key::ArrowUp] {
        harness.key_press(key);
    }
    harness.run();
    assert_eq!(harness.state().presentation().map(|p| p.index), Some(1));
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(
        harness.state().presentation().map(|p| p.index),
        Some(count - 1)
    );
    harness.get_by_label("Outlook and sources");
    harness.key_press(Key::Num5);
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().presentation().map(|p| p.index),
        Some(4),
        "slide 5"
    );
    harness.key_press(Key::Home);
    harness.run();
    assert_eq!(harness.state().presentation().map(|p| p.index), Some(0));
}

#[test]
fn b_blacks_the_screen_and_back() {
    let mut harness = common::builtin();
    harness.key_press(Key::F5);
    harness.run();
    harness.key_press(Key::B);
    harness.run();
    assert_eq!(harness.state().presentation().map(|p| p.black), Some(true));
    harness.key_press(Key::B);
    harness.run();
    assert_eq!(harness.state().presentation().map(|p| p.black), Some(false));
}

#[test]
fn autoplay_moves_on_and_any_key_stops_it() {
    let mut harness = common::builtin();
    harness.key_press(Key::F5);
    harness.run();
    harness.key_press(Key::A);
    harness.step();
    assert!(
        harness
            .state()
            .presentation()
            .is_some_and(|p| p.autoplay_next.is_some())
    );
    let index = harness.state().presentation().map(|p| p.index);
    harness.key_press(Key::X);
    harness.run();
    let p = harness.state().presentation().expect("presenting");
    assert!(p.autoplay_next.is_none(), "a key stops autoplay");
    assert_eq!(Some(p.index), index, "and does nothing else");
}

#[test]
fn slide_snapshot() {
    let mut harness = common::builtin();
    harness.key_press(Key::F5);
    harness.run();
    // The Kazakh oil slide: a title, a quote card, the oil layer and its legend.
    let oil = harness
        .state()
        .route()
        .story
        .iter()
        .position(|s| {
            s.layers
                .as_ref()
                .is_some_and(|l| l.iter().any(|id| id == "oil"))
        })
        .expect("an oil slide");
    for _ in 0..=oil {
        harness.key_press(Key::PageDown);
    }
    harness.run();
    harness.snapshot("slide_oil");
}

#[test]
fn the_app_warns_where_a_talk_breaks_the_rules_of_a_hall() {
    let mut harness = common::builtin();
    common::step_until(&mut harness, "the built-in talk is checked", |app| {
        !app.is_checking_talk()
    });
    assert!(
        harness.state().layout_warnings().is_empty(),
        "the built-in talk passes clean: {:?}",
        harness.state().layout_warnings()
    );

    // Slide 4 about places from Ceyhan to Astana, with a quote five times too long.
    let mut route = harness.state().route().clone();
    route.story[2].focus.nodes = vec!["ceyhan".into(), "astana".into(), "dostyk".into()];
    let quote = route.story[2].quotes[0].clone();
    if let Some(q) = route.quotes.iter_mut().find(|q| q.id == quote) {
        q.text = q.text.repeat(5);
    }
    let dir = common::temp_dir("crowded-talk");
    let path = dir.join("crowded.json");
    corridor_atlas::io::save_route(&route, &path).expect("written");
    let mut harness = common::app_harness(corridor_atlas::ui::app::StartRoute::Files(vec![path]));
    common::step_until(
        &mut harness,
        "the crowded talk is opened and checked",
        |app| !app.is_loading() && !app.is_checking_talk() && !app.layout_warnings().is_empty(),
    );
    let warnings = harness.state().layout_warnings();
    assert!(
        warnings
            .iter()
            .any(|w| w.message.starts_with("slide 4 at 1024×768") && w.path == "story[2]"),
        "{warnings:?}"
    );
    harness.get_by_label_contains("warning(s) in");
}

#[test]
fn a_slide_is_the_same_stepped_to_or_jumped_to() {
    let settings = corridor_atlas::ui::app::Settings {
        reduce_motion: true,
        ..Default::default()
    };
    let last = |harness: &mut egui_kittest::Harness<'static, corridor_atlas::CorridorApp>| {
        let app = harness.state();
        (
            app.presentation().map(|p| p.index),
            app.flows().clone(),
            app.selection(),
            app.camera(),
        )
    };
    // Stepped to, one slide after another.
    let mut stepped = common::app_harness_with(
        corridor_atlas::ui::app::StartRoute::Builtin,
        settings.clone(),
    );
    stepped.key_press(Key::F5);
    stepped.run();
    let count = stepped.state().route().story.len() + 2;
    for _ in 1..count {
        stepped.key_press(Key::PageDown);
        stepped.run();
    }
    // Jumped to by number, from the title slide, after the year was moved while browsing.
    let mut jumped =
        common::app_harness_with(corridor_atlas::ui::app::StartRoute::Builtin, settings);
    jumped.key_press(Key::Period);
    jumped.run();
    jumped.key_press(Key::F5);
    jumped.run();
    for digit in count.to_string().chars() {
        let key = Key::from_name(&digit.to_string()).expect("a digit key");
        jumped.key_press(key);
    }
    jumped.key_press(Key::Enter);
    jumped.run();
    let (a, b) = (last(&mut stepped), last(&mut jumped));
    assert_eq!(a.0, Some(count - 1), "the closing slide");
    assert_eq!(a, b, "the closing slide stepped to and jumped to");
}
