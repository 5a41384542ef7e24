//! Giving a talk: full screen, clicker keys from either window, the presenter view, nothing of
//! the app's workings on a slide, and leaving exactly as it was.

mod common;

use corridor_atlas::map::camera::ScreenTransform;
use corridor_atlas::ui::presenter_view::{NEXT, PREVIOUS};
use egui::accesskit::Role;
use egui::{CursorIcon, Event, Key, Modifiers, Pos2, Rect, ViewportCommand, ViewportId};
use egui_kittest::kittest::{NodeT, Queryable};

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
    if let Some(year) = first.shown_year() {
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
    // Playing shows nothing but the slide's number.
    let count = harness.state().route().story.len() + 2;
    let number = format!("{} / {count}", index.map_or(0, |i| i + 1));
    assert!(
        harness.query_by_label(&number).is_some(),
        "the slide's number alone, {number:?}"
    );
    harness.key_press(Key::X);
    harness.run();
    let p = harness.state().presentation().expect("presenting");
    assert!(p.autoplay_next.is_none(), "a key stops autoplay");
    assert_eq!(Some(p.index), index, "and does nothing else");
}

/// Starts the talk and steps to the Kazakh oil slide: a title, a quote card, the oil layer and
/// its legend.
fn present_the_oil_slide(
    harness: &mut egui_kittest::Harness<'static, corridor_atlas::CorridorApp>,
) {
    harness.key_press(Key::F5);
    harness.run();
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
}

#[test]
fn slide_snapshot() {
    let mut harness = common::builtin();
    present_the_oil_slide(&mut harness);
    harness.snapshot("slide_oil");
}

/// The same oil slide in a talk given in Russian from an English interface: the slide's words
/// in Russian, the Russian quote as it was said.
#[test]
fn slide_snapshot_in_russian() {
    let settings = corridor_atlas::ui::app::Settings {
        talk_language: "ru".into(),
        ..Default::default()
    };
    let mut harness =
        common::app_harness_with(corridor_atlas::ui::app::StartRoute::Builtin, settings);
    present_the_oil_slide(&mut harness);
    let year = harness.state().year().expect("the oil slide shows a year");
    let flows = format!("Потоки в {year} г.");
    assert!(
        harness.get_all_by_label(&flows).count() > 0,
        "the slide says {flows}"
    );
    harness.snapshot("slide_oil_ru");
}

#[test]
fn the_built_in_talk_fits_every_hall_in_russian() {
    let mut harness = common::builtin_in("ru");
    common::step_until(&mut harness, "the built-in talk is checked", |app| {
        !app.is_checking_talk()
    });
    let warnings: Vec<String> = harness
        .state()
        .layout_warnings()
        .iter()
        .map(|w| w.message.clone())
        .collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
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

fn index(harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>) -> Option<usize> {
    harness.state().presentation().map(|p| p.index)
}

fn key(key: Key) -> [Event; 2] {
    [true, false].map(|pressed| Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::NONE,
    })
}

#[test]
fn clicker_keys_reach_the_talk_from_the_presenter_window() {
    let mut harness = common::builtin();
    let window = common::second_window(&harness);
    harness.state_mut().set_screens(common::two_screens());

    // Two screens: the slides go full screen on the projector (the window is on the laptop),
    // and the presenter view opens full screen on the laptop.
    harness.key_down(Key::F5);
    harness.step();
    assert!(sent(&harness, &ViewportCommand::SetMonitor(1)));
    harness.key_up(Key::F5);
    harness.run();
    assert_eq!(index(&harness), Some(0));
    assert!(
        window
            .borrow()
            .builders
            .last()
            .is_some_and(|b| b.monitor == Some(0)),
        "the presenter view opens on the laptop's screen"
    );

    // Keys pressed while the presenter window has the focus reach only its pass.
    for (keys, expected) in [
        (vec![Key::PageDown], 1),
        (vec![Key::ArrowRight], 2),
        (vec![Key::Space], 3),
        (vec![Key::PageUp], 2),
        (vec![Key::Num7, Key::Enter], 6),
    ] {
        window
            .borrow_mut()
            .events
            .extend(keys.into_iter().flat_map(key));
        harness.step();
        harness.run();
        assert_eq!(index(&harness), Some(expected), "after {expected}");
    }
    window.borrow_mut().events.extend(key(Key::B));
    harness.step();
    assert_eq!(harness.state().presentation().map(|p| p.black), Some(true));

    // Esc there ends the talk, and the window goes back to the laptop's screen.
    window.borrow_mut().events.extend(key(Key::Escape));
    harness.step();
    assert!(harness.state().presentation().is_none());
    assert!(sent(&harness, &ViewportCommand::Fullscreen(false)));
}

#[test]
fn with_one_screen_the_presenter_view_stands_beside_the_slide() {
    let mut harness = common::builtin();
    let window = common::second_window(&harness);
    harness.key_press(Key::F5);
    harness.run();
    let full = harness.state().map_rect().expect("a map");
    harness.key_press(Key::P);
    harness.run();
    assert!(
        window.borrow().builders.is_empty(),
        "no window over the slide"
    );
    let slide = harness.state().map_rect().expect("a map");
    assert!(slide.width() < full.width() && slide.height() < full.height());
    for label in [NEXT, PREVIOUS, "Notes", "Elapsed", "Clock"] {
        let rect = harness.get_by_label(label).rect();
        assert!(!rect.intersects(slide), "{label} is beside the slide");
    }
    // The slide is framed again for its smaller place: its cards stay inside it.
    let first = &harness.state().route().story[0].title.clone();
    harness.key_press(Key::PageDown);
    harness.run();
    let title = harness
        .query_all_by_label(first)
        .find(|n| slide.contains_rect(n.rect()))
        .expect("the slide's title on the slide");
    assert!(slide.contains_rect(title.rect()));
    harness.key_press(Key::P);
    harness.run();
    assert_eq!(harness.state().map_rect(), Some(full));
    assert!(harness.query_by_label(NEXT).is_none());
}

#[test]
fn presenter_view_buttons_step_the_talk() {
    let mut harness = common::builtin();
    harness.key_press(Key::F5);
    harness.run();
    harness.key_press(Key::P);
    harness.run();
    harness.get_by_label(NEXT).click();
    harness.run();
    assert_eq!(index(&harness), Some(1));
    harness.get_by_label(NEXT).click();
    harness.run();
    assert_eq!(index(&harness), Some(2));
    harness.get_by_label(PREVIOUS).click();
    harness.run();
    assert_eq!(index(&harness), Some(1));
    // Any slide from the strip, by its number and title.
    let fifth = harness.state().route().story[3].title.clone();
    harness.get_by_label(&format!("5  {fifth}")).click();
    harness.run();
    assert_eq!(index(&harness), Some(4));
    // Tab reaches the buttons that step first, then the slides. A button reached so takes
    // Enter, and gives the keys back to the talk.
    harness.key_press(Key::Tab);
    harness.run();
    assert!(harness.get_by_label(PREVIOUS).is_focused());
    harness.key_press(Key::Tab);
    harness.run();
    assert!(harness.get_by_label(NEXT).is_focused());
    harness.key_press(Key::Tab);
    harness.run();
    let first = harness.state().route().title.clone();
    assert!(harness.get_by_label(&format!("1  {first}")).is_focused());
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        index(&harness),
        Some(0),
        "Enter pressed the first slide's button"
    );
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(index(&harness), Some(1), "Space steps again");
}

/// Any tooltip of the map: a place's, a link's or a flow's.
fn map_tooltip(harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>) -> bool {
    ["lick for details", "Click for the link's chart"]
        .iter()
        .any(|text| harness.query_by_label_contains(text).is_some())
}

/// A point on one of the route's links, on the map and clear of places, text and buttons.
fn point_on_a_link(harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>) -> Pos2 {
    let app = harness.state();
    let rect = app.map_rect().expect("a map");
    let view = ScreenTransform::new(app.camera(), rect);
    let taken: Vec<Rect> = harness
        .query_all_by_role(Role::Label)
        .chain(harness.query_all_by_role(Role::Button))
        .map(|n| n.rect().expand(16.0))
        .collect();
    app.geometry()
        .links
        .iter()
        .flat_map(|path| {
            path.windows(2)
                .map(|pair| {
                    view.map_to_screen(pair[0])
                        .lerp(view.map_to_screen(pair[1]), 0.5)
                })
                .collect::<Vec<_>>()
        })
        .find(|&p| {
            rect.shrink(24.0).contains(p)
                && !taken.iter().any(|r| r.contains(p))
                && app
                    .geometry()
                    .hit_test_links(app.route(), &view, p)
                    .is_some()
        })
        .expect("a link in the open")
}

#[test]
fn no_tooltip_on_a_slide() {
    let mut harness = common::builtin();
    // Exploring, a link under a still pointer says what it is.
    let p = point_on_a_link(&harness);
    harness.hover_at(p);
    harness.run_steps(6);
    assert!(map_tooltip(&harness), "a tooltip while exploring, at {p:?}");
    harness.remove_cursor();
    harness.run();

    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().presentation().is_some());
    let p = point_on_a_link(&harness);
    harness.hover_at(p);
    harness.run_steps(6);
    assert!(!map_tooltip(&harness), "no tooltip on a slide, at {p:?}");
    assert_ne!(
        harness.output().platform_output.cursor_icon,
        CursorIcon::PointingHand
    );
    // A click on the map still moves the talk on.
    harness.event(Event::PointerButton {
        pos: p,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(Event::PointerButton {
        pos: p,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert_eq!(index(&harness), Some(1));
}

#[test]
fn a_still_pointer_hides_on_a_slide() {
    let mut harness = common::builtin();
    harness.key_press(Key::F5);
    harness.run();
    let middle = harness.state().map_rect().expect("a map").center();
    harness.hover_at(middle);
    harness.step();
    assert_ne!(
        harness.output().platform_output.cursor_icon,
        CursorIcon::None
    );
    // Steps are a quarter of a second: one and a half seconds still, then two and a quarter.
    harness.run_steps(6);
    assert_ne!(
        harness.output().platform_output.cursor_icon,
        CursorIcon::None
    );
    harness.run_steps(3);
    assert_eq!(
        harness.output().platform_output.cursor_icon,
        CursorIcon::None
    );
    harness.hover_at(middle + egui::vec2(5.0, 0.0));
    harness.step();
    assert_ne!(
        harness.output().platform_output.cursor_icon,
        CursorIcon::None
    );
    // Exploring, the pointer never hides.
    harness.key_press(Key::Escape);
    harness.run();
    harness.run_steps(12);
    assert_ne!(
        harness.output().platform_output.cursor_icon,
        CursorIcon::None
    );
}

/// The first story slide's title, text and first quote, as the slide shows them.
fn first_slide_texts(app: &corridor_atlas::CorridorApp) -> [String; 3] {
    let route = app.route();
    let slide = &route.story[0];
    let quote = route
        .quotes
        .iter()
        .find(|q| slide.quotes.first() == Some(&q.id))
        .expect("the first slide quotes someone");
    [
        slide.title.to_string(),
        slide.text.to_string(),
        format!("«{}»", quote.text),
    ]
}

#[test]
fn a_slide_s_title_text_and_quote_are_read_as_text() {
    let mut harness = common::builtin();
    harness.key_press(Key::F5);
    harness.run();
    harness.key_press(Key::PageDown);
    harness.run();
    read_on_the_slide(&harness);
    // With the presenter view beside the slide, the slide is read as before; the presenter
    // view's header names the slide too.
    harness.key_press(Key::P);
    harness.run();
    read_on_the_slide(&harness);
}

/// Each of the first story slide's texts is a text node on the slide.
fn read_on_the_slide(harness: &egui_kittest::Harness<'_, corridor_atlas::CorridorApp>) {
    let slide = harness.state().map_rect().expect("a map");
    for text in first_slide_texts(harness.state()) {
        let on_slide = harness
            .query_all_by_label(&text)
            .filter(|node| node.accesskit_node().role() == Role::Label)
            .filter(|node| slide.intersects(node.rect()))
            .count();
        assert_eq!(on_slide, 1, "{text} on the slide {slide:?}");
    }
}

#[test]
fn the_presenter_window_reads_the_slide_as_text() {
    let mut harness = common::builtin();
    let window = common::second_window(&harness);
    harness.state_mut().set_screens(common::two_screens());
    harness.key_press(Key::F5);
    harness.run();
    window.borrow_mut().events.extend(key(Key::PageDown));
    harness.step();
    harness.run();
    assert_eq!(index(&harness), Some(1));
    let labels: Vec<String> = window
        .borrow()
        .output
        .as_ref()
        .and_then(|o| o.accesskit_update.as_ref())
        .map(|update| {
            update
                .nodes
                .iter()
                .filter(|(_, node)| node.role() == Role::Label)
                .filter_map(|(_, node)| node.label().or(node.value()).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    for text in first_slide_texts(harness.state()) {
        assert!(labels.contains(&text), "{text} in {labels:?}");
    }
}
