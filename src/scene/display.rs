//! What a picture is made of: a list of drawing primitives in screen points, in drawing order.
//!
//! Everything on a picture is lowered into this list once — the basemap, links, flow bands,
//! places and labels, the legend, the scale bar, credits, slide cards and the blackout — and the
//! three back ends only translate it: the egui painter on screen, the SVG writer and the PNG
//! rasterizer. None of the primitives knows about egui or SVG, so the window, an exported file and
//! `render` cannot drift apart.
//!
//! Most primitives are in screen points. The few big shapes that are kept in map coordinates
//! (the basemap, the route's areas, a crowded network's links) are handed over whole with the
//! list's [`ScreenTransform`], so the screen can keep them on the GPU while the CPU back ends
//! place their rings themselves.

use std::sync::Arc;

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2};

use crate::map::basemap::{BasemapMeshes, CountryMesh};
use crate::map::camera::ScreenTransform;

use super::PlainLinks;

/// A whole picture: its size, the view that places map coordinates on it, and what to draw.
#[derive(Clone, Debug)]
pub struct DisplayList {
    /// Where map coordinates land, and the picture's rectangle in points.
    pub view: ScreenTransform,
    pub items: Vec<Item>,
}

impl DisplayList {
    pub fn new(view: ScreenTransform) -> Self {
        DisplayList {
            view,
            items: Vec::new(),
        }
    }

    /// The picture's rectangle, in points.
    pub fn screen(&self) -> Rect {
        self.view.screen
    }

    pub fn push(&mut self, item: impl Into<Item>) {
        self.items.push(item.into());
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = Item>) {
        self.items.extend(items);
    }

    /// Every piece of text, in drawing order.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.items.iter().filter_map(|item| match item {
            Item::Text(text) => Some(text),
            _ => None,
        })
    }
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// Starts a named group of what follows, until the next group: the SVG's `<g id>`, so a
    /// print designer finds the layers by name.
    Group(&'static str),
    Line(Line),
    Circle(Circle),
    /// A convex polygon: arrowheads and node symbols.
    Polygon(Polygon),
    /// Closed rings filled by the even-odd rule, so rings inside rings are holes.
    Rings(Rings),
    Rect(RectShape),
    Text(Text),
    /// The basemap's land and borders, in map coordinates.
    Basemap(BasemapShapes),
    /// One of the route's areas, in map coordinates.
    Area(AreaShape),
    /// A crowded network's links as plain thin lines, in map coordinates.
    PlainLinks(PlainLinks),
}

/// How a line's ends are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Cap {
    #[default]
    Butt,
    Round,
}

/// How a line's corners are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Join {
    #[default]
    Round,
    Miter,
}

/// How a line is stroked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub color: Color32,
    /// Dashes as (on, off) lengths in points, starting with a dash at the line's start.
    pub dash: Option<(f32, f32)>,
    pub cap: Cap,
    pub join: Join,
}

impl Stroke {
    pub fn new(width: f32, color: Color32) -> Self {
        Stroke {
            width,
            color,
            dash: None,
            cap: Cap::Butt,
            join: Join::Round,
        }
    }

    pub fn dashed(self, on: f32, off: f32) -> Self {
        Stroke {
            dash: Some((on, off)),
            ..self
        }
    }

    /// Whether the stroke leaves any mark.
    pub fn is_visible(&self) -> bool {
        self.width > 0.0 && self.color.a() > 0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub points: Vec<Pos2>,
    pub stroke: Stroke,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle {
    pub center: Pos2,
    pub radius: f32,
    pub fill: Color32,
    pub stroke: Option<Stroke>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    pub points: Vec<Pos2>,
    pub fill: Color32,
    pub stroke: Option<Stroke>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rings {
    pub rings: Vec<Vec<Pos2>>,
    pub fill: Color32,
    pub stroke: Option<Stroke>,
}

/// A soft shadow under a card.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shadow {
    pub offset: Vec2,
    /// How far the shadow fades out, in points.
    pub blur: f32,
    pub color: Color32,
}

/// A rectangle, with rounded corners, an edge and a shadow when asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RectShape {
    pub rect: Rect,
    pub corner_radius: f32,
    pub fill: Color32,
    /// Drawn inside the rectangle's edge.
    pub stroke: Option<Stroke>,
    pub shadow: Option<Shadow>,
}

impl RectShape {
    pub fn filled(rect: Rect, fill: Color32) -> Self {
        RectShape {
            rect,
            corner_radius: 0.0,
            fill,
            stroke: None,
            shadow: None,
        }
    }
}

/// The face text is set in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    /// The em size, in points, as egui and SVG size a font.
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
}

impl Font {
    pub fn regular(size: f32) -> Self {
        Font {
            size,
            bold: false,
            italic: false,
        }
    }

    pub fn bold(size: f32) -> Self {
        Font {
            bold: true,
            ..Font::regular(size)
        }
    }

    pub fn italic(self) -> Self {
        Font {
            italic: true,
            ..self
        }
    }
}

/// One line of text, its box anchored at a point.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The point the box is anchored at.
    pub at: Pos2,
    pub anchor: Align2,
    pub text: String,
    pub font: Font,
    pub color: Color32,
    /// An outline in this colour round the letters, so text reads over the map.
    pub halo: Option<Color32>,
    /// The box the text fills, as measured when it was laid out.
    pub size: Vec2,
}

impl Text {
    /// The box the text fills.
    pub fn rect(&self) -> Rect {
        self.anchor.anchor_size(self.at, self.size)
    }
}

/// The basemap to draw: land tinted where the route runs, and borders.
#[derive(Clone, Debug)]
pub struct BasemapShapes {
    pub meshes: Arc<BasemapMeshes>,
    /// For each country, by index into the basemap, whether the route runs through it.
    pub route_countries: Arc<[bool]>,
    pub border: Stroke,
}

impl PartialEq for BasemapShapes {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.meshes, &other.meshes)
            && self.route_countries == other.route_countries
            && self.border == other.border
    }
}

/// An area of the route: a translucent fill and an outline.
#[derive(Clone, Debug)]
pub struct AreaShape {
    pub mesh: Arc<CountryMesh>,
    pub fill: Color32,
    pub outline: Stroke,
}

impl PartialEq for AreaShape {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.mesh, &other.mesh)
            && self.fill == other.fill
            && self.outline == other.outline
    }
}

macro_rules! item_from {
    ($($variant:ident($ty:ty)),* $(,)?) => {
        $(impl From<$ty> for Item {
            fn from(value: $ty) -> Self {
                Item::$variant(value)
            }
        })*
    };
}

item_from!(
    Line(Line),
    Circle(Circle),
    Polygon(Polygon),
    Rings(Rings),
    Rect(RectShape),
    Text(Text),
    Basemap(BasemapShapes),
    Area(AreaShape),
    PlainLinks(PlainLinks),
);

impl BasemapShapes {
    /// The countries in `view`, each with its land colour and its rings placed on screen: what a
    /// back end that fills rings (SVG, the PNG rasterizer) draws, land first, then borders.
    pub fn countries_in_view(
        &self,
        view: &ScreenTransform,
    ) -> impl Iterator<Item = (Color32, Vec<Vec<Pos2>>)> + '_ {
        let (min, max) = view.visible_map_rect();
        let view = *view;
        self.meshes
            .countries
            .iter()
            .enumerate()
            .filter(move |(_, c)| {
                let b = &c.bounds;
                b.max().x >= min.x && b.min().x <= max.x && b.max().y >= min.y && b.min().y <= max.y
            })
            .map(move |(i, country)| {
                let on_route = self.route_countries.get(i).copied().unwrap_or(false);
                let rings = country
                    .outlines
                    .iter()
                    .map(|ring| decimate(ring.iter().map(|&v| mesh_point_to_screen(&view, v))))
                    .filter(|ring| ring.len() >= 3)
                    .collect();
                (super::style::land(i, on_route), rings)
            })
    }
}

impl AreaShape {
    /// The area's rings placed on screen.
    pub fn rings(&self, view: &ScreenTransform) -> Vec<Vec<Pos2>> {
        self.mesh
            .outlines
            .iter()
            .map(|ring| decimate(ring.iter().map(|&v| mesh_point_to_screen(view, v))))
            .collect()
    }
}

impl PlainLinks {
    /// The links in view as plain thin lines placed on screen.
    pub fn lines<'a>(&'a self, view: &'a ScreenTransform) -> impl Iterator<Item = Line> + 'a {
        self.links.iter().filter_map(move |&i| {
            let (points, &color) = (self.paths.get(i)?, self.colors.get(i)?);
            Some(Line {
                points: screen_points(view, points),
                stroke: Stroke::new(super::PLAIN_LINE_WIDTH, color),
            })
        })
    }
}

/// Where a map point of a mesh, stored as f32, lands on screen.
pub fn mesh_point_to_screen(view: &ScreenTransform, v: [f32; 2]) -> Pos2 {
    view.map_to_screen(crate::map::projection::MapPoint::new(
        f64::from(v[0]),
        f64::from(v[1]),
    ))
}

/// Map points on screen, without points closer than half a point to the one kept before: detail
/// no screen or print shows, which would only add vertices. The last point is always kept.
pub fn screen_points(
    view: &ScreenTransform,
    points: &[crate::map::projection::MapPoint],
) -> Vec<Pos2> {
    decimate(points.iter().map(|&p| view.map_to_screen(p)))
}

/// Drops points within half a point of the one kept before them, keeping the last.
pub fn decimate(points: impl Iterator<Item = Pos2>) -> Vec<Pos2> {
    let mut kept: Vec<Pos2> = Vec::new();
    let mut last = None;
    for p in points {
        if kept.last().is_none_or(|k: &Pos2| k.distance_sq(p) >= 0.25) {
            kept.push(p);
            last = None;
        } else {
            last = Some(p);
        }
    }
    kept.extend(last);
    kept
}
