//! The window at projector sizes: panels lying over the map's edges below 1400 points, docked
//! beside it above, and a map that cannot be zoomed out past the route's part of the world.

mod common;

use corridor_atlas::CorridorApp;
use corridor_atlas::map::camera::ScreenTransform;
use corridor_atlas::map::limits::ViewLimits;
use corridor_atlas::map::projection::Projection;
use corridor_atlas::scene::{FlowView, RouteGeometry, Target, slide, slide_layout};
use corridor_atlas::ui::app::StartRoute;
use egui::{Key, Rect, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const PROJECTOR: Vec2 = vec2(1024.0, 768.0);

fn projector() -> Harness<'static, CorridorApp> {
    common::app_harness_sized(StartRoute::Builtin, PROJECTOR)
}

fn map(harness: &Harness<'static, CorridorApp>) -> Rect {
    harness.state().map_rect().expect("the map is drawn")
}

fn free(harness: &Harness<'static, CorridorApp>) -> Rect {
    harness.state().free_map_rect().expect("the map is drawn")
}

fn limits(app: &CorridorApp) -> ViewLimits {
    let geometry = geometry(app);
    ViewLimits::around(geometry.bounds().expect("a route with places"))
}

fn geometry(app: &CorridorApp) -> RouteGeometry {
    RouteGeometry::new(app.route(), &Projection::for_route(app.route()))
}

fn press(harness: &mut Harness<'static, CorridorApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn at_1024x768_the_map_keeps_most_of_the_width() {
    let harness = projector();
    let map = map(&harness);
    assert!(map.width() >= 0.6 * PROJECTOR.x, "{map:?}");
    assert!(free(&harness).width() >= 0.6 * PROJECTOR.x);
    assert_eq!(harness.state().layers_panel_rect(), None);
    assert_eq!(harness.state().side_panel_rect(), None);
    // Tabs on the map's edges say what is there to open.
    harness.get_by_label("Layers ▶");
    harness.get_by_label("◀ Corridor overview");
    // The whole route is in sight.
    let app = harness.state();
    let view = ScreenTransform::new(app.camera(), map);
    for p in &geometry(app).nodes {
        assert!(map.contains(view.map_to_screen(*p)));
    }
}

#[test]
fn the_side_panel_key_shows_the_panel_over_the_map_and_hides_it() {
    let mut harness = projector();
    let before = map(&harness);
    assert!(harness.query_by_label("Sources").is_none());

    press(&mut harness, Key::K);
    let side = harness
        .state()
        .side_panel_rect()
        .expect("the side panel shows");
    harness.get_by_label("Sources");
    assert_eq!(map(&harness), before, "the map stays as large");
    assert!(
        before.contains_rect(side.shrink(1.0)),
        "over the map: {side:?}"
    );
    assert!(
        (side.right() - before.right()).abs() < 1.0,
        "on its right edge"
    );
    assert!(free(&harness).width() >= 0.6 * PROJECTOR.x);

    press(&mut harness, Key::K);
    assert_eq!(harness.state().side_panel_rect(), None);
    assert!(harness.query_by_label("Sources").is_none());
    assert_eq!(map(&harness), before);
}

#[test]
fn the_layers_tab_opens_the_layers_over_the_map_one_panel_at_a_time() {
    let mut harness = projector();
    harness.get_by_label("Layers ▶").click();
    harness.run();
    let layers = harness
        .state()
        .layers_panel_rect()
        .expect("the layers show");
    assert!(map(&harness).contains_rect(layers.shrink(1.0)));
    assert!((layers.left() - map(&harness).left()).abs() < 1.0);
    harness.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Trans-Caspian cargo");

    // The side panel takes the layers' place, so the map keeps most of the window.
    press(&mut harness, Key::K);
    assert_eq!(harness.state().layers_panel_rect(), None);
    assert!(harness.state().side_panel_rect().is_some());
    assert!(free(&harness).width() >= 0.6 * PROJECTOR.x);

    // The tab on the open panel's edge closes it.
    harness.get_by_label("Hide ▶").click();
    harness.run();
    assert_eq!(harness.state().side_panel_rect(), None);
}

#[test]
fn selecting_a_place_shows_the_side_panel_and_escape_hides_it_again() {
    let mut harness = projector();
    // Dostyk lies at the route's east end, where the panel opens.
    harness.get_by_label("Dostyk").click();
    harness.run();
    let dostyk = harness.state().route().node_index("dostyk");
    assert_eq!(harness.state().selection(), dostyk.map(Target::Node));
    assert!(harness.state().side_panel_rect().is_some());
    assert!(
        harness.query_all_by_label("Dostyk").count() >= 2,
        "map marker and panel heading"
    );

    // The map moved the place out from under the panel.
    let app = harness.state();
    let point = geometry(app).nodes[dostyk.expect("Dostyk")];
    let at = ScreenTransform::new(app.camera(), map(&harness)).map_to_screen(point);
    assert!(free(&harness).contains(at), "{at:?} under the panel");

    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().selection(), None);
    assert_eq!(harness.state().side_panel_rect(), None);
}

#[test]
fn at_1440x900_the_panels_are_docked_and_k_hides_the_side_panel() {
    let mut harness = common::builtin();
    let map = map(&harness);
    let layers = harness.state().layers_panel_rect().expect("docked layers");
    let side = harness
        .state()
        .side_panel_rect()
        .expect("docked side panel");
    assert!(
        layers.right() <= map.left() + 1.0,
        "{layers:?} beside {map:?}"
    );
    assert!(side.left() >= map.right() - 1.0, "{side:?} beside {map:?}");
    assert_eq!(free(&harness), map);
    assert!(harness.query_by_label("Layers ▶").is_none());

    press(&mut harness, Key::K);
    assert_eq!(harness.state().side_panel_rect(), None);
    assert!(harness.state().map_rect().expect("map").width() > map.width() + 300.0);
    assert!(!harness.state().settings().show_side_panel);
    harness.get_by_label("◀ Corridor overview").click();
    harness.run();
    assert_eq!(harness.state().map_rect(), Some(map));
}

#[test]
fn zooming_out_at_1024x768_stops_at_the_limit() {
    let mut harness = projector();
    let fitted = harness.state().camera();
    for _ in 0..15 {
        harness.key_press(Key::Minus);
        harness.run();
    }
    let app = harness.state();
    let camera = app.camera();
    let map = map(&harness);
    let widest = limits(app).max_km_per_px(map.size());
    assert!(camera.km_per_px > fitted.km_per_px * 2.0, "zoomed out");
    assert!((camera.km_per_px - widest).abs() < 1e-6, "{camera:?}");
    assert!(camera.km_per_px < 20.0, "{camera:?}");
    // Eurasia from Lisbon to Tokyo, and not New York above Europe.
    let view = ScreenTransform::new(camera, map);
    let projection = Projection::for_route(app.route());
    assert!(
        map.contains(view.project(&projection, 38.7, -9.1)),
        "Lisbon"
    );
    assert!(
        map.contains(view.project(&projection, 35.7, 139.7)),
        "Tokyo"
    );
    assert!(
        !map.contains(view.project(&projection, 40.7, -74.0)),
        "New York"
    );

    // Panning north as far as the keys go still keeps America out, and the route in sight.
    for _ in 0..20 {
        harness.key_press(Key::ArrowUp);
        harness.run();
    }
    let app = harness.state();
    let view = ScreenTransform::new(app.camera(), map);
    assert!(
        !map.contains(view.project(&projection, 40.7, -74.0)),
        "New York"
    );
    assert!(
        !map.contains(view.project(&projection, 41.9, -87.6)),
        "Chicago"
    );
    let (min, max) = geometry(app).bounds().expect("bounds");
    let (seen_min, seen_max) = view.visible_map_rect();
    assert!(
        seen_max.y > min.y && seen_min.y < max.y,
        "the route is in sight"
    );
}

#[test]
fn home_and_every_slide_keep_within_the_limits() {
    for size in [PROJECTOR, vec2(1280.0, 720.0), common::SIZE] {
        let mut harness = common::app_harness_sized(StartRoute::Builtin, size);
        press(&mut harness, Key::Minus);
        press(&mut harness, Key::Home);
        let app = harness.state();
        let map = map(&harness);
        let limits = limits(app);
        assert!(limits.holds(app.camera(), map.size(), 1e-6), "{size:?}");

        // A talk's map fills the window; the limits leave every slide's camera as it is.
        let screen = Rect::from_min_size(egui::Pos2::ZERO, size);
        let opening = FlowView::all_layers(
            app.route(),
            corridor_atlas::flows::opening_year(app.route()),
        );
        let geometry = geometry(app);
        let fonts = corridor_atlas::text::TextMeasure::default();
        let options = corridor_atlas::scene::slide::SlideOptions {
            legend: true,
            ..Default::default()
        };
        for index in 0..slide::count(app.route()) {
            let state = slide_layout::state(
                app.route(),
                &geometry,
                index,
                screen,
                &opening,
                &options,
                &fonts.as_fn(),
            );
            assert!(
                limits.holds(state.camera, size, 1e-6),
                "slide {index} at {size:?}"
            );
        }
    }
}

/// The list of controls is longer than a 1024×768 screen is high: it scrolls down to the last.
#[test]
fn f1_lists_the_side_panel_key_within_reach_on_a_short_screen() {
    let mut harness = projector();
    press(&mut harness, Key::F1);
    let last = harness.get_by_label("Side panel").rect();
    assert!(
        last.bottom() > PROJECTOR.y,
        "the list is longer than the screen"
    );
    let first = harness.get_by_label("Zoom about the pointer").rect();
    assert!(first.top() > 0.0 && first.bottom() < PROJECTOR.y);
    harness.hover_at(first.center());
    for _ in 0..20 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    let last = harness.get_by_label("Side panel").rect();
    assert!(last.bottom() < PROJECTOR.y, "{last:?} is out of reach");
    assert_eq!(harness.query_all_by_label("K").count(), 1);
}

#[test]
fn projector_1024x768_snapshot() {
    let mut harness = projector();
    harness.snapshot("projector_1024x768");
}
