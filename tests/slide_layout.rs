//! Slides laid out for the screen they are on: for every slide of the built-in talk and of the
//! Lobito example, on a 1024×768 and a 1280×720 projector, a 1920×1080 screen and a 4K wall,
//! every place the slide is about is on the map, clear of every card, and labelled; cards,
//! legend and number keep clear of one another; and type is large enough for a hall.

use corridor_atlas::map::camera::ScreenTransform;
use corridor_atlas::map::projection::Projection;
use corridor_atlas::model::Route;
use corridor_atlas::scene::display::Item;
use corridor_atlas::scene::slide::{self, SlideOptions};
use corridor_atlas::scene::slide_layout::{self, QUOTE_TEXT, SMALLEST_TEXT};
use corridor_atlas::scene::{FlowView, Highlight, RouteGeometry, SceneOptions};
use corridor_atlas::text::TextMeasure;
use egui::{Pos2, Rect, vec2};

const SIZES: [(f32, f32); 4] = [
    (1024.0, 768.0),
    (1280.0, 720.0),
    (1920.0, 1080.0),
    (3840.0, 2160.0),
];

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
    let mut failures = Vec::new();
    for (name, route) in routes() {
        let geometry = RouteGeometry::new(&route, &Projection::for_route(&route));
        let opening = FlowView::all_layers(&route, corridor_atlas::flows::opening_year(&route));
        for index in 0..slide::count(&route) {
            for (w, h) in SIZES {
                let screen = Rect::from_min_size(Pos2::ZERO, vec2(w, h));
                let at = format!("{name} slide {} at {w}×{h}", index + 1);
                let options = SlideOptions {
                    legend: true,
                    ..SlideOptions::default()
                };
                let state = slide_layout::state(
                    &route, &geometry, index, screen, &opening, &options, &measure,
                );
                let layout = slide_layout::layout(
                    &route,
                    &geometry,
                    index,
                    screen,
                    &state.flows,
                    &options,
                    &measure,
                );
                let view = ScreenTransform::new(layout.camera, screen);

                // The cards, legend, credits and number keep clear of one another.
                for (i, (a, ra)) in layout.parts.iter().enumerate() {
                    assert!(
                        screen.contains_rect(*ra),
                        "{at}: {} reaches off the screen: {ra:?}",
                        a.name()
                    );
                    for (b, rb) in &layout.parts[i + 1..] {
                        if ra.intersects(*rb) {
                            failures.push(format!("{at}: {} overlaps {}", a.name(), b.name()));
                        }
                    }
                }

                // Type large enough for a hall.
                for item in &layout.items {
                    if let Item::Text(t) = item {
                        assert!(
                            t.font.size >= SMALLEST_TEXT * h,
                            "{at}: {:?} is {} points high, under {} % of the screen",
                            t.text,
                            t.font.size,
                            SMALLEST_TEXT * 100.0
                        );
                        if t.text.starts_with('«') || t.text.starts_with('“') {
                            assert!(t.font.size >= QUOTE_TEXT * h, "{at}: quote {:?}", t.text);
                        }
                    }
                }

                // The slide's places: on screen, under no card, and labelled.
                let mut options = SceneOptions::plain(
                    Highlight {
                        selected: state.selection,
                        hovered: None,
                    },
                    slide_layout::label_scale(screen),
                );
                options.covered = layout.covered();
                options.first_labels = layout.focus.clone();
                let scene = corridor_atlas::scene::build(
                    &route,
                    &geometry,
                    &view,
                    None,
                    &corridor_atlas::scene::bands::build(&route, &geometry, &state.flows),
                    options,
                    &measure,
                );
                let slide::SlidePage::Story(story) = slide::page(&route, index) else {
                    continue;
                };
                for id in &story.focus.nodes {
                    let Some(i) = route.node_index(id) else {
                        continue;
                    };
                    let node = &route.nodes[i];
                    let p = view.map_to_screen(geometry.nodes[i]);
                    if !screen.shrink(4.0).contains(p) {
                        failures.push(format!("{at}: {} is off the map at {p:?}", node.name));
                        continue;
                    }
                    for (part, r) in &layout.parts {
                        if r.expand(6.0).contains(p) {
                            failures.push(format!("{at}: {} covers {}", part.name(), node.name));
                        }
                    }
                    let label = scene.labels.iter().find(|l| l.text == node.name);
                    match label {
                        None => failures.push(format!("{at}: {} has no label", node.name)),
                        Some(l) => {
                            let rect = l
                                .anchor
                                .anchor_size(view.map_to_screen(l.at) + l.offset, l.measured);
                            for (part, r) in &layout.parts {
                                if r.intersects(rect) {
                                    failures.push(format!(
                                        "{at}: {} covers the label of {}",
                                        part.name(),
                                        node.name
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_title_slide_frames_the_route_not_the_hemisphere() {
    let fonts = TextMeasure::default();
    let measure = fonts.as_fn();
    for (name, route) in routes() {
        let geometry = RouteGeometry::new(&route, &Projection::for_route(&route));
        let (lo, hi) = geometry.bounds().expect("a route with places");
        let opening = FlowView::all_layers(&route, corridor_atlas::flows::opening_year(&route));
        for (w, h) in SIZES {
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
