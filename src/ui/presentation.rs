//! Presenting: the route's story as full-screen slides, a title slide before and a closing slide
//! after, driven by keys or a clicker. Which slide shows what, and its cards, come from
//! [`crate::scene::slide`]; this is the talk's state, its keys and what it paints over the map.

use crate::i18n::Tr;
use egui::emath::TSTransform;
use egui::{Event, Key, Modifiers, Pos2, Rect, Sense, Ui, WidgetInfo};

use crate::map::camera::{Camera, ScreenTransform};
use crate::model::Route;
use crate::scene::card::Readable;
use crate::scene::picture::slide_overlay;
use crate::scene::slide::{SlideOptions, count};
use crate::scene::slide_layout::{self, SlideLayout};
use crate::scene::{FlowView, RouteGeometry, Target};

use super::commands::{Command, Mode};
use super::map_view;
use super::painter;
use super::screens::Placement;
use super::side_panel::Page;

/// Seconds the pointer stays on a slide without moving before it hides.
pub const HIDE_POINTER_AFTER: f64 = 2.0;

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
    /// With two screens, where the slides and the presenter view go; fixed when the talk
    /// starts, since the slides' window then moves to another screen.
    pub placement: Option<Placement>,
    /// Where the window was before it went to the slides' screen, to come back to.
    pub window_was_at: Option<Pos2>,
    /// What the camera was last framed for: the slide, the map's rect and the cards' options.
    /// When any changes (a new slide, going full screen, the presenter view opening beside the
    /// slide, the legend turned on) the slide is framed again.
    pub framed: Option<(usize, Rect, SlideOptions)>,
    /// When the pointer last moved over the slides; it hides a while after.
    pub pointer_moved_at: f64,
}

impl Presentation {
    pub fn new(saved: SavedView, opening: FlowView, now: f64) -> Self {
        Presentation {
            opening,
            index: 0,
            black: false,
            typed: String::new(),
            autoplay_next: None,
            started: now,
            presenter_view: false,
            saved,
            placement: None,
            window_was_at: None,
            framed: None,
            pointer_moved_at: now,
        }
    }

    /// The talk's keys pressed in the window `ctx` is drawing now, the slides' or the presenter
    /// view's, as commands: one way in from either, so a clicker works whichever window has
    /// the focus. While the talk plays by itself any key or click only stops it. Digits
    /// collect into a slide number that Enter jumps to. A button reached with Tab takes Space
    /// and Enter; every other key steps the talk.
    pub fn keys(&mut self, ctx: &egui::Context) -> Vec<Command> {
        if self.autoplay_next.is_some() {
            let touched = ctx.input(|i| {
                i.pointer.any_pressed()
                    || i.events
                        .iter()
                        .any(|e| matches!(e, Event::Key { pressed: true, .. }))
            });
            if touched {
                ctx.input_mut(|i| i.events.clear());
                self.autoplay_next = None;
                return Vec::new();
            }
        }
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            for (digit, key) in DIGITS.iter().enumerate() {
                if input.consume_key(Modifiers::NONE, *key) && self.typed.len() < 4 {
                    self.typed.push(char::from(b'0' + digit as u8));
                }
            }
            if !self.typed.is_empty() && input.consume_key(Modifiers::NONE, Key::Enter) {
                commands.push(Command::GoToTypedSlide);
            }
        });
        let focused = ctx.memory(|m| m.focused().is_some());
        let for_the_button: Vec<Event> = if focused {
            ctx.input_mut(|i| {
                let (kept, rest) = std::mem::take(&mut i.events).into_iter().partition(|e| {
                    matches!(
                        e,
                        Event::Key {
                            key: Key::Space | Key::Enter,
                            ..
                        }
                    )
                });
                i.events = rest;
                kept
            })
        } else {
            Vec::new()
        };
        commands.extend(Command::from_keys(ctx, Mode::Present));
        ctx.input_mut(|i| i.events.extend(for_the_button));
        commands
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

/// The options of the slide on screen: translation, the legend, and the number being typed,
/// which is the presenter's own feedback; nothing else of the app's workings shows on a slide.
/// `tr` is the talk's language, in which the slide speaks.
pub fn slide_options(
    presentation: &Presentation,
    translation: bool,
    legend: bool,
    tr: &Tr,
) -> SlideOptions {
    SlideOptions {
        translation,
        status: (!presentation.typed.is_empty())
            .then(|| crate::tr!(tr, "talk-go-to", number = presentation.typed.as_str())),
        legend,
        tr: tr.clone(),
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
/// reader. `tr` is the talk's language, in which the scale bar speaks.
pub fn paint_overlay(
    ui: &mut Ui,
    view: &ScreenTransform,
    layout: &SlideLayout,
    geometry: &RouteGeometry,
    presentation: &Presentation,
    tr: &Tr,
) {
    let ctx = ui.ctx().clone();
    let measure = map_view::text_measure(&ctx);
    let over = slide_overlay(
        layout,
        geometry,
        view,
        true,
        presentation.black,
        tr,
        &measure,
    );
    let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("slide_overlay"));
    painter::paint_items(&ctx.layer_painter(layer), &over.items);
    readable_text(
        ui,
        &over.readable,
        TSTransform::IDENTITY,
        egui::Id::unique(("slide_text", presentation.index)),
    );
}

/// Each paragraph of a slide (its title, its text, its quote and the rest of its cards) as a
/// text node a screen reader reads and a test finds by label, placed where `to_screen` puts
/// the rect it was laid out in. `id` tells one slide's paragraphs from another's.
pub fn readable_text(ui: &Ui, readable: &[Readable], to_screen: TSTransform, id: egui::Id) {
    for (i, paragraph) in readable.iter().enumerate() {
        let response = ui.interact(to_screen * paragraph.rect, id.with(i), Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &paragraph.text));
    }
}

/// The keys that type a slide's number.
const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

#[cfg(test)]
mod tests {
    use super::*;

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
        let route = crate::model::route_with_slides(3);
        assert_eq!(count(&route), 5);
        assert_eq!(at(0).target(Command::NextSlide, &route), 1);
        assert_eq!(at(4).target(Command::NextSlide, &route), 4);
        assert_eq!(at(0).target(Command::PreviousSlide, &route), 0);
        assert_eq!(at(2).target(Command::LastSlide, &route), 4);
        assert_eq!(at(3).target(Command::FirstSlide, &route), 0);
    }

    #[test]
    fn typed_numbers_count_from_one() {
        let route = crate::model::route_with_slides(3);
        let mut p = at(0);
        p.typed = "3".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 2);
        p.typed = "99".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 4);
        p.typed = "0".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 0);
    }
}
