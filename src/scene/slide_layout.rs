//! Laying a slide out for the screen it is on. Type is sized to the screen's height, so it reads
//! from the back of a hall on a 1024×768 projector and on a 4K wall alike (see
//! [`super::slide_cards`]); the cards (the slide's title and text, its quotes, the legend) are
//! tried in several arrangements, and the one that shows the slide's places largest, clear of
//! every card, wins; the map is then framed in the room the cards leave (see
//! [`super::slide_room`]). The app's talk, its presenter view, `render --slide` and the layout
//! check all take a slide's layout from here.

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2};

use crate::i18n::{Tr, msg};
use crate::map::camera::Camera;
use crate::model::{Quote, Route, Slide};
use crate::text::MeasureText;

use super::card::{Card, CardStyle, Readable};
use super::display::{Item, RectShape, Text};
use super::furniture::credit_lines;
use super::legend::{self, LegendCard, LegendKind};
use super::slide::{SlideOptions, SlidePage, page};
use super::slide_cards::{cover_card, number_text, quote_card, story_card};
use super::slide_room::{best_room, focus_nodes, focus_points, frame, label_margins};
use super::{FlowView, RouteGeometry, Target};

pub use super::slide_cards::{QUOTE_TEXT, SMALLEST_TEXT, SlideType, label_scale};

/// A part of a slide's layout, named for the layout check's messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    TitleCard,
    QuoteCard,
    Legend,
    Number,
    Credits,
    ScaleBar,
}

impl Part {
    /// The part's name in the language of `tr`, such as "the title card".
    pub fn name(self, tr: &Tr) -> String {
        tr.t(match self {
            Part::TitleCard => msg("slide-part-title-card"),
            Part::QuoteCard => msg("slide-part-quote-card"),
            Part::Legend => msg("slide-part-legend"),
            Part::Number => msg("slide-part-number"),
            Part::Credits => msg("slide-part-credits"),
            Part::ScaleBar => msg("slide-part-scale-bar"),
        })
    }
}

/// What a slide's layout says: where each card went, what the map shows and where.
#[derive(Clone, Debug)]
pub struct SlideLayout {
    /// The camera that frames the slide's places in the room the cards leave.
    pub camera: Camera,
    /// The cards, the slide's number and the credits, ready to draw over the map.
    pub items: Vec<Item>,
    pub readable: Vec<Readable>,
    /// Every card and piece of furniture, by what it is.
    pub parts: Vec<(Part, Rect)>,
    /// The part of the screen the map is framed in, clear of every card.
    pub room: Rect,
    /// The nodes the slide is about, by index: their labels are placed first.
    pub focus: Vec<usize>,
    /// Where the scale bar starts, at the left of the footer.
    pub scale_bar_at: Pos2,
    pub types: SlideType,
    /// Whether every card found a place clear of the others.
    pub fits: bool,
}

impl SlideLayout {
    /// Every part of the screen the slide's cards and furniture cover: labels keep out of them.
    pub fn covered(&self) -> Vec<Rect> {
        self.parts.iter().map(|(_, r)| *r).collect()
    }
}

/// Where a block of cards goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Spot {
    TopLeft,
    TopRight,
    BottomCentre,
    BottomLeft,
    BottomRight,
    /// Under the title card, on its side.
    UnderTitle,
}

/// The arrangements tried for a story slide, best liked first: (title, quotes, legend). A
/// column is the title with the quotes under it.
const ARRANGEMENTS: [(Spot, Spot, Spot); 9] = [
    (Spot::TopLeft, Spot::BottomCentre, Spot::TopRight),
    (Spot::TopRight, Spot::BottomCentre, Spot::TopLeft),
    (Spot::TopLeft, Spot::BottomRight, Spot::TopRight),
    (Spot::TopRight, Spot::BottomLeft, Spot::TopLeft),
    (Spot::TopLeft, Spot::BottomLeft, Spot::TopRight),
    (Spot::TopRight, Spot::BottomRight, Spot::TopLeft),
    (Spot::TopLeft, Spot::UnderTitle, Spot::TopRight),
    (Spot::TopRight, Spot::UnderTitle, Spot::TopLeft),
    (Spot::TopLeft, Spot::BottomCentre, Spot::UnderTitle),
];

/// A card laid out and given its place.
enum Placed<'m, 'a> {
    Card(Part, Card<'m, 'a>, Rect, bool),
    Legend(LegendCard, Rect),
}

impl Placed<'_, '_> {
    fn rect(&self) -> Rect {
        match self {
            Placed::Card(_, _, r, _) | Placed::Legend(_, r) => *r,
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
/// jumped to or drawn by `render`. The camera frames the slide's places in the room its cards
/// leave, so it depends on how the cards are laid out.
#[allow(clippy::too_many_arguments)]
pub fn state(
    route: &Route,
    geometry: &RouteGeometry,
    index: usize,
    screen: Rect,
    opening: &FlowView,
    options: &SlideOptions,
    measure: &MeasureText<'_>,
) -> SlideState {
    let page = super::slide::page(route, index);
    let mut flows = FlowView {
        motion_time: None,
        ..opening.clone()
    };
    super::slide::apply_flows(route, page, &mut flows);
    let selection = super::slide::selection(route, page);
    let layout =
        super::slide_layout::layout(route, geometry, index, screen, &flows, options, measure);
    SlideState {
        camera: layout.camera,
        flows,
        selection,
    }
}

/// The layout of slide `index` on `screen`, showing `flows` (for its legend).
#[allow(clippy::too_many_arguments)]
pub fn layout(
    route: &Route,
    geometry: &RouteGeometry,
    index: usize,
    screen: Rect,
    flows: &FlowView,
    options: &SlideOptions,
    measure: &MeasureText<'_>,
) -> SlideLayout {
    let t = SlideType::for_screen(screen);
    let style = CardStyle::slide(t.scale());
    let mut items = vec![Item::Group("slide")];
    let mut readable = Vec::new();
    let mut parts: Vec<(Part, Rect)> = Vec::new();

    // The footer: the scale bar at the left, the credits and the slide's number at the right.
    let number = number_text(route, index, options, t, screen, measure);
    parts.push((Part::Number, number.rect()));
    items.push(RectShape::filled(number.rect().expand(2.0), Color32::from_white_alpha(200)).into());
    readable.push(Readable {
        rect: number.rect(),
        text: number.text.clone(),
    });
    let footer_top = number.rect().top() - t.margin * 0.5;
    let number_rect = number.rect();
    items.push(number.into());
    let credits = credit_lines(
        &options.tr.t("legend-credit-basemap"),
        pos2(number_rect.left() - t.margin, number_rect.bottom()),
        t.small,
        (number_rect.left() - screen.left()) * 0.5,
        measure,
    );
    if let Some(r) = credits.iter().map(Text::rect).reduce(|a, b| a.union(b)) {
        parts.push((Part::Credits, r));
    }
    items.push(Item::Group("credits"));
    items.extend(credits.into_iter().map(Item::from));
    items.push(Item::Group("slide"));
    // Room for the scale bar at the footer's left: a bar about ten letters long and its words.
    let scale_bar_at = pos2(
        screen.left() + t.margin,
        number_rect.center().y + t.small * 0.3,
    );
    parts.push((
        Part::ScaleBar,
        Rect::from_min_max(
            pos2(scale_bar_at.x - 4.0, footer_top),
            pos2(scale_bar_at.x + t.small * 17.0, screen.bottom()),
        ),
    ));
    let body = Rect::from_min_max(
        screen.min + Vec2::splat(t.margin),
        pos2(screen.right() - t.margin, footer_top - t.margin * 0.25),
    );

    let page = page(route, index);
    let legend = options
        .legend
        .then(|| {
            LegendCard::new(
                legend::rows(route, flows, LegendKind::Talk, &options.tr),
                t.legend(),
                body.height(),
                measure,
            )
        })
        .flatten();
    let focus = focus_nodes(route, page);
    let points = focus_points(route, geometry, page);
    let margins = label_margins(route, &focus, screen, measure);
    let single = points.len() == 1;

    let (placed, room, fits) = match page {
        SlidePage::Title | SlidePage::Closing => {
            let card = cover_card(route, page, screen, t, &options.tr, measure);
            let rect = Align2::CENTER_BOTTOM.anchor_size(body.center_bottom(), card.size());
            // The title and closing slides are about the talk, not a year's flows: no legend.
            let _ = legend;
            let placed = vec![Placed::Card(
                Part::TitleCard,
                card,
                rect,
                page_is_title(page),
            )];
            let taken: Vec<Rect> = placed.iter().map(Placed::rect).collect();
            let fits = apart(&taken, body);
            let room =
                best_room(body, &taken, &points, margins, t.margin).map_or(body, |(room, _)| room);
            (placed, room, fits)
        }
        SlidePage::Story(slide) => {
            let quotes: Vec<&Quote> = slide
                .quotes
                .iter()
                .filter_map(|id| route.quotes.iter().find(|q| q.id == *id))
                .collect();
            // Arrangements and card widths, best liked first; then, if none leaves room for the
            // places with their labels, the same again without room for labels.
            let mut best: Option<(Vec<Placed>, Rect, f64)> = None;
            let mut fallback = None;
            for label_room in [margins, Vec2::ZERO] {
                for arrangement in ARRANGEMENTS {
                    for wide in [false, true] {
                        let placed = arrange(
                            route,
                            slide,
                            &quotes,
                            options,
                            &legend,
                            body,
                            t,
                            arrangement,
                            wide,
                            measure,
                        );
                        let taken: Vec<Rect> = placed.iter().map(Placed::rect).collect();
                        if !apart(&taken, body) {
                            continue;
                        }
                        let Some((room, km_per_px)) =
                            best_room(body, &taken, &points, label_room, t.margin)
                        else {
                            fallback.get_or_insert(placed);
                            continue;
                        };
                        // A later arrangement must show the places clearly larger to be chosen.
                        if best.as_ref().is_none_or(|(_, _, k)| km_per_px < k * 0.85) {
                            best = Some((placed, room, km_per_px));
                        }
                    }
                }
                if best.is_some() {
                    break;
                }
            }
            match best {
                Some((placed, room, _)) => (placed, room, true),
                None => {
                    let placed = fallback.unwrap_or_else(|| {
                        arrange(
                            route,
                            slide,
                            &quotes,
                            options,
                            &legend,
                            body,
                            t,
                            ARRANGEMENTS[0],
                            true,
                            measure,
                        )
                    });
                    let taken: Vec<Rect> = placed.iter().map(Placed::rect).collect();
                    let room = best_room(body, &taken, &points, Vec2::ZERO, t.margin)
                        .map_or(body, |(room, _)| room);
                    (placed, room, false)
                }
            }
        }
    };

    for block in placed {
        match block {
            Placed::Card(part, card, rect, centred) => {
                card.place(
                    rect.min,
                    Align2::LEFT_TOP,
                    centred,
                    &style,
                    &mut items,
                    &mut readable,
                );
                parts.push((part, rect));
            }
            Placed::Legend(card, rect) => {
                card.place(
                    rect.min,
                    Align2::LEFT_TOP,
                    &style,
                    measure,
                    &mut items,
                    &mut readable,
                );
                parts.push((Part::Legend, rect));
            }
        }
    }
    SlideLayout {
        camera: frame(&points, room, screen, margins, single),
        items,
        readable,
        parts,
        room,
        focus,
        scale_bar_at,
        types: t,
        fits,
    }
}

fn page_is_title(page: SlidePage<'_>) -> bool {
    matches!(page, SlidePage::Title)
}

/// The cards of a story slide in one arrangement.
#[allow(clippy::too_many_arguments)]
fn arrange<'m, 'a>(
    route: &Route,
    slide: &Slide,
    quotes: &[&Quote],
    options: &SlideOptions,
    legend: &Option<LegendCard>,
    body: Rect,
    t: SlideType,
    (title_spot, quote_spot, legend_spot): (Spot, Spot, Spot),
    wide: bool,
    measure: &'m MeasureText<'a>,
) -> Vec<Placed<'m, 'a>> {
    let (w, h) = (body.width(), body.height());
    let column = quote_spot == Spot::UnderTitle;
    // A wider card is shorter, leaving more room above or below it.
    let title_width = match (column, wide) {
        (true, false) => (0.44 * w).min(0.8 * h),
        (true, true) => (0.52 * w).min(0.95 * h),
        (false, false) => (0.5 * w).min(0.85 * h),
        (false, true) => (0.64 * w).min(1.1 * h),
    };
    let title = story_card(slide, &options.tr, title_width, t, measure);
    let title_rect = corner(body, title_spot, title.size());
    let mut placed = vec![Placed::Card(Part::TitleCard, title, title_rect, false)];

    let quote_width = match quote_spot {
        Spot::BottomCentre => w.min(1.45 * h),
        Spot::UnderTitle => title_width,
        _ if wide => (0.7 * w).min(1.2 * h),
        _ => (0.6 * w).min(1.05 * h),
    };
    let cards: Vec<Card<'m, 'a>> = quotes
        .iter()
        .map(|q| quote_card(route, q, options, quote_width, t, measure))
        .collect();
    let gap = t.margin * 0.5;
    let stack: f32 =
        cards.iter().map(|c| c.size().y).sum::<f32>() + gap * cards.len().saturating_sub(1) as f32;
    let mut y = match quote_spot {
        Spot::UnderTitle => title_rect.bottom() + gap,
        _ => body.bottom() - stack,
    };
    for card in cards {
        let size = card.size();
        let x = match quote_spot {
            Spot::BottomLeft => body.left(),
            Spot::BottomRight => body.right() - size.x,
            Spot::UnderTitle => title_rect.left(),
            _ => body.center().x - size.x / 2.0,
        };
        let rect = Rect::from_min_size(pos2(x, y), size);
        y = rect.bottom() + gap;
        placed.push(Placed::Card(Part::QuoteCard, card, rect, false));
    }

    if let Some(l) = legend {
        let rect = match legend_spot {
            Spot::UnderTitle => {
                Rect::from_min_size(pos2(title_rect.left(), title_rect.bottom() + gap), l.size())
            }
            spot => corner(body, spot, l.size()),
        };
        placed.push(Placed::Legend(l.clone(), rect));
    }
    placed
}

/// A rectangle of `size` in a corner of `body`.
fn corner(body: Rect, spot: Spot, size: Vec2) -> Rect {
    let anchor = match spot {
        Spot::TopRight => Align2::RIGHT_TOP,
        Spot::BottomLeft => Align2::LEFT_BOTTOM,
        Spot::BottomRight => Align2::RIGHT_BOTTOM,
        Spot::BottomCentre => Align2::CENTER_BOTTOM,
        Spot::TopLeft | Spot::UnderTitle => Align2::LEFT_TOP,
    };
    anchor.anchor_size(anchor.pos_in_rect(&body), size)
}

/// Whether the rectangles lie inside `body` and keep clear of one another.
fn apart(rects: &[Rect], body: Rect) -> bool {
    rects.iter().all(|r| body.expand(0.5).contains_rect(*r))
        && rects
            .iter()
            .enumerate()
            .all(|(i, a)| rects[i + 1..].iter().all(|b| !a.intersects(*b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::map::projection::Projection;

    /// The texts of a story slide with a year and a quote, laid out on a 1080-line screen.
    fn slide_texts(route: &Route, index: usize, options: &SlideOptions) -> Vec<String> {
        let fonts = crate::text::TextMeasure::default();
        let measure = fonts.as_fn();
        let geometry = RouteGeometry::new(route, &Projection::for_route(route));
        let screen = Rect::from_min_size(Pos2::ZERO, emath::vec2(1920.0, 1080.0));
        let flows = FlowView::all_layers(route, crate::flows::opening_year(route));
        let state = state(route, &geometry, index, screen, &flows, options, &measure);
        layout(
            route,
            &geometry,
            index,
            screen,
            &state.flows,
            options,
            &measure,
        )
        .readable
        .into_iter()
        .map(|r| r.text)
        .collect()
    }

    fn quoted_slide(route: &Route) -> (usize, i32) {
        route
            .story
            .iter()
            .enumerate()
            .find_map(|(i, s)| {
                let quote = route.quotes.iter().find(|q| s.quotes.contains(&q.id))?;
                (!quote.translation.is_empty() && quote.language == "ru")
                    .then_some((i + 1, s.year?))
            })
            .expect("a slide with a year and a translated Russian quote")
    }

    #[test]
    fn a_russian_slide_speaks_russian_and_shows_a_russian_quote_as_it_is() {
        let route = crate::io::builtin_route()
            .expect("the built-in route")
            .route;
        let (index, year) = quoted_slide(&route);
        let russian = SlideOptions {
            translation: true,
            legend: true,
            tr: Tr::new("ru"),
            ..SlideOptions::default()
        };
        let texts = slide_texts(&route, index, &russian);
        let flows = format!("Потоки в {year} г.");
        assert!(texts.contains(&flows), "{texts:?}");
        assert!(
            texts.iter().any(|t| t.starts_with('«')),
            "the original: {texts:?}"
        );
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("Перевод") || t.contains("Translation")),
            "no translation in a Russian talk: {texts:?}"
        );

        // In English, with translations on, the same quote is its marked translation.
        let english = SlideOptions {
            tr: Tr::default(),
            ..russian.clone()
        };
        let texts = slide_texts(&route, index, &english);
        assert!(texts.contains(&format!("Flows in {year}")));
        assert!(
            texts
                .iter()
                .any(|t| t == "Translation from the original Russian, made for this atlas"),
            "{texts:?}"
        );
    }

    #[test]
    fn a_quote_in_another_language_is_marked_as_translated_in_a_russian_talk() {
        let mut route = crate::io::builtin_route()
            .expect("the built-in route")
            .route;
        let (index, _) = quoted_slide(&route);
        let ids = route.story[index - 1].quotes.clone();
        for q in route.quotes.iter_mut().filter(|q| ids.contains(&q.id)) {
            q.language = "kk".into();
        }
        let options = SlideOptions {
            translation: true,
            tr: Tr::new("ru"),
            ..SlideOptions::default()
        };
        let texts = slide_texts(&route, index, &options);
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Перевод на английский с казахского")),
            "{texts:?}"
        );
    }
}
