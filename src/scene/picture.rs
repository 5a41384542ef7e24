//! A whole picture of the route in one state — the map, then what goes over it — as one display
//! list. The window draws its map and overlay with the same two functions, exported files and
//! `render` draw a [`Picture`], so the three show the same.

use std::sync::Arc;

use ecolor::Color32;
use emath::{Align2, Rect, Vec2, pos2, vec2};

use crate::map::basemap::BasemapMeshes;
use crate::map::camera::{Camera, ScreenTransform};
use crate::model::Route;
use crate::text::MeasureText;

use super::card::{CardStyle, Readable};
use super::display::{DisplayList, Item, RectShape};
use super::furniture::{credit_items, scale_bar_items, title_card};
use super::legend::{self, LegendCard, LegendKind, LegendType};
use super::slide::{self, SlideOptions};
use super::{FlowView, Highlight, RouteGeometry, Scene, SceneOptions, Target};

/// What goes on the picture besides the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Furniture {
    /// A heading in a card at the top left; `None` for none.
    pub title: Option<String>,
    /// The legend at the top right: the full one on a map, the talk's beside a slide.
    pub legend: bool,
    pub scale_bar: bool,
    /// The basemap's and the sources' credits.
    pub attribution: bool,
}

impl Default for Furniture {
    fn default() -> Self {
        Furniture {
            title: None,
            legend: false,
            scale_bar: true,
            attribution: true,
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

/// What goes over the map of `view`: the title card, the scale bar, a slide's cards, the
/// credits clear of the slide's number, the legend, and the black screen.
#[allow(clippy::too_many_arguments)]
pub fn overlay(
    route: &Route,
    geometry: &RouteGeometry,
    flows: &FlowView,
    view: &ScreenTransform,
    furniture: &Furniture,
    slide: Option<&SlideOverlay>,
    black: bool,
    measure: &MeasureText<'_>,
) -> Overlay {
    let screen = view.screen;
    let mut out = Overlay::default();
    if let Some(title) = furniture.title.as_deref().filter(|t| !t.trim().is_empty()) {
        title_card(screen, title, measure, &mut out.items, &mut out.readable);
    }
    if furniture.scale_bar {
        out.items
            .extend(scale_bar_items(view, &geometry.projection, measure));
    }
    let mut credit_right = screen.right() - 6.0;
    if let Some(slide) = slide {
        let cards = slide::cards(route, slide.index, screen, &slide.options, measure);
        out.items.extend(cards.items);
        out.readable.extend(cards.readable);
        // Clear of the slide's number in the corner.
        credit_right = credit_right.min(cards.number.left() - 12.0);
    }
    if furniture.attribution {
        out.items
            .extend(credit_items(screen, credit_right, route, measure));
    }
    if furniture.legend
        && let Some(card) = legend_card(route, flows, screen, slide.is_some(), measure)
    {
        let (at, style) = legend_place(screen, slide.is_some());
        card.place(
            at,
            Align2::RIGHT_TOP,
            &style,
            measure,
            &mut out.items,
            &mut out.readable,
        );
    }
    if black {
        out.items.push(Item::Group("blackout"));
        out.items
            .push(RectShape::filled(screen, Color32::BLACK).into());
    }
    out
}

/// The legend card for a map (`talk` false) or beside a slide.
fn legend_card(
    route: &Route,
    flows: &FlowView,
    screen: Rect,
    talk: bool,
    measure: &MeasureText<'_>,
) -> Option<LegendCard> {
    let (kind, rows_of) = if talk {
        (
            LegendType::talk(slide::type_scale(screen)),
            LegendKind::Talk,
        )
    } else {
        (LegendType::print(), LegendKind::Full)
    };
    let rows = legend::rows(route, flows, rows_of);
    LegendCard::new(rows, kind, screen.height() - 60.0, measure)
}

/// Where the legend's top-right corner goes, and how its card looks.
fn legend_place(screen: Rect, talk: bool) -> (emath::Pos2, CardStyle) {
    if talk {
        let s = slide::type_scale(screen);
        (
            screen.right_top() + vec2(-20.0 * s, 24.0 * s),
            CardStyle::slide(s),
        )
    } else {
        (screen.right_top() + vec2(-16.0, 16.0), CardStyle::plain())
    }
}

/// How much of a map's right side its legend takes, margins included; 0 without one.
pub fn legend_width(
    route: &Route,
    flows: &FlowView,
    screen: Rect,
    measure: &MeasureText<'_>,
) -> f32 {
    legend_card(route, flows, screen, false, measure).map_or(0.0, |card| card.size().x + 32.0)
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

    /// The scene of this picture, as the map view builds it.
    pub fn scene(&self, basemap: Option<Arc<BasemapMeshes>>, measure: &MeasureText<'_>) -> Scene {
        let flows = FlowView {
            motion_time: None,
            ..self.flows.clone()
        };
        super::build(
            self.route,
            self.geometry,
            &self.view(),
            basemap,
            &super::bands::build(self.route, self.geometry, &flows),
            SceneOptions {
                highlight: Highlight {
                    selected: self.selection,
                    hovered: None,
                },
                text_scale: self.text_scale,
            },
            measure,
        )
    }

    /// The whole picture: the map, then what goes over it.
    pub fn display_list(
        &self,
        basemap: Option<Arc<BasemapMeshes>>,
        measure: &MeasureText<'_>,
    ) -> DisplayList {
        let scene = self.scene(basemap, measure);
        let mut list = DisplayList::new(self.view());
        super::lower::map_items(&scene, None, measure, &mut list);
        let overlay = overlay(
            self.route,
            self.geometry,
            self.flows,
            &list.view,
            &self.furniture,
            self.slide.as_ref(),
            false,
            measure,
        );
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
        .unwrap_or_else(|| picture.route.title.clone())
}
