//! The app driven as a user would: clicks on places, keys, and what the side panel shows.

mod common;

use corridor_atlas::scene::Target;
use egui::Key;
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn clicking_aktau_shows_kurmashev_quote() {
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").click();
    harness.run();

    let aktau = harness.state().route().node_index("aktau");
    assert_eq!(harness.state().selection(), aktau.map(Target::Node));
    // The side panel's heading and a quote card signed by the expert.
    assert!(
        harness.query_all_by_label("Aktau").count() >= 2,
        "map marker and panel heading"
    );
    harness.get_by_label_contains("— Aidar Kurmashev");
}

/// Kars has its figure, the railway to Nakhchivan; no quote names it, so none stands there.
#[test]
fn kars_shows_its_figure_and_no_quote_that_does_not_name_it() {
    let mut harness = common::builtin();
    harness.get_by_label("Kars").click();
    harness.run();
    // The figure's card in the side panel, besides the map's link that a screen reader reads.
    let figure = harness
        .query_all_by_label_contains("224 km")
        .filter(|node| node.accesskit_node().role() == egui::accesskit::Role::Label)
        .count();
    assert!(figure >= 1, "no card shows Kars' 224 km");
    harness.get_by_label("No quote in this route speaks of this place.");
    assert!(
        harness
            .query_by_label_contains("— Bulat Auelbaev")
            .is_none()
    );
}

#[test]
fn escape_clears_the_selection_and_returns_to_the_overview() {
    let mut harness = common::builtin();
    // The route's title stands in the menu bar, and as the panel's heading on the overview.
    assert_eq!(harness.query_all_by_label("Middle Corridor").count(), 2);
    harness.get_by_label("Kars").click();
    harness.run();
    assert!(harness.state().selection().is_some());
    assert_eq!(harness.query_all_by_label("Middle Corridor").count(), 1);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().selection(), None);
    assert_eq!(harness.query_all_by_label("Middle Corridor").count(), 2);
}

#[test]
fn sources_view_lists_the_five_articles() {
    let mut harness = common::builtin();
    harness.get_by_label("Sources").click();
    harness.run();
    let titles: Vec<String> = harness
        .state()
        .route()
        .sources
        .iter()
        .map(|s| s.title.to_string())
        .collect();
    assert_eq!(titles.len(), 5);
    for title in &titles {
        harness.get_by_label(title);
    }
    // Listed by what they are, not by the dataset's file names.
    assert!(harness.query_by_label_contains(".txt").is_none());
}

#[test]
fn translation_toggle_marks_the_translation() {
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Translation from the original")
            .is_none()
    );
    harness.key_press(Key::T);
    harness.run();
    let quotes = harness
        .state()
        .route()
        .quotes_for("aktau")
        .filter(|q| !q.translation.is_empty())
        .count();
    assert!(quotes > 0);
    let marked = harness
        .query_all_by_label_contains("Translation from the original")
        .count();
    assert!(marked > 0, "translations are marked");
    harness.get_by_label_contains("The development of the ports of Aktau and Baku");
}

/// A reported statement is the article's words about what someone said: under a heading of its
/// own, labelled, led by the article that reports it, never in quotation marks.
#[test]
fn a_reported_statement_is_shown_as_the_articles_words() {
    let mut harness = common::builtin();
    harness.get_by_label("Astana").click();
    harness.run();
    let reported = harness
        .state()
        .route()
        .quotes_for("astana")
        .find(|q| q.is_reported())
        .expect("a reported statement on Astana")
        .clone();
    harness.get_by_label("REPORTED STATEMENTS (1)");
    harness.get_by_label("Reported statement: the article's words, not a quotation");
    harness.get_by_label("BAQ.KZ reports that Amina Kosbaeva said:");
    harness.get_by_label(&reported.text);
    assert!(
        harness
            .query_by_label_contains(&format!("«{}", reported.text))
            .is_none()
    );
    assert!(harness.query_by_label("— Amina Kosbaeva").is_none());
    // Not counted among the place's quotes.
    harness.get_by_label("WHAT EXPERTS SAID (0)");
    harness.get_by_label("Source: BAQ.KZ · 21 October 2025");
    harness.get_by_label_contains("Note: Attached to Astana");
}

#[test]
fn a_reported_statement_is_shown_as_the_articles_words_in_russian() {
    let mut harness = common::builtin();
    in_russian(&mut harness);
    harness.get_by_label("Астана").click();
    harness.run();
    harness.get_by_label("В ПЕРЕСКАЗЕ СТАТЕЙ (1)");
    harness.get_by_label("Пересказ: слова статьи, а не цитата");
    harness.get_by_label("BAQ.KZ пересказывает слова, автор которых — Амина Косбаева:");
    harness.get_by_label("ЧТО ГОВОРЯТ ЭКСПЕРТЫ (0)");
    harness.get_by_label("Источник: BAQ.KZ · 21 октября 2025 г.");
    harness.get_by_label_contains("Примечание: Привязано к Астане");
    assert!(harness.query_by_label_contains("Reported").is_none());
}

/// Two sources print no date: they, and the quotes taken from them, say so, in either language,
/// and never "before" or "around" a day.
#[test]
fn undated_sources_and_their_quotes_say_date_not_given() {
    let mut harness = common::builtin();
    harness.get_by_label("Sources").click();
    harness.run();
    harness.get_by_label("outlet not named · Aidar Kurmashev · date not given");
    harness.get_by_label("BAQ.KZ · date not given");
    for guess in ["before 20 October", "around 20 October"] {
        assert!(harness.query_by_label_contains(guess).is_none(), "{guess}");
    }
    in_russian(&mut harness);
    harness.get_by_label("издание не указано · Айдар Курмашев · дата не указана");
    harness.get_by_label("BAQ.KZ · дата не указана");
    for guess in ["до 20 октября", "около 20 октября"] {
        assert!(harness.query_by_label_contains(guess).is_none(), "{guess}");
    }

    // A quote or a figure from an undated source is undated too: at Aktau, Kurmashev's quote
    // from his op-ed, and the plans for 2025 from BAQ.KZ.
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").click();
    harness.run();
    harness.get_by_label("Source: outlet not named · Aidar Kurmashev · date not given");
    harness.get_by_label("Source: BAQ.KZ · date not given");
    assert!(
        harness
            .query_by_label_contains("around 20 October")
            .is_none()
    );
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

/// Once the camera has settled, the app asks for no more frames: an idle app uses no CPU.
#[test]
fn idle_app_requests_no_repaint() {
    let mut harness = common::builtin();
    harness.get_by_label("Aktau").click();
    harness.key_press(Key::Plus);
    let steps = harness
        .try_run()
        .expect("the app settles after a click and a zoom");
    assert!(steps > 1, "the zoom is animated over several frames");
    harness.step();
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .expect("root viewport");
    assert!(delay > std::time::Duration::from_secs(60), "{delay:?}");
}

#[test]
fn keys_zoom_and_home_fits_the_route() {
    let mut harness = common::builtin();
    let fitted = harness.state().camera();
    harness.key_press(Key::Plus);
    harness.run();
    let zoomed = harness.state().camera();
    assert!((zoomed.km_per_px - fitted.km_per_px / 2.0).abs() < 1e-6);
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert!(
        harness.state().camera().center.x > zoomed.center.x,
        "pans east"
    );
    harness.key_press(Key::Home);
    harness.run();
    let back = harness.state().camera();
    assert!((back.km_per_px - fitted.km_per_px).abs() < 1e-6);
    assert!(back.center.distance(fitted.center) < 1e-6);
}

#[test]
fn turning_a_layer_off_takes_it_out_of_the_legend() {
    let mut harness = common::builtin();
    // The layer's name stands in the layers list and in the legend.
    assert_eq!(harness.query_all_by_label("Trans-Caspian cargo").count(), 2);
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Trans-Caspian cargo")
        .click();
    harness.run();
    assert_eq!(harness.query_all_by_label("Trans-Caspian cargo").count(), 1);
    let cargo = harness
        .state()
        .flows()
        .layers
        .iter()
        .find(|l| harness.state().route().layers[l.index].id == "cargo")
        .expect("cargo layer");
    assert!(!cargo.visible);
}

#[test]
fn year_keys_step_through_the_timeline() {
    let mut harness = common::builtin();
    let first = harness.state().year().expect("the route opens on a year");
    harness.key_press(Key::Period);
    harness.run();
    assert_eq!(harness.state().year(), Some(first + 1));
    harness.key_press(Key::Comma);
    harness.key_press(Key::Comma);
    harness.run();
    assert_eq!(harness.state().year(), Some(first - 1));
    harness.get_by_label(&(first - 1).to_string());
}

#[test]
fn map_in_2024_with_all_layers_snapshot() {
    let mut harness = common::builtin();
    while harness.state().year().is_some_and(|y| y < 2024) {
        harness.key_press(Key::Period);
        harness.run();
    }
    assert_eq!(harness.state().year(), Some(2024));
    harness.snapshot("all_layers_2024");
}

#[test]
fn add_slide_captures_the_view_layers_year_and_picked_quote() {
    let mut harness = common::builtin();
    let before = harness.state().route().story.len();
    harness.get_by_label("Aktau").click();
    harness.run();
    harness
        .get_all_by_label("Use on the next slide")
        .next()
        .expect("a quote card")
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_label("Use on the next slide")
        .next()
        .expect("a quote card")
        .click();
    harness.run();
    harness.get_by_label("Story (10)").click();
    harness.run();
    harness.get_by_label("Add slide from current view").click();
    harness.run();
    let story = &harness.state().route().story;
    assert_eq!(story.len(), before + 1);
    let slide = story.last().expect("new slide");
    assert_eq!(slide.year, harness.state().year());
    assert!(slide.focus.bounds.is_some());
    assert_eq!(slide.quotes.len(), 1);
    let visible = harness.state().flows().visible().count();
    assert_eq!(slide.layers.as_ref().map(Vec::len), Some(visible));
}

/// The overview is longer than the panel: its last quote card is reached by scrolling, and cards
/// out of sight are not drawn, so a long page costs only what shows.
#[test]
fn overview_scrolls_down_to_its_last_quote() {
    let mut harness = common::builtin();
    let route = harness.state().route();
    // The reported statements come last, after the quotes, and plain.
    let last = route
        .corridor_quotes()
        .filter(|q| q.is_reported())
        .last()
        .expect("a corridor statement");
    let last = last.text.clone();
    let first_figure = route.corridor_figures().next().expect("a corridor figure");
    let first_figure = first_figure.label.clone();

    harness.get_by_label(&first_figure);
    assert!(
        harness.query_by_label(&last).is_none(),
        "the last card is out of sight and not drawn"
    );
    let panel = harness.get_by_label(&first_figure).rect();
    harness.hover_at(panel.center());
    for _ in 0..40 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -400.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    harness.get_by_label(&last);
    assert!(
        harness.query_by_label(&first_figure).is_none(),
        "the first figure has scrolled out of sight"
    );
}

/// In Russian, F1 lists every control in Russian: the mouse's, each command by its Russian name,
/// and keys whose names are words, such as Space, as Russian words.
#[test]
fn the_controls_window_speaks_russian() {
    let mut harness = common::builtin();
    let ctx = harness.ctx.clone();
    harness.state_mut().set_language(&ctx, "ru");
    harness.run();
    harness.key_press(Key::F1);
    harness.run();
    assert!(
        harness.query_all_by_label("Управление").count() >= 1,
        "the window's title"
    );
    harness.get_by_label("Сдвинуть карту");
    harness.get_by_label("Следующий слайд");
    harness.get_by_label("Вправо, Вниз, PageDown, Пробел, Enter");
    assert!(harness.query_by_label("Next slide").is_none());
}

/// Switches the app's interface to Russian, as View › Language does, and draws a frame.
fn in_russian(harness: &mut egui_kittest::Harness<'static, corridor_atlas::CorridorApp>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().set_language(&ctx, "ru");
    harness.run();
    assert_eq!(harness.state().language(), "ru");
}

#[test]
fn the_sources_page_and_the_menus_speak_russian() {
    let mut harness = common::builtin();
    in_russian(&mut harness);
    harness.get_by_label("Вид");
    // The tab that opens the page…
    harness.get_by_label("Источники").click();
    harness.run();
    // …and the page's heading.
    assert!(
        harness.query_all_by_label("Источники").count() >= 2,
        "the Sources tab and the Sources page's heading, in Russian"
    );
    assert!(harness.query_by_label("Sources").is_none());
    harness.get_by_label_contains("Все цитаты и цифры этого маршрута взяты из 5 текстов.");
    // Each source's counts, with Russian plurals, and its date as Russian writes it.
    harness.get_by_label("4 цитаты и 0 цифр в этом маршруте");
    harness.get_by_label("5 цитат, 4 пересказа и 0 цифр в этом маршруте");
    harness.get_by_label("12 цитат, 1 пересказ и 12 цифр в этом маршруте");
    harness.get_by_label("BAQ.KZ · 21 октября 2025 г.");
}

#[test]
fn a_place_selected_in_russian_is_described_in_russian() {
    let mut harness = common::builtin();
    in_russian(&mut harness);
    let route = harness.state().route();
    let aktau = route
        .node_index("aktau")
        .expect("Aktau in the built-in route");
    let name = route.nodes[aktau].name.to_string();
    let quotes = route.quotes_for("aktau").count();
    assert!(quotes > 0);
    harness.get_by_label(&name).click();
    harness.run();
    assert_eq!(harness.state().selection(), Some(Target::Node(aktau)));
    // The section heading, upper case as every section's, with the number of quotes.
    harness.get_by_label(&format!("ЧТО ГОВОРЯТ ЭКСПЕРТЫ ({quotes})"));
    // Its kind and its country, both in Russian.
    harness.get_by_label("Морской порт · Казахстан");
    harness.get_by_label_contains("с. ш.");
    assert!(
        harness
            .query_by_label_contains("What experts said")
            .is_none()
    );
}

#[test]
fn a_broken_file_lists_its_problems_in_the_interfaces_language() {
    let dir = common::temp_dir("broken-ru");
    let broken = dir.join("broken.json");
    let route = corridor_atlas::io::BUILTIN_ROUTE_JSON.replacen(
        "\"from\": \"aktau\"",
        "\"from\": \"aktu\"",
        1,
    );
    assert_ne!(
        route,
        corridor_atlas::io::BUILTIN_ROUTE_JSON,
        "a link from Aktau"
    );
    std::fs::write(&broken, route).expect("write");
    let settings = corridor_atlas::ui::app::Settings {
        language: "ru".to_owned(),
        ..Default::default()
    };
    let mut harness = common::app_harness_with(
        corridor_atlas::ui::app::StartRoute::Files(vec![broken]),
        settings,
    );
    common::step_until(&mut harness, "the file is read", |app| !app.is_loading());
    harness.get_by_label_contains("Не удалось открыть");
    harness.get_by_label_contains("Не найден узел «aktu» — может быть, «aktau»?");
    assert!(
        harness.query_by_label_contains("did you mean").is_none(),
        "no English left in the problem"
    );
    // Behind the panel, the problem keeps its English words for the command line.
    let problem = &harness.state().load_problems()[0];
    assert!(
        problem.message.starts_with("unknown node 'aktu'"),
        "{problem}"
    );
}

/// Values whose source gives no year have a stop of their own after the last year: reached by
/// the timeline's button or by stepping on from the last year, headed so in the legend.
#[test]
fn values_with_no_year_have_their_own_stop_on_the_timeline() {
    let mut harness = common::builtin();
    assert!(
        harness.state().year().is_some(),
        "the route opens on a year"
    );
    // The legend names such values too ("No year given: not shown for 2023"); the button is
    // the timeline's.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "No year given")
        .click();
    harness.run();
    assert_eq!(harness.state().year(), None);
    harness.get_by_label("Values with no year given");
    harness.key_press(Key::Comma);
    harness.run();
    assert_eq!(harness.state().year(), Some(2027), "back to the last year");
    harness.key_press(Key::Period);
    harness.run();
    assert_eq!(harness.state().year(), None, "on from the last year");
    harness.key_press(Key::Period);
    harness.run();
    assert_eq!(harness.state().year(), None, "the last stop");
}

/// A chart never joins values on different ways: the oil through Ceyhan is two series, one
/// for each way, named by its ends.
#[test]
fn the_chart_has_a_series_for_each_way() {
    let mut harness = common::builtin();
    harness.get_by_label("Ceyhan").click();
    harness.run();
    harness.get_by_label_contains("Kazakh oil to Ceyhan: Baku → Ceyhan");
    harness.get_by_label_contains("Kazakh oil to Ceyhan: Aktau → Ceyhan");
    // The values in words: the agreement's 1.5 Mt has no year.
    harness.get_by_label_contains("1.5\u{a0}Mt, no year given (plan or target)");
}

/// The chart under a place says what each figure is: the trade's Jan–Aug 2025 figure is for
/// part of a year, its $1 bn target has no year given.
#[test]
fn the_chart_says_which_figures_are_for_part_of_a_year_or_no_year() {
    let mut harness = common::builtin();
    harness.get_by_label("Alat").click();
    harness.run();
    harness.get_by_label_contains("547\u{a0}USD M in Jan–Aug 2025 (actual, part of a year)");
    harness.get_by_label_contains("1,000\u{a0}USD M, no year given (plan or target)");
    // The cargo figures are whole years.
    harness.get_by_label_contains("4.5\u{a0}Mt in 2024 (actual)");
}
