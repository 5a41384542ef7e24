//! Presenting: the route's story as full-screen slides, a title slide before and a closing slide
//! after, driven by keys or a clicker. Which slide shows what, and its cards, come from
//! [`crate::scene::slide`]; this is the talk's state and its windows.

use egui::{Color32, Rect, RichText, Sense, Ui, WidgetInfo, vec2};

use crate::map::camera::{Camera, ScreenTransform};
use crate::model::Route;
use crate::scene::picture::slide_overlay;
use crate::scene::slide::{self, SlideOptions, count, page};
use crate::scene::slide_layout::{self, SlideLayout};
use crate::scene::{FlowView, RouteGeometry, Target};
use crate::text::fonts;

use super::commands::Command;
use super::map_view::{self, MapState};
use super::painter;
use super::side_panel::Page;

/// What was on screen before the talk, to put back after it.
#[derive(Clone, Debug)]
pub struct SavedView {
    pub camera: Camera,
    pub flows: FlowView,
    pub selection: Option<Target>,
    pub page: Page,
}

/// A talk in progress.
#[derive(Clone, Debug)]
pub struct Presentation {
    /// 0 is the title slide, then the story, then the closing slide.
    pub index: usize,
    pub black: bool,
    /// Digits typed to jump to a slide.
    pub typed: String,
    /// When autoplay moves on next, if it is on.
    pub autoplay_next: Option<f64>,
    pub started: f64,
    pub presenter_view: bool,
    pub saved: SavedView,
    /// The flows every slide starts from: the route's opening year with every layer, so a
    /// slide shows the same however it is reached.
    pub opening: FlowView,
    /// What the camera was last framed for: the slide, the map's rect and the cards' options.
    /// When any changes (a new slide, a window going full screen, the legend turned on) the
    /// slide is framed again.
    pub framed: Option<(usize, Rect, SlideOptions)>,
}

impl Presentation {
    pub fn new(saved: SavedView, opening: FlowView, now: f64) -> Self {
        Presentation {
            opening,
            framed: None,
            index: 0,
            black: false,
            typed: String::new(),
            autoplay_next: None,
            started: now,
            presenter_view: false,
            saved,
        }
    }

    /// The slide index after a move, kept within the talk.
    pub fn target(&self, command: Command, route: &Route) -> usize {
        let last = count(route) - 1;
        match command {
            Command::NextSlide => (self.index + 1).min(last),
            Command::PreviousSlide => self.index.saturating_sub(1),
            Command::FirstSlide => 0,
            Command::LastSlide => last,
            Command::GoToTypedSlide => self
                .typed
                .parse::<usize>()
                .ok()
                .map_or(self.index, |n| n.clamp(1, last + 1) - 1),
            _ => self.index,
        }
    }
}

/// The options of the slide on screen: translation, the legend, and what the presenter is
/// typing.
pub fn slide_options(presentation: &Presentation, translation: bool, legend: bool) -> SlideOptions {
    let mut status = None;
    if !presentation.typed.is_empty() {
        status = Some(format!("Go to {} …", presentation.typed));
    }
    if presentation.autoplay_next.is_some() {
        status = Some("Playing ·".to_owned());
    }
    SlideOptions {
        translation,
        status,
        legend,
    }
}

/// The layout of the slide on screen, for a map filling `rect`.
pub fn layout(
    ctx: &egui::Context,
    rect: Rect,
    route: &Route,
    geometry: &RouteGeometry,
    flows: &FlowView,
    presentation: &Presentation,
    options: &SlideOptions,
) -> SlideLayout {
    let measure = map_view::text_measure(ctx);
    slide_layout::layout(
        route,
        geometry,
        presentation.index,
        rect,
        flows,
        options,
        &measure,
    )
}

/// What goes over the map during a talk: the slide's cards as laid out, the scale bar, and the
/// black screen; painted above the map, with each paragraph of the cards readable by a screen
/// reader.
pub fn paint_overlay(
    ui: &mut Ui,
    view: &ScreenTransform,
    layout: &SlideLayout,
    geometry: &RouteGeometry,
    presentation: &Presentation,
) {
    let ctx = ui.ctx().clone();
    let measure = map_view::text_measure(&ctx);
    let over = slide_overlay(layout, geometry, view, true, presentation.black, &measure);
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("slide_overlay"));
    painter::paint_items(&ctx.layer_painter(layer), &over.items);
    for (i, readable) in over.readable.iter().enumerate() {
        let response = ui.interact(
            readable.rect,
            egui::Id::unique(("slide_text", presentation.index, i)),
            Sense::hover(),
        );
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &readable.text));
    }
}

/// The presenter's window: this slide, the next, the notes and a timer. Returns false when the
/// presenter closes it.
pub fn presenter_view(
    ctx: &egui::Context,
    route: &Route,
    presentation: &Presentation,
    now: f64,
    map: &mut MapState,
    geometry: &RouteGeometry,
) -> bool {
    let mut open = true;
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("presenter_view"),
        egui::ViewportBuilder::default()
            .with_title("Corridor Atlas — presenter view")
            .with_inner_size([760.0, 520.0]),
        |ui, _class| {
            if ui.input(|i| i.viewport().close_requested()) {
                open = false;
            }
            egui::CentralPanel::default().show(ui, |ui| {
                let elapsed = (now - presentation.started).max(0.0) as u64;
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "Slide {} of {}",
                            presentation.index + 1,
                            count(route)
                        ))
                        .size(20.0),
                    );
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(
                            RichText::new(format!("{:02}:{:02}", elapsed / 60, elapsed % 60))
                                .font(fonts::bold(28.0)),
                        );
                    });
                });
                ui.separator();
                let current = page(route, presentation.index);
                ui.label(RichText::new(current.title(route)).font(fonts::bold(30.0)));
                if let slide::SlidePage::Story(slide) = current
                    && !slide.notes.is_empty()
                {
                    ui.label(RichText::new(&slide.notes).size(20.0));
                }
                ui.separator();
                if presentation.index + 1 < count(route) {
                    let next = page(route, presentation.index + 1);
                    ui.label(
                        RichText::new(format!("Next: {}", next.title(route)))
                            .size(18.0)
                            .color(Color32::from_gray(110)),
                    );
                    // The next slide's map, as the audience will see it.
                    let width = ui.available_width().min(420.0);
                    let size = vec2(width, width * 9.0 / 16.0);
                    let ctx = ui.ctx().clone();
                    let measure = map_view::text_measure(&ctx);
                    let next_state = slide_layout::state(
                        route,
                        geometry,
                        presentation.index + 1,
                        Rect::from_min_size(egui::Pos2::ZERO, size),
                        &presentation.opening,
                        &SlideOptions::default(),
                        &measure,
                    );
                    map_view::preview(ui, size, map, route, geometry, &next_state.flows, |_| {
                        next_state.camera
                    });
                } else {
                    ui.weak("This is the last slide.");
                }
            });
        },
    );
    ctx.request_repaint_after(std::time::Duration::from_secs(1));
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Slide;

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

    fn at(index: usize) -> Presentation {
        let saved = SavedView {
            camera: Camera::default(),
            flows: FlowView::default(),
            selection: None,
            page: Page::Overview,
        };
        Presentation {
            index,
            ..Presentation::new(saved, FlowView::default(), 0.0)
        }
    }

    #[test]
    fn moves_stay_within_the_talk() {
        let route = route_with(3);
        assert_eq!(count(&route), 5);
        assert_eq!(at(0).target(Command::NextSlide, &route), 1);
        assert_eq!(at(4).target(Command::NextSlide, &route), 4);
        assert_eq!(at(0).target(Command::PreviousSlide, &route), 0);
        assert_eq!(at(2).target(Command::LastSlide, &route), 4);
        assert_eq!(at(3).target(Command::FirstSlide, &route), 0);
    }

    #[test]
    fn typed_numbers_count_from_one() {
        let route = route_with(3);
        let mut p = at(0);
        p.typed = "3".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 2);
        p.typed = "99".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 4);
        p.typed = "0".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 0);
    }
}
