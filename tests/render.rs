//! Pictures of the map: the app's export and the command line's render draw what the app shows.

mod common;

use std::process::Command;

use corridor_atlas::export::{Furniture, Glyphs, Picture};
use corridor_atlas::map::camera::{Camera, ScreenTransform};
use corridor_atlas::map::projection::Projection;
use corridor_atlas::scene::{FlowView, RouteGeometry};
use corridor_atlas::text::TextMeasure;
use corridor_atlas::ui::export::{ExportSettings, ExportSize};
use egui::{Pos2, Rect, vec2};
use egui_kittest::kittest::Queryable;
use resvg::tiny_skia::Pixmap;
use resvg::usvg::roxmltree;

fn atlas() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_corridor-atlas"));
    // Rendering needs no display.
    command.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    command
}

fn read_png(path: &std::path::Path) -> Pixmap {
    let bytes = std::fs::read(path).expect("the picture was written");
    Pixmap::decode_png(&bytes).expect("a PNG")
}

fn luma([r, g, b]: [u8; 3]) -> f32 {
    0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b)
}

fn png_rgb(png: &Pixmap, x: u32, y: u32) -> [u8; 3] {
    let p = png.pixel(x, y).expect("inside").demultiply();
    [p.red(), p.green(), p.blue()]
}

/// Mean colour of a square of the picture.
fn block_mean(rgb: &impl Fn(u32, u32) -> [u8; 3], x0: u32, y0: u32, side: u32) -> [f32; 3] {
    let mut sum = [0.0; 3];
    for y in y0..y0 + side {
        for x in x0..x0 + side {
            for (s, v) in sum.iter_mut().zip(rgb(x, y)) {
                *s += f32::from(v);
            }
        }
    }
    sum.map(|s| s / (side * side) as f32)
}

#[test]
fn the_exported_picture_shows_what_the_app_shows() {
    let mut harness = common::builtin();
    let dir = common::temp_dir("export");
    let path = dir.join("map.png");
    *harness.state_mut().export_settings_mut() = ExportSettings {
        size: ExportSize::View(1.0),
        show_title: false,
        legend: false,
        attribution: false,
        ..ExportSettings::default()
    };
    harness.state_mut().export_to(path.clone());
    common::step_until(&mut harness, "the export is written", |app| {
        !app.is_exporting()
    });
    let screen = harness.render().expect("the app's own picture");
    let app = harness.state();
    let map = app.map_rect().expect("the map is on screen");
    let png = read_png(&path);
    assert_eq!(
        (png.width(), png.height()),
        (map.width().round() as u32, map.height().round() as u32),
        "the export is the map's size"
    );

    // Every place on the map is a dark symbol at the same spot in both pictures.
    let route = app.route();
    let geometry = RouteGeometry::new(route, &Projection::for_route(route));
    let view = ScreenTransform::new(app.camera(), Rect::from_min_size(Pos2::ZERO, map.size()));
    let inner = Rect::from_min_size(Pos2::ZERO, map.size()).shrink(8.0);
    let mut compared = 0;
    for (node, &at) in route.nodes.iter().zip(&geometry.nodes) {
        let p = view.map_to_screen(at);
        if !inner.contains(p) {
            continue;
        }
        let (x, y) = (p.x as u32, p.y as u32);
        let exported = png_rgb(&png, x, y);
        let shown = screen
            .get_pixel(x + map.min.x as u32, y + map.min.y as u32)
            .0;
        let shown = [shown[0], shown[1], shown[2]];
        assert!(
            luma(exported) < 110.0 && luma(shown) < 110.0,
            "{} at {p:?}: exported {exported:?}, on screen {shown:?}",
            node.name
        );
        compared += 1;
    }
    assert!(compared >= 10, "only {compared} places in view");

    // Land, water, links and flows lie in the same places: the pictures agree block by block.
    let side = 40;
    let (mut blocks, mut differ) = (0, 0);
    for by in 0..png.height() / side {
        for bx in 0..png.width() / side {
            let (x0, y0) = (bx * side, by * side);
            let a = block_mean(&|x, y| png_rgb(&png, x, y), x0, y0, side);
            let b = block_mean(
                &|x, y| {
                    let p = screen
                        .get_pixel(x + map.min.x as u32, y + map.min.y as u32)
                        .0;
                    [p[0], p[1], p[2]]
                },
                x0,
                y0,
                side,
            );
            blocks += 1;
            if a.iter().zip(b).any(|(a, b)| (a - b).abs() > 20.0) {
                differ += 1;
            }
        }
    }
    assert!(
        differ * 20 <= blocks,
        "{differ} of {blocks} blocks differ between the export and the screen"
    );
}

/// How many 40-point blocks of two pictures of the same size differ in mean colour, of all.
fn blocks_differing(
    a: impl Fn(u32, u32) -> [u8; 3],
    b: impl Fn(u32, u32) -> [u8; 3],
    size: (u32, u32),
) -> (usize, usize) {
    let side = 40;
    let (mut blocks, mut differ) = (0, 0);
    for by in 0..size.1 / side {
        for bx in 0..size.0 / side {
            let (x0, y0) = (bx * side, by * side);
            let (p, q) = (block_mean(&a, x0, y0, side), block_mean(&b, x0, y0, side));
            blocks += 1;
            if p.iter().zip(q).any(|(p, q)| (p - q).abs() > 20.0) {
                differ += 1;
            }
        }
    }
    (differ, blocks)
}

#[test]
fn a_slide_in_the_app_is_the_slide_render_draws() {
    use egui_kittest::kittest::Queryable as _;
    // Cuts rather than flights, so the slide is in place at once, and flows stand still.
    let settings = corridor_atlas::ui::app::Settings {
        reduce_motion: true,
        ..Default::default()
    };
    let mut harness =
        common::app_harness_with(corridor_atlas::ui::app::StartRoute::Builtin, settings);
    harness.key_press(egui::Key::F5);
    harness.run();
    for _ in 0..3 {
        harness.key_press(egui::Key::PageDown);
        harness.run();
    }
    let app = harness.state();
    assert_eq!(app.presentation().map(|p| p.index), Some(3), "slide 4");
    let slide = &app.route().story[2];
    harness.get_by_label(&slide.title);
    // The year, on the slide's card and atop the talk's legend.
    let year = format!("Flows in {}", app.year().expect("slide 4 shows a year"));
    assert_eq!(harness.query_all_by_label(&year).count(), 2, "{year}");
    let map = app.map_rect().expect("the map is on screen");
    let screen = harness.render().expect("the app's own picture");

    let dir = common::temp_dir("render-slide-4");
    let out = dir.join("slide.png");
    let size = format!("{}x{}", map.width().round(), map.height().round());
    let result = atlas()
        .args([
            "render",
            "--builtin",
            "--slide",
            "4",
            "--size",
            &size,
            "--out",
        ])
        .arg(&out)
        .output()
        .expect("render runs");
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stdout)
    );
    let png = read_png(&out);
    assert_eq!(
        (png.width(), png.height()),
        (map.width().round() as u32, map.height().round() as u32)
    );
    // Map, cards, legend and number in the same places: the pictures agree block by block.
    let (differ, blocks) = blocks_differing(
        |x, y| png_rgb(&png, x, y),
        |x, y| {
            let p = screen
                .get_pixel(x + map.min.x as u32, y + map.min.y as u32)
                .0;
            [p[0], p[1], p[2]]
        },
        (png.width(), png.height()),
    );
    assert!(
        differ * 20 <= blocks,
        "{differ} of {blocks} blocks differ between the app's slide 4 and render --slide 4"
    );
}

#[test]
fn the_svg_parses_and_carries_the_place_names_as_text() {
    let route = corridor_atlas::io::builtin_route()
        .expect("the built-in route")
        .route;
    let geometry = RouteGeometry::new(&route, &Projection::for_route(&route));
    let (min, max) = geometry.bounds().expect("a route with places");
    let frame = Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 900.0));
    let flows = FlowView::all_layers(&route, Some(2024));
    let picture = Picture {
        route: &route,
        geometry: &geometry,
        flows: &flows,
        selection: None,
        camera: Camera::fitting(min, max, frame, 50.0),
        size: frame.size(),
        text_scale: 1.0,
        furniture: Furniture {
            title: Some("Middle Corridor & Zangezur".to_owned()),
            legend: true,
            ..Furniture::default()
        },
        slide: None,
    };
    let fonts = TextMeasure::default();
    let measure = fonts.as_fn();
    let basemap =
        corridor_atlas::export::basemap_for(&geometry, &picture.camera, 1.0).expect("the basemap");
    let scene = picture.scene(Some(basemap.clone()), None, &measure);
    let list = picture.display_list(Some(basemap), &measure);
    let svg = corridor_atlas::export::to_svg(&picture, &list);

    let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let texts: Vec<String> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect();
    let names: Vec<&str> = route.nodes.iter().map(|n| n.name.as_str()).collect();
    let labelled: Vec<&str> = scene
        .labels
        .iter()
        .map(|l| l.text.as_str())
        .filter(|t| names.contains(t))
        .collect();
    assert!(labelled.len() >= 10, "{labelled:?}");
    for name in &labelled {
        assert!(texts.iter().any(|t| t == name), "no text {name:?}");
    }
    assert!(texts.iter().any(|t| t == "Middle Corridor & Zangezur"));
    assert!(texts.iter().any(|t| t == "Flows in 2024"), "the legend");
    assert!(texts.iter().any(|t| t.ends_with(" km")), "the scale bar");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Basemap: Natural Earth"))
    );
    // The same list drawn as a PNG at half the scale is a picture of half the size.
    let png =
        corridor_atlas::export::to_png(&list, 0.5, &fonts, &mut Glyphs::new()).expect("rasterized");
    let png = Pixmap::decode_png(&png).expect("a PNG");
    assert_eq!((png.width(), png.height()), (800, 450));
}

#[test]
fn render_writes_a_png_of_the_asked_size_without_a_display() {
    let dir = common::temp_dir("render-png");
    let out = dir.join("map.png");
    let result = atlas()
        .args(["render", "--builtin", "--size", "960x540", "--year", "2024"])
        .args(["--layers", "cargo,oil", "--select", "aktau", "--out"])
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(
        result.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&result.stdout)
    );
    let png = read_png(&out);
    assert_eq!((png.width(), png.height()), (960, 540));
    // Water in the middle of the picture's Caspian, not a blank canvas.
    let colours: std::collections::HashSet<[u8; 3]> = (0..png.height())
        .step_by(10)
        .flat_map(|y| (0..png.width()).step_by(10).map(move |x| (x, y)))
        .map(|(x, y)| png_rgb(&png, x, y))
        .collect();
    assert!(colours.len() > 50, "a drawn map has many colours");

    let scaled = dir.join("map@2x.png");
    let result = atlas()
        .args(["render", "--size", "1920x1080", "--scale", "2", "--out"])
        .arg(&scaled)
        .output()
        .expect("runs");
    assert_eq!(result.status.code(), Some(0));
    let png = read_png(&scaled);
    assert_eq!((png.width(), png.height()), (1920, 1080));
}

#[test]
fn render_writes_every_slide_and_svg() {
    let dir = common::temp_dir("render-slides");
    let slides = dir.join("slides");
    let result = atlas()
        .args([
            "render",
            "data/middle-corridor.json",
            "--size",
            "640x360",
            "--slides",
        ])
        .arg(&slides)
        .output()
        .expect("runs");
    assert_eq!(
        result.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&result.stdout)
    );
    let route = corridor_atlas::io::builtin_route()
        .expect("the built-in route")
        .route;
    let mut written: Vec<String> = std::fs::read_dir(&slides)
        .expect("the folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written.len(), route.story.len() + 2, "{written:?}");
    assert_eq!(written.first().map(String::as_str), Some("slide-01.png"));
    assert_eq!((read_png(&slides.join("slide-02.png")).width()), 640);

    let svg = dir.join("slide.svg");
    let result = atlas()
        .args(["render", "--slide", "2", "--out"])
        .arg(&svg)
        .output()
        .expect("runs");
    assert_eq!(result.status.code(), Some(0));
    let text = std::fs::read_to_string(&svg).expect("the SVG");
    let document = roxmltree::Document::parse(&text).expect("well-formed XML");
    let texts: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    let slide = &route.story[0];
    assert!(
        texts.contains(&slide.title.as_str()),
        "the slide's title {:?} is on it",
        slide.title
    );
    for id in &slide.quotes {
        let quote = route
            .quotes
            .iter()
            .find(|q| &q.id == id)
            .expect("the slide's quote");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with(&format!("— {}", quote.speaker))),
            "{} is credited on the slide",
            quote.speaker
        );
    }
    assert!(texts.contains(&format!("2 / {}", route.story.len() + 2).as_str()));
}

/// The words of an SVG's texts, one line after another, as a reader reads them across lines.
fn svg_words(path: &std::path::Path) -> (String, Vec<(String, bool)>) {
    let text = std::fs::read_to_string(path).expect("the SVG");
    let document = roxmltree::Document::parse(&text).expect("well-formed XML");
    let lines: Vec<(String, bool)> = document
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            (
                n.text().unwrap_or_default().to_owned(),
                n.attribute("font-style") == Some("italic"),
            )
        })
        .collect();
    let joined = lines
        .iter()
        .map(|(t, _)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    (joined, lines)
}

/// A source that prints no date is "date not given" in an exported slide, in English and in
/// Russian: under a quote taken from it, and in the closing slide's list of sources.
#[test]
fn exported_slides_say_date_not_given_for_undated_sources() {
    let dir = common::temp_dir("render-undated");
    let route = corridor_atlas::io::builtin_route()
        .expect("the built-in route")
        .route;
    // The slide whose quote is from BAQ.KZ's undated article; slide 1 is the title slide.
    let quoted = route
        .story
        .iter()
        .position(|s| s.quotes.iter().any(|id| id == "q10"))
        .expect("a slide quoting q10")
        + 2;
    let closing = route.story.len() + 2;
    for (lang, undated, guesses) in [
        (
            "en",
            "date not given",
            ["around 20 October", "before 20 October"],
        ),
        (
            "ru",
            "дата не указана",
            ["около 20 октября", "до 20 октября"],
        ),
    ] {
        for slide in [quoted, closing] {
            let svg = dir.join(format!("slide-{slide}-{lang}.svg"));
            let result = atlas()
                .args([
                    "render",
                    "--lang",
                    lang,
                    "--slide",
                    &slide.to_string(),
                    "--out",
                ])
                .arg(&svg)
                .output()
                .expect("runs");
            assert_eq!(result.status.code(), Some(0), "slide {slide}");
            let (words, _) = svg_words(&svg);
            assert!(words.contains(undated), "slide {slide} in {lang}: {words}");
            for guess in guesses {
                assert!(!words.contains(guess), "slide {slide} in {lang}: {guess}");
            }
        }
    }
}

/// A reported statement on a slide is the article's words: led by whose words it reports, set
/// plain, never in quotation marks or a quote's italics.
#[test]
fn an_exported_slide_shows_a_reported_statement_as_the_articles_words() {
    let dir = common::temp_dir("render-reported");
    let text = std::fs::read_to_string("data/middle-corridor.json").expect("the built-in route");
    let mut route: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    route["story"][0]["quotes"] = serde_json::json!(["r01"]);
    let file = dir.join("reported.json");
    std::fs::write(&file, route.to_string()).expect("written");
    let svg = dir.join("slide.svg");
    let result = atlas()
        .arg("render")
        .arg(&file)
        .args(["--slide", "2", "--out"])
        .arg(&svg)
        .output()
        .expect("runs");
    assert_eq!(
        result.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&result.stdout)
    );
    let (words, lines) = svg_words(&svg);
    assert!(
        words.contains("BAQ.KZ reports that Amina Kosbaeva said:"),
        "{words}"
    );
    assert!(words.contains("подчеркнула эксперт."), "{words}");
    assert!(!words.contains('«') && !words.contains('»'), "{words}");
    assert!(!words.contains("— Amina Kosbaeva"), "{words}");
    for (line, italic) in &lines {
        assert!(!italic, "{line:?} is set in a quote's italics");
    }
}

#[test]
fn render_refuses_what_the_route_does_not_have_and_says_what_it_has() {
    let dir = common::temp_dir("render-bad");
    let run = |args: &[&str]| {
        let result = atlas()
            .args(["render", "--out"])
            .arg(dir.join("x.png"))
            .args(args)
            .output()
            .expect("runs");
        (
            result.status.code(),
            String::from_utf8_lossy(&result.stdout).into_owned(),
        )
    };
    let (code, text) = run(&["--layers", "cargoo"]);
    assert_eq!(code, Some(1));
    assert!(text.contains("did you mean \"cargo\"?"), "{text}");
    assert!(text.contains("Its layers are:"), "{text}");
    let (code, text) = run(&["--select", "Aktao"]);
    assert_eq!(code, Some(1));
    assert!(text.contains("did you mean \"aktau\"?"), "{text}");
    let (code, text) = run(&["--slide", "99"]);
    assert_eq!(code, Some(1));
    assert!(text.contains("slide 99 does not exist"), "{text}");
    assert!(
        !dir.join("x.png").exists(),
        "nothing is written for a refused picture"
    );
    let result = atlas()
        .args(["render", "--out"])
        .arg(dir.join("x.gif"))
        .output()
        .expect("runs");
    assert_eq!(result.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&result.stdout).contains("neither .png nor .svg"));
}

#[test]
fn ctrl_e_opens_the_export_window() {
    let mut harness = common::builtin();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    harness.get_by_label("PNG picture");
    harness.get_by_label("SVG for print");
    harness.get_by_label("Scale bar");
    harness.get_by_label("Export…");
}

/// The first rectangle drawn after the group named `group`: a card's panel.
fn card_of(list: &corridor_atlas::scene::DisplayList, group: &str) -> Option<Rect> {
    use corridor_atlas::scene::display::Item;
    let start = list
        .items
        .iter()
        .position(|i| matches!(i, Item::Group(g) if *g == group))?;
    list.items[start..].iter().find_map(|i| match i {
        Item::Rect(r) => Some(r.rect),
        _ => None,
    })
}

#[test]
fn an_exported_map_keeps_its_legend_and_title_off_the_route() {
    let route = corridor_atlas::io::builtin_route()
        .expect("the built-in route")
        .route;
    let geometry = RouteGeometry::new(&route, &Projection::for_route(&route));
    let (min, max) = geometry.bounds().expect("a route with places");
    let fonts = TextMeasure::default();
    let measure = fonts.as_fn();
    for size in [vec2(1920.0, 1080.0), vec2(1024.0, 768.0)] {
        // The whole route fitted to the picture, as the app's opening view exports it.
        let frame = Rect::from_min_size(Pos2::ZERO, size);
        let flows = FlowView::all_layers(&route, Some(2023));
        let picture = Picture {
            route: &route,
            geometry: &geometry,
            flows: &flows,
            selection: None,
            camera: Camera::fitting(min, max, frame, 50.0),
            size,
            text_scale: 1.0,
            furniture: Furniture {
                title: Some("Middle Corridor".to_owned()),
                legend: true,
                ..Furniture::default()
            },
            slide: None,
        };
        let list = picture.display_list(None, &measure);
        let view = picture.view();
        for group in ["legend", "title"] {
            let card = card_of(&list, group).unwrap_or_else(|| panic!("a {group} card"));
            for (node, &at) in route.nodes.iter().zip(&geometry.nodes) {
                let p = view.map_to_screen(at);
                assert!(
                    !card.expand(4.0).contains(p),
                    "at {size:?} the {group} covers {}",
                    node.name
                );
            }
        }
    }
}
