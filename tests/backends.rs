//! The SVG writer and the PNG rasterizer translate the same display list: each kind of
//! primitive, drawn alone by both, lands in the same place. The SVG is read back by resvg, an
//! independent renderer, with the app's own fonts.

use std::sync::Arc;

use corridor_atlas::export::{Glyphs, svg};
use corridor_atlas::map::camera::{Camera, ScreenTransform};
use corridor_atlas::scene::DisplayList;
use corridor_atlas::scene::display::{
    Circle, Font, Item, Line, Polygon, RectShape, Rings, Shadow, Stroke, Text,
};
use corridor_atlas::text::TextMeasure;
use egui::{Align2, Color32, Pos2, Rect, pos2, vec2};
use resvg::tiny_skia::Pixmap;
use resvg::usvg;

const SIZE: egui::Vec2 = egui::vec2(240.0, 140.0);

/// A list on a white page with `item` on it.
fn list_of(item: Item) -> DisplayList {
    let screen = Rect::from_min_size(Pos2::ZERO, SIZE);
    let mut list = DisplayList::new(ScreenTransform::new(Camera::default(), screen));
    list.push(RectShape::filled(screen, Color32::WHITE));
    list.push(item);
    list
}

fn fonts_db() -> Arc<usvg::fontdb::Database> {
    let mut db = usvg::fontdb::Database::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    for entry in std::fs::read_dir(dir).expect("the shipped fonts").flatten() {
        if entry.path().extension().is_some_and(|e| e == "ttf") {
            db.load_font_data(std::fs::read(entry.path()).expect("a font"));
        }
    }
    db.set_sans_serif_family("Noto Sans");
    Arc::new(db)
}

fn via_svg(list: &DisplayList, scale: f32) -> Pixmap {
    let text = svg::write(list, "test");
    let options = usvg::Options {
        fontdb: fonts_db(),
        font_family: "Noto Sans".to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&text, &options).expect("the SVG parses");
    let (w, h) = (
        (SIZE.x * scale).round() as u32,
        (SIZE.y * scale).round() as u32,
    );
    let mut pixmap = Pixmap::new(w, h).expect("a pixmap");
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

fn via_png(list: &DisplayList, scale: f32) -> Pixmap {
    let fonts = TextMeasure::default();
    let bytes = corridor_atlas::export::to_png(list, scale, &fonts, &mut Glyphs::new())
        .expect("rasterized");
    Pixmap::decode_png(&bytes).expect("a PNG")
}

/// What the ink on a white page covers: its box, and its centre weighted by how dark it is.
#[derive(Debug)]
struct Ink {
    min: Pos2,
    max: Pos2,
    centre: Pos2,
    amount: f32,
}

fn ink(pixmap: &Pixmap) -> Ink {
    let (mut min, mut max) = (pos2(f32::MAX, f32::MAX), pos2(f32::MIN, f32::MIN));
    let (mut sum, mut at) = (0.0, egui::Vec2::ZERO);
    for y in 0..pixmap.height() {
        for x in 0..pixmap.width() {
            let p = pixmap.pixel(x, y).expect("inside").demultiply();
            let darkness = 255.0
                - (0.299 * f32::from(p.red())
                    + 0.587 * f32::from(p.green())
                    + 0.114 * f32::from(p.blue()));
            if darkness > 40.0 {
                let q = pos2(x as f32 + 0.5, y as f32 + 0.5);
                min = min.min(q);
                max = max.max(q);
            }
            sum += darkness;
            at += vec2(x as f32 + 0.5, y as f32 + 0.5) * darkness;
        }
    }
    Ink {
        min,
        max,
        centre: (at / sum.max(1.0)).to_pos2(),
        amount: sum,
    }
}

/// Draws `item` both ways at `scale` and checks the ink agrees to within `tolerance` pixels.
fn same_place(what: &str, item: Item, scale: f32, tolerance: f32) {
    let list = list_of(item);
    let (a, b) = (ink(&via_svg(&list, scale)), ink(&via_png(&list, scale)));
    assert!(
        a.amount > 500.0 && b.amount > 500.0,
        "{what}: both draw something: {a:?} {b:?}"
    );
    for (name, p, q) in [
        ("top left", a.min, b.min),
        ("bottom right", a.max, b.max),
        ("centre", a.centre, b.centre),
    ] {
        assert!(
            p.distance(q) <= tolerance,
            "{what}: the {name} is at {p:?} in the SVG and {q:?} in the PNG"
        );
    }
    let ratio = a.amount / b.amount;
    assert!(
        (0.85..=1.18).contains(&ratio),
        "{what}: as much ink both ways ({} vs {})",
        a.amount,
        b.amount
    );
}

const INK: Color32 = Color32::from_rgb(0x20, 0x30, 0x60);

#[test]
fn lines_solid_and_dashed() {
    let points = vec![pos2(20.0, 30.0), pos2(120.0, 90.0), pos2(220.0, 40.0)];
    same_place(
        "a solid line",
        Line {
            points: points.clone(),
            stroke: Stroke::new(4.0, INK),
        }
        .into(),
        1.0,
        1.0,
    );
    same_place(
        "a dashed line",
        Line {
            points,
            stroke: Stroke::new(3.0, INK).dashed(10.0, 5.0),
        }
        .into(),
        2.0,
        1.5,
    );
}

#[test]
fn circles_filled_and_outlined() {
    same_place(
        "a circle",
        Circle {
            center: pos2(90.0, 60.0),
            radius: 25.0,
            fill: INK,
            stroke: Some(Stroke::new(3.0, Color32::from_rgb(200, 40, 20))),
        }
        .into(),
        1.0,
        1.0,
    );
}

#[test]
fn polygons_and_rings_with_holes() {
    same_place(
        "an arrowhead",
        Polygon {
            points: vec![pos2(200.0, 70.0), pos2(150.0, 40.0), pos2(150.0, 100.0)],
            fill: INK,
            stroke: None,
        }
        .into(),
        1.0,
        1.0,
    );
    let square = |c: Pos2, r: f32| {
        vec![
            c + vec2(-r, -r),
            c + vec2(r, -r),
            c + vec2(r, r),
            c + vec2(-r, r),
        ]
    };
    same_place(
        "a ring with a hole",
        Rings {
            rings: vec![
                square(pos2(80.0, 70.0), 50.0),
                square(pos2(90.0, 60.0), 20.0),
            ],
            fill: INK,
            stroke: Some(Stroke::new(1.5, Color32::BLACK)),
        }
        .into(),
        1.0,
        1.0,
    );
}

#[test]
fn rectangles_rounded_edged_and_shadowed() {
    same_place(
        "a card",
        RectShape {
            rect: Rect::from_min_size(pos2(40.0, 30.0), vec2(150.0, 70.0)),
            corner_radius: 10.0,
            fill: Color32::from_rgb(0x70, 0x80, 0xA0),
            stroke: Some(Stroke::new(2.0, INK)),
            shadow: None,
        }
        .into(),
        1.0,
        1.0,
    );
    same_place(
        "a card's shadow",
        RectShape {
            rect: Rect::from_min_size(pos2(50.0, 30.0), vec2(130.0, 60.0)),
            corner_radius: 10.0,
            fill: Color32::WHITE,
            stroke: None,
            shadow: Some(Shadow {
                offset: vec2(0.0, 6.0),
                blur: 16.0,
                color: Color32::from_black_alpha(160),
            }),
        }
        .into(),
        1.0,
        3.0,
    );
}

fn text(words: &str, font: Font, anchor: Align2, at: Pos2, halo: Option<Color32>) -> Item {
    let fonts = TextMeasure::default();
    Text {
        at,
        anchor,
        text: words.to_owned(),
        font,
        color: INK,
        halo,
        size: fonts.measure(words, font.size, font.bold),
    }
    .into()
}

#[test]
fn text_regular_bold_italic_and_haloed() {
    same_place(
        "regular text",
        text(
            "Aktau – Baku",
            Font::regular(22.0),
            Align2::LEFT_TOP,
            pos2(20.0, 20.0),
            None,
        ),
        1.0,
        2.0,
    );
    same_place(
        "bold text anchored at its right",
        text(
            "Ақтау",
            Font::bold(30.0),
            Align2::RIGHT_BOTTOM,
            pos2(220.0, 120.0),
            None,
        ),
        2.0,
        3.0,
    );
    same_place(
        "italic text, centred",
        text(
            "«Порт Актау»",
            Font::regular(24.0).italic(),
            Align2::CENTER_CENTER,
            pos2(120.0, 70.0),
            None,
        ),
        1.0,
        2.5,
    );
    same_place(
        "text with a halo",
        text(
            "Kars",
            Font::regular(28.0),
            Align2::CENTER_CENTER,
            pos2(120.0, 70.0),
            Some(Color32::from_rgb(0x90, 0x90, 0x90)),
        ),
        1.0,
        2.0,
    );
}
