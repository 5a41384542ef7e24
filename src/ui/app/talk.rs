//! The talk: starting and stopping it, going to a slide, how long a slide stays up when the talk
//! plays by itself, slide numbers typed on the keyboard, and the pass that draws it.

use egui::Ui;

use crate::map::camera::ScreenTransform;
use crate::scene::picture::Furniture;
use crate::scene::slide::{self, SlideOptions, SlidePage};
use crate::scene::slide_layout::{SlideLayout, label_scale};
use crate::scene::{FlowView, Highlight, SceneOptions};
use crate::ui::commands::{Command, Mode};
use crate::ui::presentation::{self, Presentation, SavedView};

use super::CorridorApp;

/// Labels on the map are read from the back of a hall.
pub use crate::scene::slide::PRESENTING_TEXT_SCALE;

impl CorridorApp {
    /// The talk: the map full screen under the slide's cards.
    pub(super) fn present(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        let autoplay = self.presentation.as_ref().and_then(|p| p.autoplay_next);
        if autoplay.is_some() {
            // Any key or click stops a talk that plays by itself, and does nothing else.
            let touched = ctx.input(|i| {
                i.pointer.any_pressed()
                    || i.events
                        .iter()
                        .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
            });
            if touched {
                ctx.input_mut(|i| i.events.clear());
                if let Some(p) = &mut self.presentation {
                    p.autoplay_next = None;
                }
            }
        }
        self.typed_slide_number(&ctx);
        self.pending.extend(Command::from_keys(&ctx, Mode::Present));
        if let Some(next) = self.presentation.as_ref().and_then(|p| p.autoplay_next) {
            if now >= next {
                let count = slide::count(&self.route);
                let index = self.presentation.as_ref().map_or(0, |p| p.index);
                self.go_to_slide((index + 1) % count, now);
            } else {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(next - now));
            }
        }

        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let rect = ui.available_rect_before_wrap();
                let Some(p) = &self.presentation else {
                    return;
                };
                let options = presentation::slide_options(
                    p,
                    self.settings.show_translation,
                    self.settings.show_legend,
                );
                let layout = presentation::layout(
                    &ctx,
                    rect,
                    &self.route,
                    &self.geometry,
                    &self.flows,
                    p,
                    &options,
                );
                self.frame_slide(&layout, rect, options, now);
                // Labels keep clear of the cards, the slide's places labelled first; the scale
                // bar and credits come with the cards, over the map.
                let mut map_options = SceneOptions::plain(Highlight::default(), label_scale(rect));
                map_options.covered = layout.covered();
                map_options.first_labels = layout.focus.clone();
                let bare = Furniture {
                    title: None,
                    legend: false,
                    scale_bar: false,
                    attribution: false,
                };
                let response = self.show_map(ui, map_options, &bare);
                if response.clicked.is_some() {
                    self.pending.push(Command::NextSlide);
                }
                if let Some(p) = &self.presentation {
                    let view = ScreenTransform::new(self.map.camera, rect);
                    presentation::paint_overlay(ui, &view, &layout, &self.geometry, p);
                }
            });
        if let Some(p) = &mut self.presentation
            && p.presenter_view
        {
            p.presenter_view = presentation::presenter_view(
                &ctx,
                &self.route,
                p,
                now,
                &mut self.map,
                &self.geometry,
            );
        }
    }

    /// Digits typed during a talk collect into a slide number; Enter then jumps there.
    fn typed_slide_number(&mut self, ctx: &egui::Context) {
        let Some(p) = &mut self.presentation else {
            return;
        };
        const DIGITS: [egui::Key; 10] = [
            egui::Key::Num0,
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
            egui::Key::Num6,
            egui::Key::Num7,
            egui::Key::Num8,
            egui::Key::Num9,
        ];
        ctx.input_mut(|input| {
            for (digit, key) in DIGITS.iter().enumerate() {
                if input.consume_key(egui::Modifiers::NONE, *key) && p.typed.len() < 4 {
                    p.typed.push(char::from(b'0' + digit as u8));
                }
            }
            if !p.typed.is_empty() && input.consume_key(egui::Modifiers::NONE, egui::Key::Enter) {
                self.pending.push(Command::GoToTypedSlide);
            }
        });
    }

    /// Starts the talk at slide `at`, full screen, remembering the view to come back to.
    pub(super) fn start_presentation(&mut self, ctx: &egui::Context, at: usize) {
        let now = ctx.input(|i| i.time);
        let saved = SavedView {
            camera: self.map.flight.map_or(self.map.camera, |f| f.to),
            flows: self.flows.clone(),
            selection: self.selection,
            page: self.page,
        };
        let opening = FlowView::all_layers(&self.route, crate::flows::opening_year(&self.route));
        self.presentation = Some(Presentation::new(saved, opening, now));
        self.settings.timeline.playing = false;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        self.go_to_slide(at, now);
    }

    /// Ends the talk and puts back the view it started from.
    pub(super) fn stop_presentation(&mut self, ctx: &egui::Context) {
        let Some(p) = self.presentation.take() else {
            return;
        };
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        self.map.flight = None;
        self.map.camera = p.saved.camera;
        self.map.auto_fit = false;
        self.flows = p.saved.flows;
        self.selection = p.saved.selection;
        self.page = p.saved.page;
    }

    /// Shows slide `index`: its layers, year and selection, and the camera flying (or cutting)
    /// to it.
    pub(super) fn go_to_slide(&mut self, index: usize, now: f64) {
        let Some(p) = &mut self.presentation else {
            return;
        };
        p.index = index.min(slide::count(&self.route) - 1);
        p.typed.clear();
        // The slide's layers, year and selection, as `render --slide` takes them; the camera
        // follows when the slide is laid out for the screen, in the next pass.
        let mut flows = FlowView {
            motion_time: None,
            ..p.opening.clone()
        };
        let page = slide::page(&self.route, p.index);
        slide::apply_flows(&self.route, page, &mut flows);
        self.flows = flows;
        self.selection = slide::selection(&self.route, page);
        let seconds = self
            .presentation
            .as_ref()
            .map(|p| self.slide_seconds(p.index));
        if let (Some(p), Some(seconds)) = (&mut self.presentation, seconds)
            && p.autoplay_next.is_some()
        {
            p.autoplay_next = Some(now + seconds);
        }
    }

    /// Frames the slide on screen for its layout: flying there when the slide changed, and
    /// cutting (or turning a flight under way) when only the screen or the cards did.
    fn frame_slide(
        &mut self,
        layout: &SlideLayout,
        rect: egui::Rect,
        options: SlideOptions,
        now: f64,
    ) {
        let Some(p) = &mut self.presentation else {
            return;
        };
        let key = (p.index, rect, options);
        if p.framed.as_ref() == Some(&key) {
            return;
        }
        let new_slide = p
            .framed
            .as_ref()
            .is_none_or(|(index, _, _)| *index != p.index);
        p.framed = Some(key);
        if new_slide && !self.settings.reduce_motion {
            self.map.fly_to(layout.camera, now, 1.1);
        } else if let Some(flight) = &mut self.map.flight {
            flight.to = layout.camera;
        } else {
            self.map.fly_to(layout.camera, now, 0.0);
        }
    }

    /// Starts the talk playing by itself from the slide on screen, or stops it.
    pub(super) fn toggle_autoplay(&mut self, now: f64) {
        let seconds = self
            .presentation
            .as_ref()
            .map(|p| self.slide_seconds(p.index));
        if let (Some(p), Some(seconds)) = (&mut self.presentation, seconds) {
            p.autoplay_next = match p.autoplay_next {
                Some(_) => None,
                None => Some(now + seconds),
            };
        }
    }

    /// Seconds slide `index` stays up when the talk plays by itself; at least one.
    fn slide_seconds(&self, index: usize) -> f64 {
        match slide::page(&self.route, index) {
            SlidePage::Story(slide) => slide.seconds,
            _ => None,
        }
        .unwrap_or(self.settings.autoplay_seconds)
        .max(1.0)
    }
}
