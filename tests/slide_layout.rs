//! Slides laid out for the screen they are on: for every slide of the built-in talk and of the
//! Lobito example, on a 1024×768 and a 1280×720 projector, a 1920×1080 screen and a 4K wall,
//! every place the slide is about is on the map, clear of every card, and labelled; cards,
//! legend and number keep clear of one another; and type is large enough for a hall. The rules
//! are checked geometrically by the same check `corridor-atlas check` runs.

use corridor_atlas::map::camera::ScreenTransform;
use corridor_atlas::map::projection::Projection;
use corridor_atlas::model::Route;
use corridor_atlas::scene::slide::SlideOptions;
use corridor_atlas::scene::slide_check::{self, HALL_SCREENS};
use corridor_atlas::scene::slide_layout;
use corridor_atlas::scene::{FlowView, RouteGeometry};
use corridor_atlas::text::TextMeasure;
use egui::{Pos2, Rect, vec2};

fn routes() -> Vec<(&'static str, Route)> {
    let builtin = corridor_atlas::io::builtin_route()
        .expect("the built-in route")
        .route;
    let lobito = corridor_atlas::io::load_route_file(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/lobito-corridor.json"
    )))
    .expect("the Lobito example")
    .route;
    vec![("built-in", builtin), ("Lobito", lobito)]
}

#[test]
fn every_slide_keeps_its_places_clear_labelled_and_readable_at_every_size() {
    let fonts = TextMeasure::default();
    let measure = fonts.as_fn();
    for (name, route) in routes() {
        let issues = slide_check::check_talk(&route, &HALL_SCREENS, &measure);
        let listed: Vec<String> = issues.iter().map(|i| format!("{name} {i}")).collect();
        assert!(listed.is_empty(), "{}", listed.join("\n"));
    }
}

#[test]
fn a_talk_that_breaks_the_rules_is_told_where() {
    let fonts = TextMeasure::default();
    let measure = fonts.as_fn();
    let (_, mut route) = routes().remove(0);
    // A slide about places from Ceyhan to Dostyk with a quote far too long for a projector.
    let slide = &mut route.story[2];
    slide.focus.nodes = vec![
        "ceyhan".into(),
        "dostyk".into(),
        "astana".into(),
        "kars".into(),
    ];
    let quote = slide.quotes[0].clone();
    let q = route
        .quotes
        .iter_mut()
        .find(|q| q.id == quote)
        .expect("the slide's quote");
    q.text = q.text.repeat(5);
    let issues = slide_check::check_talk(&route, &[(1024, 768)], &measure);
    assert!(
        !issues.is_empty(),
        "a quote five times too long fits nowhere"
    );
    assert!(
        issues.iter().all(|i| i.slide == 4 && i.path == "story[2]"),
        "{issues:?}"
    );
    let first = issues[0].to_string();
    assert!(first.starts_with("slide 4 at 1024×768: "), "{first}");
}

#[test]
fn the_title_slide_frames_the_route_not_the_hemisphere() {
    let fonts = TextMeasure::default();
    let measure = fonts.as_fn();
    for (name, route) in routes() {
        let geometry = RouteGeometry::new(&route, &Projection::for_route(&route));
        let (lo, hi) = geometry.bounds().expect("a route with places");
        let opening = FlowView::all_layers(&route, corridor_atlas::flows::opening_year(&route));
        for (w, h) in HALL_SCREENS.map(|(w, h)| (w as f32, h as f32)) {
            let screen = Rect::from_min_size(Pos2::ZERO, vec2(w, h));
            let state = slide_layout::state(
                &route,
                &geometry,
                0,
                screen,
                &opening,
                &SlideOptions::default(),
                &measure,
            );
            let view = ScreenTransform::new(state.camera, screen);
            let (a, b) = (view.map_to_screen(lo), view.map_to_screen(hi));
            let drawn = (b.x - a.x).abs().max((b.y - a.y).abs());
            assert!(
                drawn >= 0.4 * w.min(h),
                "{name} at {w}×{h}: the route is only {drawn} points across"
            );
            assert!(
                screen.contains(a) && screen.contains(b),
                "{name} at {w}×{h}"
            );
        }
    }
}
