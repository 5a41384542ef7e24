//! Drawing a route without the app: the state the command line asks for (year, layers, slide,
//! selection) set up as the app would set it, then drawn as a [`Picture`].

use std::cell::RefCell;
use std::sync::Arc;

use emath::{Rect, Vec2, pos2};

use crate::map::basemap::BasemapMeshes;
use crate::map::camera::Camera;
use crate::map::projection::Projection;
use crate::model::Route;
use crate::scene::slide::{self, SlideOptions};
use crate::scene::slide_layout;
use crate::scene::{FlowView, RouteGeometry, Target};
use crate::text::TextMeasure;

use super::{ExportError, Furniture, Glyphs, ImageFormat, Picture, SlideOverlay};

/// How far the map keeps the route from its edges when it shows the whole route, as the app does.
const FIT_MARGIN: f32 = 50.0;

/// What to draw: everything but the route.
#[derive(Clone, Debug, Default)]
pub struct RenderState {
    /// The year of the flows; the route's best-known year when `None`, as the app opens.
    pub year: Option<i32>,
    /// The flow values with no year given instead of a year's.
    pub no_year: bool,
    /// Ids of the layers to show; every layer when `None`.
    pub layers: Option<Vec<String>>,
    /// A slide of the talk, 1 for the title slide as the story list numbers them.
    pub slide: Option<usize>,
    /// A node to select, by id or name.
    pub select: Option<String>,
    pub furniture: Furniture,
}

/// Why a state cannot be drawn; each says what to ask for instead.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{route} has no layer \"{asked}\"{hint}. Its layers are: {known}.")]
    UnknownLayer {
        route: String,
        asked: String,
        hint: String,
        known: String,
    },
    #[error("{route} has no place \"{asked}\"{hint}. Name a place by its id or name.")]
    UnknownNode {
        route: String,
        asked: String,
        hint: String,
    },
    #[error(
        "{route} has {count} slides (1 is the title slide, {count} the closing one); slide {asked} does not exist."
    )]
    NoSuchSlide {
        route: String,
        asked: usize,
        count: usize,
    },
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// A route ready to draw in any state: its projection, geometry and fonts are set up once.
pub struct Renderer<'a> {
    route: &'a Route,
    name: String,
    geometry: RouteGeometry,
    fonts: TextMeasure,
    glyphs: RefCell<Glyphs>,
    /// Basemaps built so far, by detail: the slides of a talk share them.
    basemaps: RefCell<Vec<Arc<BasemapMeshes>>>,
}

impl<'a> Renderer<'a> {
    /// `name` is how errors call the route, such as its file name.
    pub fn new(route: &'a Route, name: &str) -> Self {
        // The system's fonts for the route's other scripts, before any text is laid out.
        let undrawn = crate::text::undrawn::take_fonts_for(route);
        if !undrawn.is_empty() {
            log::warn!("{name}: no font draws {undrawn:?}");
        }
        Renderer {
            route,
            name: name.to_owned(),
            geometry: RouteGeometry::new(route, &Projection::for_route(route)),
            fonts: TextMeasure::default(),
            glyphs: RefCell::new(Glyphs::new()),
            basemaps: RefCell::new(Vec::new()),
        }
    }

    /// Slides in the talk, the title and closing slides included.
    pub fn slide_count(&self) -> usize {
        slide::count(self.route)
    }

    /// Draws `state` on a picture `size` points large, `pixels_per_point` pixels to the point.
    pub fn render(
        &self,
        state: &RenderState,
        size: Vec2,
        pixels_per_point: f32,
        format: ImageFormat,
    ) -> Result<Vec<u8>, RenderError> {
        super::pixel_size(size, pixels_per_point)?;
        let mut flows = self.flows(state)?;
        let selected = self.selected(state)?;
        let screen = Rect::from_min_size(pos2(0.0, 0.0), size);
        let measure = self.fonts.as_fn();
        let (camera, selection, text_scale, slide) = match state.slide {
            Some(number) => {
                let count = self.slide_count();
                if number == 0 || number > count {
                    return Err(RenderError::NoSuchSlide {
                        route: self.name.clone(),
                        asked: number,
                        count,
                    });
                }
                // The slide's own state, as the app's talk computes it; a year or layers asked
                // for on the command line still win.
                let options = SlideOptions {
                    legend: state.furniture.legend,
                    tr: state.furniture.tr.clone(),
                    ..SlideOptions::default()
                };
                let index = number - 1;
                let at_slide = slide_layout::state(
                    self.route,
                    &self.geometry,
                    index,
                    screen,
                    &flows,
                    &options,
                    &measure,
                );
                let asked = flows.clone();
                flows = at_slide.flows;
                if state.year.is_some() || state.no_year {
                    flows.year = asked.year;
                }
                if state.layers.is_some() {
                    flows.layers = asked.layers;
                }
                // Framed for the cards as they will be drawn, with the flows drawn.
                let layout = slide_layout::layout(
                    self.route,
                    &self.geometry,
                    index,
                    screen,
                    &flows,
                    &options,
                    &measure,
                );
                (
                    layout.camera,
                    selected.or(at_slide.selection),
                    slide_layout::label_scale(screen),
                    Some(SlideOverlay { index, options }),
                )
            }
            None => {
                // The route is fitted beside the legend, not under it.
                let mut room = screen;
                if state.furniture.legend {
                    room.max.x -= crate::scene::picture::legend_width(
                        self.route,
                        &flows,
                        screen,
                        &state.furniture.tr,
                        &measure,
                    )
                    .min(size.x / 2.0);
                }
                let camera = self
                    .geometry
                    .bounds()
                    .map(|(min, max)| fit_in(min, max, room, screen))
                    .unwrap_or_default();
                (camera, selected, 1.0, None)
            }
        };
        let picture = Picture {
            route: self.route,
            geometry: &self.geometry,
            flows: &flows,
            selection,
            camera,
            size,
            text_scale,
            furniture: state.furniture.clone(),
            slide,
        };
        let basemap = self.basemap(&camera, pixels_per_point)?;
        Ok(super::draw(
            &picture,
            Some(basemap),
            format,
            pixels_per_point,
            &self.fonts,
            &mut self.glyphs.borrow_mut(),
        )?)
    }

    fn basemap(
        &self,
        camera: &Camera,
        pixels_per_point: f32,
    ) -> Result<Arc<BasemapMeshes>, ExportError> {
        let detail = super::detail_for(camera, pixels_per_point);
        if let Some(built) = self.basemaps.borrow().iter().find(|b| b.detail == detail) {
            return Ok(built.clone());
        }
        let built = super::basemap_for(&self.geometry, camera, pixels_per_point)?;
        self.basemaps.borrow_mut().push(built.clone());
        Ok(built)
    }

    /// The year and layers: the app's opening choice, then what was asked.
    fn flows(&self, state: &RenderState) -> Result<FlowView, RenderError> {
        let route = self.route;
        let mut flows = FlowView::all_layers(route, crate::flows::opening_year(route));
        if state.no_year {
            flows.year = None;
        } else if let Some(year) = state.year {
            flows.year = Some(year);
        }
        if let Some(ids) = &state.layers {
            for id in ids {
                if !route.layers.iter().any(|l| &l.id == id) {
                    let known: Vec<&str> = route.layers.iter().map(|l| l.id.as_str()).collect();
                    return Err(RenderError::UnknownLayer {
                        route: self.name.clone(),
                        asked: id.clone(),
                        hint: did_you_mean(id, known.iter().copied()),
                        known: if known.is_empty() {
                            "none".to_owned()
                        } else {
                            known.join(", ")
                        },
                    });
                }
            }
            for layer in &mut flows.layers {
                layer.visible = route
                    .layers
                    .get(layer.index)
                    .is_some_and(|l| ids.contains(&l.id));
            }
        }
        Ok(flows)
    }

    fn selected(&self, state: &RenderState) -> Result<Option<Target>, RenderError> {
        let Some(asked) = &state.select else {
            return Ok(None);
        };
        let nodes = &self.route.nodes;
        nodes
            .iter()
            .position(|n| &n.id == asked)
            .or_else(|| {
                nodes
                    .iter()
                    .position(|n| n.name.to_lowercase() == asked.to_lowercase())
            })
            .map(|i| Some(Target::Node(i)))
            .ok_or_else(|| RenderError::UnknownNode {
                route: self.name.clone(),
                asked: asked.clone(),
                hint: did_you_mean(asked, nodes.iter().map(|n| n.id.as_str())),
            })
    }
}

/// The camera that shows `min..max` inside `room`, a part of `screen`.
fn fit_in(
    min: crate::map::projection::MapPoint,
    max: crate::map::projection::MapPoint,
    room: Rect,
    screen: Rect,
) -> Camera {
    let mut camera = Camera::fitting(min, max, room, FIT_MARGIN);
    // Fitting centres the route in `room`; the camera centres the whole picture.
    let shift = room.center() - screen.center();
    camera.center.x -= f64::from(shift.x) * camera.km_per_px;
    camera.center.y += f64::from(shift.y) * camera.km_per_px;
    camera
}

/// ` (did you mean "x"?)` for the nearest of `known`, when one is near.
fn did_you_mean<'k>(asked: &str, known: impl Iterator<Item = &'k str>) -> String {
    crate::suggest::closest(asked, known)
        .map(|k| format!(" (did you mean \"{k}\"?)"))
        .unwrap_or_default()
}

/// Parses `1920x1080` into a size.
pub fn parse_size(text: &str) -> Result<Vec2, String> {
    let parts: Vec<&str> = text.split(['x', 'X', '×']).collect();
    let [w, h] = parts.as_slice() else {
        return Err(format!(
            "\"{text}\" is not a size; write it as WIDTHxHEIGHT, such as 1920x1080"
        ));
    };
    let side = |s: &str| -> Result<f32, String> {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|&v| (1..=super::MAX_SIDE).contains(&v))
            .map(|v| v as f32)
            .ok_or_else(|| {
                format!(
                    "\"{text}\" is not a size: each side is a whole number of pixels from 1 to {}",
                    super::MAX_SIDE
                )
            })
    };
    Ok(Vec2::new(side(w)?, side(h)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_bad_ones_say_how_to_write_them() {
        assert_eq!(parse_size("1920x1080"), Ok(Vec2::new(1920.0, 1080.0)));
        assert_eq!(parse_size("800×600"), Ok(Vec2::new(800.0, 600.0)));
        assert!(
            parse_size("1920")
                .expect_err("one number")
                .contains("WIDTHxHEIGHT")
        );
        assert!(parse_size("0x10").is_err());
        assert!(
            parse_size("9000x10")
                .expect_err("too wide")
                .contains("8192")
        );
    }

    #[test]
    fn a_near_miss_gets_a_suggestion() {
        assert_eq!(
            did_you_mean("cargoo", ["cargo", "oil"].into_iter()),
            " (did you mean \"cargo\"?)"
        );
        assert_eq!(did_you_mean("zzz", ["cargo", "oil"].into_iter()), "");
        assert_eq!(
            did_you_mean("Aktao", ["aktau", "baku"].into_iter()),
            " (did you mean \"aktau\"?)"
        );
    }
}
