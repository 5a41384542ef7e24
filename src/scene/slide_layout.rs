//! Laying a slide out for the screen it is on. Type is sized to the screen's height, so it reads
//! from the back of a hall on a 1024×768 projector and on a 4K wall alike; the cards (the
//! slide's title and text, its quotes, the legend) are tried in several arrangements, and the
//! one that shows the slide's places largest, clear of every card, wins; the map is then framed
//! in the room the cards leave. The app's talk, its presenter view, `render --slide` and the
//! layout check all take a slide's layout from here.

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};

use crate::map::camera::{Camera, MAX_KM_PER_PX};
use crate::map::projection::{MapPoint, bounding_box};
use crate::model::{Quote, Route, Slide};
use crate::text::MeasureText;
use crate::text::describe::{first_sentences, source_line};

use super::card::{Card, CardStyle, Readable};
use super::display::{Font, Item, RectShape, Text};
use super::furniture::credit_lines;
use super::legend::{self, LegendCard, LegendKind, LegendType};
use super::slide::{CLOSING_TITLE, PRESENTING_TEXT_SCALE, SlideOptions, SlidePage, count, page};
use super::{FlowView, NODE_LABEL_SIZE, RouteGeometry, Target, style};

/// The least share of the screen's height any text on a slide takes.
pub const SMALLEST_TEXT: f32 = 0.025;
/// The least share of the screen's height a quote's words take.
pub const QUOTE_TEXT: f32 = 0.035;

/// Type sizes of a slide, in points, from the screen's height: the smallest text (sources, the
/// legend, credits, the slide's number) a little over [`SMALLEST_TEXT`], quotes a little over
/// [`QUOTE_TEXT`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlideType {
    /// The title slide's title.
    pub cover: f32,
    pub title: f32,
    pub text: f32,
    pub quote: f32,
    /// Sources, the legend's rows, credits, the slide's number.
    pub small: f32,
    /// Padding inside a card.
    pub padding: f32,
    /// The margin round the screen and between cards.
    pub margin: f32,
}

impl SlideType {
    pub fn for_screen(screen: Rect) -> Self {
        let h = screen.height().max(1.0);
        SlideType {
            cover: 0.058 * h,
            title: 0.041 * h,
            text: 0.027 * h,
            quote: 0.0355 * h,
            small: 0.026 * h,
            padding: 0.015 * h,
            margin: 0.02 * h,
        }
    }

    /// How much larger than on a 1080-line screen: for corners and shadows.
    pub fn scale(&self) -> f32 {
        self.small / (0.026 * 1080.0)
    }

    /// The talk's legend in the slide's type.
    pub fn legend(&self) -> LegendType {
        LegendType {
            heading: self.text,
            text: self.small,
            detail: self.small,
            scale: self.small / 13.0,
        }
    }
}

/// How much larger than on the desk labels on the map are during a talk: half as large again,
/// and growing with a screen taller than 1080 lines.
pub fn label_scale(screen: Rect) -> f32 {
    PRESENTING_TEXT_SCALE * (screen.height() / 1080.0).max(1.0)
}

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
    pub fn name(self) -> &'static str {
        match self {
            Part::TitleCard => "the title card",
            Part::QuoteCard => "the quote card",
            Part::Legend => "the legend",
            Part::Number => "the slide number",
            Part::Credits => "the credits",
            Part::ScaleBar => "the scale bar",
        }
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
        style::BASEMAP_CREDIT,
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
                legend::rows(route, flows, LegendKind::Talk),
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
            let card = cover_card(route, page, screen, t, measure);
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
    let title = story_card(slide, title_width, t, measure);
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
        .map(|q| quote_card(route, q, options.translation, quote_width, t, measure))
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

/// The free rectangle of `body`, clear of `taken` by a `gap`, that shows `points` largest, and
/// the scale it shows them at; `None` when no free rectangle can hold them with their labels.
fn best_room(
    body: Rect,
    taken: &[Rect],
    points: &[MapPoint],
    margins: Vec2,
    gap: f32,
) -> Option<(Rect, f64)> {
    let (lo, hi) = bounding_box(points.iter().copied())?;
    let blocks: Vec<Rect> = taken.iter().map(|r| r.expand(gap)).collect();
    let mut xs = vec![body.left(), body.right()];
    let mut ys = vec![body.top(), body.bottom()];
    for b in &blocks {
        xs.extend([b.left(), b.right()]);
        ys.extend([b.top(), b.bottom()]);
    }
    let clamp = |v: f32, a: f32, b: f32| v.clamp(a, b);
    xs.iter_mut()
        .for_each(|x| *x = clamp(*x, body.left(), body.right()));
    ys.iter_mut()
        .for_each(|y| *y = clamp(*y, body.top(), body.bottom()));
    xs.sort_by(f32::total_cmp);
    ys.sort_by(f32::total_cmp);
    xs.dedup();
    ys.dedup();
    let mut best: Option<(Rect, f64)> = None;
    for (i, &x0) in xs.iter().enumerate() {
        for &x1 in &xs[i + 1..] {
            for (j, &y0) in ys.iter().enumerate() {
                for &y1 in &ys[j + 1..] {
                    let room = Rect::from_min_max(pos2(x0, y0), pos2(x1, y1));
                    if blocks.iter().any(|b| b.intersects(room.shrink(0.5))) {
                        continue;
                    }
                    let (w, h) = (
                        room.width() - 2.0 * margins.x,
                        room.height() - 2.0 * margins.y,
                    );
                    if w < 20.0 || h < 20.0 {
                        continue;
                    }
                    let km_per_px =
                        ((hi.x - lo.x) / f64::from(w)).max((hi.y - lo.y) / f64::from(h));
                    // Between rooms that show the places alike, the larger one shows more round them.
                    let better = best.is_none_or(|(r, k)| {
                        km_per_px < k * 0.999 || (km_per_px <= k * 1.001 && room.area() > r.area())
                    });
                    if better {
                        best = Some((room, km_per_px));
                    }
                }
            }
        }
    }
    best
}

/// The camera that shows `points` in `room` with `margins` for their labels. A single place is
/// shown with some country round it.
fn frame(points: &[MapPoint], room: Rect, screen: Rect, margins: Vec2, single: bool) -> Camera {
    let Some((lo, hi)) = bounding_box(points.iter().copied()) else {
        return Camera::default();
    };
    let w = f64::from((room.width() - 2.0 * margins.x).max(1.0));
    let h = f64::from((room.height() - 2.0 * margins.y).max(1.0));
    let mut km_per_px = ((hi.x - lo.x) / w).max((hi.y - lo.y) / h);
    km_per_px = if single {
        km_per_px.clamp(1.2, MAX_KM_PER_PX)
    } else {
        km_per_px.clamp(0.05, MAX_KM_PER_PX)
    };
    let mut camera = Camera::new(lo.lerp(hi, 0.5), km_per_px);
    // The camera centres the screen; the places go in the middle of the room.
    let shift = room.center() - screen.center();
    camera.center.x -= f64::from(shift.x) * camera.km_per_px;
    camera.center.y += f64::from(shift.y) * camera.km_per_px;
    camera
}

/// The nodes a slide is about, labelled before all others: its focus.
fn focus_nodes(route: &Route, page: SlidePage<'_>) -> Vec<usize> {
    match page {
        SlidePage::Story(slide) => slide
            .focus
            .nodes
            .iter()
            .filter_map(|id| route.node_index(id))
            .collect(),
        // The whole route: its places are shown, but not every one can be labelled.
        SlidePage::Title | SlidePage::Closing => Vec::new(),
    }
}

/// The map points a slide must show: its places and its bounds, or the whole route.
fn focus_points(route: &Route, geometry: &RouteGeometry, page: SlidePage<'_>) -> Vec<MapPoint> {
    let whole = || -> Vec<MapPoint> {
        geometry
            .bounds()
            .map(|(lo, hi)| vec![lo, hi])
            .unwrap_or_default()
    };
    let SlidePage::Story(slide) = page else {
        return whole();
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
        return whole();
    }
    points
}

/// Room round the places for their labels, across and up: the longest label beside a symbol,
/// and a line of text.
fn label_margins(route: &Route, focus: &[usize], screen: Rect, measure: &MeasureText<'_>) -> Vec2 {
    let size = NODE_LABEL_SIZE * label_scale(screen);
    // Framing the whole route, any place may be at its edge.
    let named: Vec<usize> = if focus.is_empty() {
        (0..route.nodes.len()).collect()
    } else {
        focus.to_vec()
    };
    let widest = named
        .iter()
        .filter_map(|&i| route.nodes.get(i))
        .map(|n| measure(&n.name, size, true).x)
        .fold(0.0, f32::max);
    // Framing a whole route by its longest name would leave most of the room empty: past a
    // tenth of the screen a label finds a side with room.
    // Up and down a label needs only half its height: it sits beside its symbol.
    vec2(widest.min(screen.width() * 0.1) + 16.0, size * 0.8 + 8.0)
}

/// The title card of a story slide: its title, text and year.
fn story_card<'m, 'a>(
    slide: &Slide,
    width: f32,
    t: SlideType,
    measure: &'m MeasureText<'a>,
) -> Card<'m, 'a> {
    let mut card = Card::new(width - 2.0 * t.padding, t.padding, measure);
    card.paragraph(&slide.title, Font::bold(t.title), style::LABEL);
    if !slide.text.is_empty() {
        card.paragraph(&slide.text, Font::regular(t.text), style::LABEL);
    }
    if let Some(year) = slide.year {
        card.paragraph(&format!("Flows in {year}"), Font::regular(t.small), GREY);
    }
    card
}

/// The title or closing slide's card.
fn cover_card<'m, 'a>(
    route: &Route,
    page: SlidePage<'_>,
    screen: Rect,
    t: SlideType,
    measure: &'m MeasureText<'a>,
) -> Card<'m, 'a> {
    let width = (0.9 * screen.width()).min(1.5 * screen.height());
    let mut card = Card::new(width - 2.0 * t.padding, t.padding, measure);
    if let SlidePage::Title = page {
        card.paragraph(&route.title, Font::bold(t.cover), style::LABEL);
        if !route.description.is_empty() {
            card.paragraph(
                &first_sentences(&route.description, 1),
                Font::regular(t.text),
                style::LABEL,
            );
        }
        card.paragraph(
            &format!(
                "{} slides · quotes and figures from {} sources",
                count(route),
                route.sources.len()
            ),
            Font::regular(t.small),
            GREY,
        );
    } else {
        card.paragraph(CLOSING_TITLE, Font::bold(t.title), style::LABEL);
        card.paragraph(
            "Every quote and figure in this talk comes from these texts:",
            Font::regular(t.text),
            style::LABEL,
        );
        for source in &route.sources {
            card.paragraph(
                &format!("• {} — {}", source_line(source), source.title),
                Font::regular(t.small),
                style::LABEL,
            );
        }
        card.paragraph("Basemap: Natural Earth.", Font::regular(t.small), GREY);
    }
    card
}

const GREY: Color32 = Color32::from_rgb(0x6B, 0x65, 0x5B);
/// The orange that marks a translation.
const TRANSLATION: Color32 = Color32::from_rgb(0xE8, 0x6A, 0x10);

/// A quote's card: the words (or their marked translation), who said them, and where.
fn quote_card<'m, 'a>(
    route: &Route,
    q: &Quote,
    translation: bool,
    width: f32,
    t: SlideType,
    measure: &'m MeasureText<'a>,
) -> Card<'m, 'a> {
    let mut card = Card::new(width - 2.0 * t.padding, t.padding, measure);
    if translation && !q.translation.is_empty() {
        card.paragraph(
            &format!("“{}”", q.translation),
            Font::regular(t.quote).italic(),
            style::LABEL,
        );
        card.paragraph(
            "Translation from the original Russian, made for this atlas",
            Font::regular(t.small),
            TRANSLATION,
        );
    } else {
        card.paragraph(
            &format!("«{}»", q.text),
            Font::regular(t.quote).italic(),
            style::LABEL,
        );
    }
    let who = [q.speaker.as_str(), q.role.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    card.paragraph(&format!("— {who}"), Font::bold(t.text), style::LABEL);
    if let Some(source) = route.source(&q.source) {
        card.paragraph(
            &source_line(source),
            Font::regular(t.small),
            Color32::from_gray(90),
        );
    }
    card
}

/// The slide's number at the lower right, with what the presenter is typing before it.
fn number_text(
    route: &Route,
    index: usize,
    options: &SlideOptions,
    t: SlideType,
    screen: Rect,
    measure: &MeasureText<'_>,
) -> Text {
    let mut number = format!("{} / {}", index + 1, count(route));
    if let Some(status) = &options.status {
        number = format!("{status}   {number}");
    }
    let font = Font::regular(t.small);
    Text {
        at: screen.right_bottom() - Vec2::splat(t.margin * 0.7),
        anchor: Align2::RIGHT_BOTTOM,
        size: measure(&number, font.size, font.bold),
        text: number,
        font,
        color: Color32::from_rgb(0x33, 0x33, 0x33),
        halo: None,
    }
}
