//! A whole picture of the route in one state — the map, then what goes over it — as one display
//! list. The window draws its map and overlay with the same functions, exported files and
//! `render` draw a [`Picture`], so the three show the same.

use std::sync::Arc;

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};

use crate::i18n::Tr;
use crate::map::basemap::BasemapMeshes;
use crate::map::camera::{Camera, ScreenTransform};
use crate::model::Route;
use crate::text::MeasureText;

use super::card::{CardStyle, Readable};
use super::display::{DisplayList, Item, RectShape};
use super::furniture::{credit_items, scale_bar_items, scale_bar_sized, title_card};
use super::legend::{self, LegendCard, LegendKind, LegendType};
use super::slide::SlideOptions;
use super::slide_layout::{self, SlideLayout};
use super::{FlowView, Highlight, RouteGeometry, Scene, SceneOptions, Target};

/// What goes on the picture besides the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Furniture {
    /// A heading in a card at the top left; `None` for none.
    pub title: Option<String>,
    /// The legend: the full one on a map, the talk's beside a slide.
    pub legend: bool,
    pub scale_bar: bool,
    /// The basemap's and the sources' credits.
    pub attribution: bool,
    /// The words of the picture's language: the legend, the scale bar, the credits, and the
    /// names of countries and seas.
    pub tr: Tr,
}

impl Default for Furniture {
    fn default() -> Self {
        Furniture {
            title: None,
            legend: false,
            scale_bar: true,
            attribution: true,
            tr: Tr::default(),
        }
    }
}

/// A slide's cards to lay over the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlideOverlay {
    /// 0 is the title slide.
    pub index: usize,
    pub options: SlideOptions,
}

/// Everything over the map, in drawing order, and the text in it a reader can take in whole.
#[derive(Clone, Debug, Default)]
pub struct Overlay {
    pub items: Vec<Item>,
    pub readable: Vec<Readable>,
}

/// What goes over a map (not a slide) of `view`: the title card, the legend and the scale bar,
/// each in the corner where it covers the fewest places and links, and the credits.
pub fn map_overlay(
    route: &Route,
    geometry: &RouteGeometry,
    flows: &FlowView,
    view: &ScreenTransform,
    furniture: &Furniture,
    measure: &MeasureText<'_>,
) -> Overlay {
    let screen = view.screen;
    let mut out = Overlay::default();
    // Only pictures with a title or a legend choose corners; the window's own map keeps its
    // scale bar at the lower left without weighing every link each frame.
    let title = furniture.title.as_deref().filter(|t| !t.trim().is_empty());
    let tr = &furniture.tr;
    let legend = furniture
        .legend
        .then(|| full_legend(route, flows, screen, tr, measure))
        .flatten();
    let mut taken: Vec<Rect> = Vec::new();
    let mut clutter = None;
    if let Some(title) = title {
        let mut items = Vec::new();
        let mut readable = Vec::new();
        let card = title_card(screen, title, measure, &mut items, &mut readable);
        let clutter = clutter.get_or_insert_with(|| Clutter::new(geometry, view));
        let at = clutter.best_corner(screen, card.size(), CORNERS_TITLE, &taken, 16.0);
        let shift = at.min - card.min;
        out.items
            .extend(items.into_iter().map(|item| translated(item, shift)));
        out.readable.extend(readable.into_iter().map(|r| Readable {
            rect: r.rect.translate(shift),
            ..r
        }));
        taken.push(at);
    }
    if let Some(card) = legend {
        let clutter = clutter.get_or_insert_with(|| Clutter::new(geometry, view));
        let at = clutter.best_corner(screen, card.size(), CORNERS_LEGEND, &taken, 16.0);
        card.place(
            at.min,
            Align2::LEFT_TOP,
            &CardStyle::plain(),
            measure,
            &mut out.items,
            &mut out.readable,
        );
        taken.push(at);
    }
    if furniture.scale_bar {
        let bar = scale_bar_items(view, &geometry.projection, tr, measure);
        // The bar moves to the lower right when a card took the lower left.
        let lower_left = Rect::from_min_size(
            screen.left_bottom() + vec2(0.0, -40.0),
            vec2(screen.width() * 0.25, 40.0),
        );
        if taken.iter().any(|r| r.intersects(lower_left)) {
            let right = scale_bar_sized(
                view,
                &geometry.projection,
                screen.right_bottom() + vec2(-screen.width() * 0.2, -34.0),
                12.0,
                tr,
                measure,
            );
            out.items.extend(right);
        } else {
            out.items.extend(bar);
        }
    }
    if furniture.attribution {
        out.items.extend(credit_items(
            screen,
            screen.right() - 6.0,
            route,
            tr,
            measure,
        ));
    }
    out
}

/// What goes over a slide's map: its cards, number and credits as laid out, the scale bar in
/// the footer (in the language of `tr`, the talk's), and the black screen when it is on.
#[allow(clippy::too_many_arguments)]
pub fn slide_overlay(
    layout: &SlideLayout,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    scale_bar: bool,
    black: bool,
    tr: &Tr,
    measure: &MeasureText<'_>,
) -> Overlay {
    let mut out = Overlay {
        items: layout.items.clone(),
        readable: layout.readable.clone(),
    };
    if scale_bar {
        out.items.extend(scale_bar_sized(
            view,
            &geometry.projection,
            layout.scale_bar_at,
            layout.types.small,
            tr,
            measure,
        ));
    }
    if black {
        out.items.push(Item::Group("blackout"));
        out.items
            .push(RectShape::filled(view.screen, Color32::BLACK).into());
    }
    out
}

/// The full legend, cut to the picture's height.
fn full_legend(
    route: &Route,
    flows: &FlowView,
    screen: Rect,
    tr: &Tr,
    measure: &MeasureText<'_>,
) -> Option<LegendCard> {
    let rows = legend::rows(route, flows, LegendKind::Full, tr);
    LegendCard::new(rows, LegendType::print(), screen.height() - 60.0, measure)
}

/// How much of a map's right side its legend takes, margins included; 0 without one.
pub fn legend_width(
    route: &Route,
    flows: &FlowView,
    screen: Rect,
    tr: &Tr,
    measure: &MeasureText<'_>,
) -> f32 {
    full_legend(route, flows, screen, tr, measure).map_or(0.0, |card| card.size().x + 32.0)
}

/// Corners tried for a title card, best liked first.
const CORNERS_TITLE: &[Align2] = &[
    Align2::LEFT_TOP,
    Align2::RIGHT_TOP,
    Align2::LEFT_BOTTOM,
    Align2::RIGHT_BOTTOM,
];
/// Corners tried for a legend, best liked first.
const CORNERS_LEGEND: &[Align2] = &[
    Align2::RIGHT_TOP,
    Align2::LEFT_TOP,
    Align2::RIGHT_BOTTOM,
    Align2::LEFT_BOTTOM,
];

/// Where the route's places and the points of its links lie on a picture, to find the corner
/// a card covers least of.
struct Clutter {
    places: Vec<Pos2>,
    link_points: Vec<Pos2>,
}

impl Clutter {
    fn new(geometry: &RouteGeometry, view: &ScreenTransform) -> Self {
        let on = |p| view.screen.contains(p);
        Clutter {
            places: geometry
                .nodes
                .iter()
                .map(|&p| view.map_to_screen(p))
                .filter(|&p| on(p))
                .collect(),
            link_points: geometry
                .links
                .iter()
                .flat_map(|l| l.iter().map(|&p| view.map_to_screen(p)))
                .filter(|&p| on(p))
                .collect(),
        }
    }

    /// How much of the route a card at `rect` would cover: a place counts as much as a long
    /// stretch of a link.
    fn cost(&self, rect: Rect) -> usize {
        let r = rect.expand(8.0);
        10 * self.places.iter().filter(|&&p| r.contains(p)).count()
            + self.link_points.iter().filter(|&&p| r.contains(p)).count()
    }

    /// The place along the edges of `screen`, `margin` in, where a card of `size` covers the
    /// least of the route and none of `taken`: the corners first, best liked first, then
    /// stations down the left and right edges and along the top and bottom; the first on a tie.
    fn best_corner(
        &self,
        screen: Rect,
        size: Vec2,
        corners: &[Align2],
        taken: &[Rect],
        margin: f32,
    ) -> Rect {
        let inner = screen.shrink(margin);
        let free = (inner.size() - size).max(Vec2::ZERO);
        let stations = (1..8).map(|k| k as f32 / 8.0);
        let candidates = corners
            .iter()
            .map(|anchor| anchor.anchor_size(anchor.pos_in_rect(&inner), size))
            .chain(stations.clone().flat_map(|f| {
                [0.0, 1.0].map(|side| {
                    Rect::from_min_size(inner.min + vec2(free.x * side, free.y * f), size)
                })
            }))
            .chain(stations.flat_map(|f| {
                [0.0, 1.0].map(|side| {
                    Rect::from_min_size(inner.min + vec2(free.x * f, free.y * side), size)
                })
            }));
        let mut best: Option<(usize, Rect)> = None;
        for rect in candidates {
            if taken.iter().any(|t| t.intersects(rect)) {
                continue;
            }
            let cost = self.cost(rect);
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, rect));
            }
        }
        best.map_or_else(|| Rect::from_min_size(inner.min, size), |(_, rect)| rect)
    }
}

/// An item moved by `shift`: for a card laid out before its corner was chosen.
fn translated(item: Item, shift: Vec2) -> Item {
    match item {
        Item::Rect(mut r) => {
            r.rect = r.rect.translate(shift);
            Item::Rect(r)
        }
        Item::Text(mut t) => {
            t.at += shift;
            Item::Text(t)
        }
        other => other,
    }
}

/// One state of the map to draw as a picture.
pub struct Picture<'a> {
    pub route: &'a Route,
    pub geometry: &'a RouteGeometry,
    /// The year and layers; pictures stand still, so motion is ignored.
    pub flows: &'a FlowView,
    pub selection: Option<Target>,
    pub camera: Camera,
    /// In points; a PNG has `size × pixels_per_point` pixels.
    pub size: Vec2,
    /// Label size, as on screen (larger when presenting).
    pub text_scale: f32,
    pub furniture: Furniture,
    /// The slide of the talk whose cards go over the map, if any.
    pub slide: Option<SlideOverlay>,
}

impl Picture<'_> {
    pub fn view(&self) -> ScreenTransform {
        ScreenTransform::new(self.camera, Rect::from_min_size(pos2(0.0, 0.0), self.size))
    }

    /// The slide's layout, when the picture is of a slide.
    pub fn slide_layout(&self, measure: &MeasureText<'_>) -> Option<SlideLayout> {
        self.slide.as_ref().map(|slide| {
            slide_layout::layout(
                self.route,
                self.geometry,
                slide.index,
                self.view().screen,
                self.flows,
                &slide.options,
                measure,
            )
        })
    }

    /// The scene of this picture, as the map view builds it: on a slide, labels keep clear of
    /// the cards and the slide's places are labelled first.
    pub fn scene(
        &self,
        basemap: Option<Arc<BasemapMeshes>>,
        layout: Option<&SlideLayout>,
        measure: &MeasureText<'_>,
    ) -> Scene {
        let flows = FlowView {
            motion_time: None,
            ..self.flows.clone()
        };
        let mut options = SceneOptions::plain(
            Highlight {
                selected: self.selection,
                hovered: None,
            },
            self.text_scale,
        );
        if let Some(layout) = layout {
            options.covered = layout.covered();
            options.first_labels = layout.focus.clone();
        }
        options.language = self.language().to_owned();
        super::build(
            self.route,
            self.geometry,
            &self.view(),
            basemap,
            &super::bands::build(self.route, self.geometry, &flows),
            options,
            measure,
        )
    }

    /// The picture's language: the slide's talk language on a slide, else its furniture's.
    pub fn language(&self) -> &'static str {
        self.words().language()
    }

    /// The words of the picture's language.
    pub fn words(&self) -> &Tr {
        self.slide
            .as_ref()
            .map_or(&self.furniture.tr, |slide| &slide.options.tr)
    }

    /// The whole picture: the map, then what goes over it.
    pub fn display_list(
        &self,
        basemap: Option<Arc<BasemapMeshes>>,
        measure: &MeasureText<'_>,
    ) -> DisplayList {
        let layout = self.slide_layout(measure);
        let scene = self.scene(basemap, layout.as_ref(), measure);
        let mut list = DisplayList::new(self.view());
        super::lower::map_items(&scene, None, measure, &mut list);
        let overlay = match &layout {
            Some(layout) => slide_overlay(
                layout,
                self.geometry,
                &list.view,
                self.furniture.scale_bar,
                false,
                self.words(),
                measure,
            ),
            None => map_overlay(
                self.route,
                self.geometry,
                self.flows,
                &list.view,
                &self.furniture,
                measure,
            ),
        };
        list.extend(overlay.items);
        list
    }
}

/// A picture's title: the one asked for, else the route's.
pub fn document_title(picture: &Picture<'_>) -> String {
    picture
        .furniture
        .title
        .clone()
        .unwrap_or_else(|| picture.route.title.to_string())
}
