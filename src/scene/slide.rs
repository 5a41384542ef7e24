//! The talk's slides: which slide is which, what each shows (camera, layers, year, selection),
//! and the cards laid over its map. The app's presentation, its presenter view and
//! `render --slide` all take a slide's state and cards from here, so a slide looks the same
//! however it is reached and wherever it is drawn.

use ecolor::Color32;
use emath::{Align2, Rect, pos2, vec2};

use crate::map::camera::{Camera, MAX_KM_PER_PX};
use crate::map::projection::{MapPoint, bounding_box};
use crate::model::{Quote, Route, Slide};
use crate::text::MeasureText;
use crate::text::describe::{first_sentences, source_line};

use super::card::{Card, CardStyle, Readable};
use super::display::{Font, Item, RectShape, Text};
use super::{FlowView, RouteGeometry, Target, style};

/// Labels on the map are this much larger during a talk, to be read from the back of a hall.
pub const PRESENTING_TEXT_SCALE: f32 = 1.45;

/// One slide of the talk.
#[derive(Clone, Copy, Debug)]
pub enum SlidePage<'a> {
    Title,
    Story(&'a Slide),
    Closing,
}

/// Slides in the talk: the story between a title and a closing slide.
pub fn count(route: &Route) -> usize {
    route.story.len() + 2
}

/// Slide `index`, 0 being the title slide.
pub fn page(route: &Route, index: usize) -> SlidePage<'_> {
    match index {
        0 => SlidePage::Title,
        i => route
            .story
            .get(i - 1)
            .map_or(SlidePage::Closing, SlidePage::Story),
    }
}

/// The closing slide's title.
pub const CLOSING_TITLE: &str = "Outlook and sources";

impl SlidePage<'_> {
    pub fn title<'r>(&self, route: &'r Route) -> &'r str
    where
        Self: 'r,
    {
        match self {
            SlidePage::Title => &route.title,
            SlidePage::Story(s) => &s.title,
            SlidePage::Closing => CLOSING_TITLE,
        }
    }

    /// Whether cards take the lower part of the screen: a quote, or the title and closing cards.
    pub fn has_lower_card(&self) -> bool {
        match self {
            SlidePage::Story(s) => !s.quotes.is_empty(),
            SlidePage::Title | SlidePage::Closing => true,
        }
    }
}

/// Everything a slide sets: what the map shows while it is on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct SlideState {
    pub camera: Camera,
    pub flows: FlowView,
    pub selection: Option<Target>,
}

/// The state of slide `index` on a map of `screen`, from the talk's starting flows `opening`
/// (the route's opening year with every layer): the same whether the slide is stepped to,
/// jumped to or drawn by `render`.
pub fn state(
    route: &Route,
    geometry: &RouteGeometry,
    index: usize,
    screen: Rect,
    opening: &FlowView,
) -> SlideState {
    let page = page(route, index);
    let mut flows = FlowView {
        motion_time: None,
        ..opening.clone()
    };
    apply_flows(route, page, &mut flows);
    let selection = match page {
        SlidePage::Story(slide) => match slide.focus.nodes.as_slice() {
            [only] => route.node_index(only).map(Target::Node),
            _ => None,
        },
        SlidePage::Title | SlidePage::Closing => None,
    };
    let camera = focus_bounds(route, geometry, page)
        .map(|bounds| slide_camera(bounds, screen, page.has_lower_card()))
        .unwrap_or_default();
    SlideState {
        camera,
        flows,
        selection,
    }
}

/// The map-plane box a slide looks at: its nodes and its bounds, or the whole route.
pub fn focus_bounds(
    route: &Route,
    geometry: &RouteGeometry,
    page: SlidePage<'_>,
) -> Option<(MapPoint, MapPoint)> {
    let SlidePage::Story(slide) = page else {
        return geometry.bounds();
    };
    let mut points: Vec<MapPoint> = slide
        .focus
        .nodes
        .iter()
        .filter_map(|id| route.node_index(id))
        .filter_map(|i| geometry.nodes.get(i).copied())
        .collect();
    if let Some(b) = &slide.focus.bounds {
        let p = &geometry.projection;
        let (mid_lon, mid_lat) = ((b.west + b.east) / 2.0, (b.south + b.north) / 2.0);
        for (lat, lon) in [
            (b.south, b.west),
            (b.south, b.east),
            (b.north, b.west),
            (b.north, b.east),
            (b.south, mid_lon),
            (b.north, mid_lon),
            (mid_lat, b.west),
            (mid_lat, b.east),
        ] {
            points.push(p.project(lat, lon));
        }
    }
    if points.is_empty() {
        return geometry.bounds();
    }
    bounding_box(points)
}

/// The camera for a slide: its focus in the part of the map the cards leave free.
pub fn slide_camera(bounds: (MapPoint, MapPoint), map: Rect, has_lower_card: bool) -> Camera {
    let mut room = map;
    room.min.y += map.height() * 0.2;
    room.min.x += map.width() * 0.05;
    room.max.x -= map.width() * 0.18;
    if has_lower_card {
        room.max.y -= map.height() * 0.3;
    }
    let mut camera = Camera::fitting(bounds.0, bounds.1, room, 30.0);
    // A single place needs some country round it.
    camera.km_per_px = camera.km_per_px.clamp(1.2, MAX_KM_PER_PX);
    // Fitting centres the focus in `room`; the camera centres the whole map.
    let shift = room.center() - map.center();
    camera.center.x -= f64::from(shift.x) * camera.km_per_px;
    camera.center.y += f64::from(shift.y) * camera.km_per_px;
    camera
}

/// Shows the slide's layers and year; the title and closing slides show every layer.
pub fn apply_flows(route: &Route, page: SlidePage<'_>, flows: &mut FlowView) {
    let SlidePage::Story(slide) = page else {
        for layer in &mut flows.layers {
            layer.visible = true;
        }
        return;
    };
    if let Some(ids) = &slide.layers {
        for layer in &mut flows.layers {
            layer.visible = route
                .layers
                .get(layer.index)
                .is_some_and(|l| ids.contains(&l.id));
        }
    }
    if let Some(year) = slide.year {
        flows.year = year;
    }
}

/// Type sizes for this screen: the title is 44 points on a 1080-line screen.
pub fn type_scale(map: Rect) -> f32 {
    (map.height() / 1080.0).max(0.6)
}

const GREY: Color32 = Color32::from_rgb(0x6B, 0x65, 0x5B);
/// The orange that marks a translation.
const TRANSLATION: Color32 = Color32::from_rgb(0xE8, 0x6A, 0x10);

/// What a slide's cards say besides the route's own words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlideOptions {
    /// Quotes in their English translation, marked as such, where they have one.
    pub translation: bool,
    /// Words before the slide's number, such as "Go to 5 …" while a number is typed.
    pub status: Option<String>,
}

/// A slide's cards, laid out for `screen`.
pub struct SlideCards {
    pub items: Vec<Item>,
    pub readable: Vec<Readable>,
    /// Where the slide's number went, so other text keeps clear of it.
    pub number: Rect,
}

/// The cards of slide `index` over a map of `screen`: the title and text, the quotes with who
/// said them and where, and the slide's number.
pub fn cards(
    route: &Route,
    index: usize,
    screen: Rect,
    options: &SlideOptions,
    measure: &MeasureText<'_>,
) -> SlideCards {
    let s = type_scale(screen);
    let style = CardStyle::slide(s);
    let padding = 18.0 * s;
    let mut items = vec![Item::Group("slide")];
    let mut readable = Vec::new();
    let card = |width: f32| Card::new(width - 2.0 * padding, padding, measure);
    match page(route, index) {
        SlidePage::Title => {
            let mut c = card(screen.width() * 0.7);
            c.paragraph(&route.title, Font::bold(64.0 * s), style::LABEL);
            if !route.description.is_empty() {
                c.paragraph(
                    &first_sentences(&route.description, 2),
                    Font::regular(24.0 * s),
                    style::LABEL,
                );
            }
            c.paragraph(
                &format!(
                    "{} slides · quotes and figures from {} sources",
                    count(route),
                    route.sources.len()
                ),
                Font::regular(18.0 * s),
                GREY,
            );
            c.place(
                screen.center_bottom() - vec2(0.0, 48.0 * s),
                Align2::CENTER_BOTTOM,
                true,
                &style,
                &mut items,
                &mut readable,
            );
        }
        SlidePage::Closing => {
            let mut c = card(screen.width() * 0.7);
            c.paragraph(CLOSING_TITLE, Font::bold(44.0 * s), style::LABEL);
            c.paragraph(
                "Every quote and figure in this talk comes from these texts:",
                Font::regular(22.0 * s),
                style::LABEL,
            );
            for source in &route.sources {
                c.paragraph(
                    &format!("• {} — {}", source_line(source), source.title),
                    Font::regular(18.0 * s),
                    style::LABEL,
                );
            }
            c.paragraph("Basemap: Natural Earth.", Font::regular(16.0 * s), GREY);
            c.place(
                screen.center_bottom() - vec2(0.0, 48.0 * s),
                Align2::CENTER_BOTTOM,
                false,
                &style,
                &mut items,
                &mut readable,
            );
        }
        SlidePage::Story(slide) => {
            let mut c = card(screen.width() * 0.46);
            c.paragraph(&slide.title, Font::bold(44.0 * s), style::LABEL);
            if !slide.text.is_empty() {
                c.paragraph(&slide.text, Font::regular(24.0 * s), style::LABEL);
            }
            if let Some(year) = slide.year {
                c.paragraph(&format!("Flows in {year}"), Font::regular(20.0 * s), GREY);
            }
            c.place(
                screen.left_top() + vec2(28.0, 24.0) * s,
                Align2::LEFT_TOP,
                false,
                &style,
                &mut items,
                &mut readable,
            );
            let quotes: Vec<&Quote> = slide
                .quotes
                .iter()
                .filter_map(|id| route.quotes.iter().find(|q| q.id == *id))
                .collect();
            let mut bottom = screen.bottom() - 56.0 * s;
            for quote in quotes.into_iter().rev() {
                let mut c = card(screen.width() * 0.72);
                quote_paragraphs(&mut c, route, quote, options.translation, s);
                let placed = c.place(
                    pos2(screen.center().x, bottom),
                    Align2::CENTER_BOTTOM,
                    false,
                    &style,
                    &mut items,
                    &mut readable,
                );
                bottom = placed.top() - 8.0 * s;
            }
        }
    }
    let mut number = format!("{} / {}", index + 1, count(route));
    if let Some(status) = &options.status {
        number = format!("{status}   {number}");
    }
    let font = Font::regular(22.0 * s);
    let at = screen.right_bottom() - vec2(20.0, 14.0) * s;
    let text = Text {
        at,
        anchor: Align2::RIGHT_BOTTOM,
        size: measure(&number, font.size, font.bold),
        text: number,
        font,
        color: Color32::from_rgb(0x33, 0x33, 0x33),
        halo: None,
    };
    let number_rect = text.rect();
    items.push(RectShape::filled(number_rect, Color32::from_white_alpha(200)).into());
    readable.push(Readable {
        rect: number_rect,
        text: text.text.clone(),
    });
    items.push(text.into());
    SlideCards {
        items,
        readable,
        number: number_rect,
    }
}

/// A quote card's paragraphs: the words (or their marked translation), who said them, and where.
fn quote_paragraphs(card: &mut Card<'_, '_>, route: &Route, q: &Quote, translation: bool, s: f32) {
    if translation && !q.translation.is_empty() {
        card.paragraph(
            &format!("“{}”", q.translation),
            Font::regular(26.0 * s).italic(),
            style::LABEL,
        );
        card.paragraph(
            "Translation from the original Russian, made for this atlas",
            Font::regular(15.0 * s),
            TRANSLATION,
        );
    } else {
        card.paragraph(
            &format!("«{}»", q.text),
            Font::regular(26.0 * s).italic(),
            style::LABEL,
        );
    }
    let who = [q.speaker.as_str(), q.role.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    card.paragraph(&format!("— {who}"), Font::bold(20.0 * s), style::LABEL);
    if let Some(source) = route.source(&q.source) {
        card.paragraph(
            &source_line(source),
            Font::regular(16.0 * s),
            Color32::from_gray(100),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::LayerView;

    fn route_with(n: usize) -> Route {
        Route {
            story: (0..n)
                .map(|i| Slide {
                    title: format!("Slide {i}"),
                    ..Slide::default()
                })
                .collect(),
            ..Route::default()
        }
    }

    #[test]
    fn pages_run_title_story_closing() {
        let route = route_with(2);
        assert_eq!(count(&route), 4);
        assert!(matches!(page(&route, 0), SlidePage::Title));
        assert!(matches!(page(&route, 1), SlidePage::Story(s) if s.title == "Slide 0"));
        assert!(matches!(page(&route, 3), SlidePage::Closing));
    }

    #[test]
    fn an_empty_layer_list_hides_every_layer() {
        let mut route = route_with(1);
        route.story[0].layers = Some(Vec::new());
        route.story[0].year = Some(2024);
        let mut flows = FlowView {
            year: 2022,
            layers: vec![LayerView {
                index: 0,
                visible: true,
                opacity: 1.0,
            }],
            motion_time: None,
        };
        apply_flows(&route, page(&route, 1), &mut flows);
        assert!(!flows.layers[0].visible);
        assert_eq!(flows.year, 2024);
    }
}
