//! The talk: starting and stopping it on the screens there are, going to a slide, how long a
//! slide stays up when the talk plays by itself, and the pass that draws it with the presenter
//! view, framing the slide again when its map changes size and hiding a still pointer.

use egui::{Ui, ViewportCommand};

use crate::map::camera::ScreenTransform;
use crate::scene::picture::Furniture;
use crate::scene::slide::{self, SlideOptions, SlidePage};
use crate::scene::slide_layout::{SlideLayout, label_scale};
use crate::scene::{FlowView, Highlight, SceneOptions};
use crate::ui::commands::Command;
use crate::ui::presentation::{self, HIDE_POINTER_AFTER, Presentation, SavedView};
use crate::ui::presenter_view::{self, PresenterOutput, Talk};
use crate::ui::screens::{Screens, SlidesScreen};

use super::CorridorApp;

/// Labels on the map are read from the back of a hall.
pub use crate::scene::slide::PRESENTING_TEXT_SCALE;

/// Seconds the camera takes to fly to a slide.
const SLIDE_SECONDS: f64 = 1.1;

impl CorridorApp {
    /// The talk: the map full screen under the slide's cards. With the presenter view open and
    /// one screen, the presenter view stands around the slide; with two, it has its own window.
    pub(super) fn present(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        if let Some(p) = &mut self.presentation {
            let commands = p.keys(&ctx);
            self.pending.extend(commands);
        }
        if let Some(next) = self.presentation.as_ref().and_then(|p| p.autoplay_next) {
            if now >= next {
                let count = slide::count(&self.route);
                let index = self.presentation.as_ref().map_or(0, |p| p.index);
                self.go_to_slide((index + 1) % count, now);
            } else {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(next - now));
            }
        }

        let (beside, in_window) = match &self.presentation {
            Some(p) if p.presenter_view => (p.placement.is_none(), p.placement),
            _ => (false, None),
        };
        let clock = if beside || in_window.is_some() {
            // The timer and the clock move on by the second.
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
            presenter_view::clock()
        } else {
            String::new()
        };
        let audience = self.map.rect.unwrap_or_else(|| {
            egui::Rect::from_min_size(egui::Pos2::ZERO, ctx.content_rect().size())
        });
        if beside && let Some(p) = &self.presentation {
            let talk = Talk {
                route: &self.route,
                geometry: &self.geometry,
                audience,
                now,
                clock: clock.clone(),
                translation: self.settings.show_translation,
                legend: self.settings.show_legend,
                words: self.talk_tr.clone(),
            };
            let out = presenter_view::around(ui, p, &talk, &mut self.map);
            self.take_presenter_output(out, now);
        }

        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let rect = ui.available_rect_before_wrap();
                let Some(p) = &self.presentation else {
                    return;
                };
                // The slide speaks the talk's language.
                let options = presentation::slide_options(
                    p,
                    self.settings.show_translation,
                    self.settings.show_legend,
                    &self.talk_tr,
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
                self.frame_slide(&ctx, &layout, rect, options, now);
                // Labels keep clear of the cards, the slide's places labelled first; the scale
                // bar and credits come with the cards, over the map.
                let mut map_options = SceneOptions::plain(Highlight::default(), label_scale(rect));
                map_options.covered = layout.covered();
                map_options.first_labels = layout.focus.clone();
                map_options.language = self.talk_tr.language().to_owned();
                let bare = Furniture {
                    title: None,
                    legend: false,
                    scale_bar: false,
                    attribution: false,
                    tr: self.talk_tr.clone(),
                };
                let response = self.show_map(ui, map_options, &bare);
                if response.clicked.is_some() {
                    self.pending.push(Command::NextSlide);
                }
                if let Some(p) = &self.presentation {
                    let view = ScreenTransform::new(self.map.camera, rect);
                    presentation::paint_overlay(
                        ui,
                        &view,
                        &layout,
                        &self.geometry,
                        p,
                        &self.talk_tr,
                    );
                }
            });

        if let (Some(monitor), Some(p)) = (in_window, &mut self.presentation) {
            let talk = Talk {
                route: &self.route,
                geometry: &self.geometry,
                audience,
                now,
                clock,
                translation: self.settings.show_translation,
                legend: self.settings.show_legend,
                words: self.talk_tr.clone(),
            };
            let out = presenter_view::window(&ctx, p, &talk, &mut self.map, monitor.presenter);
            self.take_presenter_output(out, now);
        }
        self.hide_a_still_pointer(&ctx, now);
    }

    /// Queues what the presenter view asked for.
    fn take_presenter_output(&mut self, out: PresenterOutput, now: f64) {
        self.pending.extend(out.commands);
        if let Some(index) = out.go_to {
            self.go_to_slide(index, now);
        }
        if out.closed
            && let Some(p) = &mut self.presentation
        {
            p.presenter_view = false;
        }
    }

    /// Frames the slide on screen for its layout: flying there when the slide changed, and
    /// cutting (or turning a flight under way) when only the screen or the cards did: going
    /// full screen, the presenter view opening beside the slide, the legend turned on.
    fn frame_slide(
        &mut self,
        ctx: &egui::Context,
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
            self.map.fly_to(layout.camera, now, SLIDE_SECONDS);
        } else if let Some(flight) = &mut self.map.flight {
            flight.to = layout.camera;
        } else {
            self.map.camera = layout.camera;
        }
        ctx.request_repaint();
    }

    /// Hides the pointer over the slides once it has been still a while; moving it brings it
    /// back.
    fn hide_a_still_pointer(&mut self, ctx: &egui::Context, now: f64) {
        let Some(p) = &mut self.presentation else {
            return;
        };
        let moved = ctx.input(|i| {
            i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::PointerMoved(_)
                        | egui::Event::MouseMoved(_)
                        | egui::Event::PointerButton { .. }
                        | egui::Event::MouseWheel { .. }
                )
            })
        });
        if moved {
            p.pointer_moved_at = now;
        }
        let still = now - p.pointer_moved_at;
        if still >= HIDE_POINTER_AFTER {
            ctx.set_cursor_icon(egui::CursorIcon::None);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                HIDE_POINTER_AFTER - still,
            ));
        }
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
        let mut p = Presentation::new(saved, opening, now);
        // With two screens the slides go full screen on one, and the presenter view opens
        // full screen on the other; with one, the slides fill it and P shows the presenter
        // view around the slide.
        p.placement = self.screens.placement(self.settings.slides_screen);
        match p.placement {
            Some(placement) => {
                p.presenter_view = true;
                p.window_was_at = ctx.input(|i| i.viewport().outer_rect).map(|r| r.min);
                ctx.send_viewport_cmd(ViewportCommand::SetMonitor(placement.slides));
            }
            None => ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true)),
        }
        self.presentation = Some(p);
        self.settings.timeline.playing = false;
        // The route's texts on the slides in the talk's language.
        self.show_route_in(self.talk_tr.language());
        self.go_to_slide(at, now);
    }

    /// Ends the talk and puts back the view it started from.
    pub(super) fn stop_presentation(&mut self, ctx: &egui::Context) {
        let Some(p) = self.presentation.take() else {
            return;
        };
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        if let Some(at) = p.window_was_at {
            // Back from the slides' screen to where the window was.
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(at));
        }
        self.map.flight = None;
        self.map.camera = p.saved.camera;
        self.map.auto_fit = false;
        self.flows = p.saved.flows;
        self.selection = p.saved.selection;
        self.page = p.saved.page;
        self.show_route_in(self.tr.language());
    }

    /// Shows slide `index`: its layers, year and selection; the camera flies (or cuts) there
    /// once the slide is laid out.
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

impl CorridorApp {
    /// Present › Screens: which screen the slides go to when there are two, and the screens
    /// there are.
    pub(super) fn screens_menu(&mut self, ui: &mut Ui) {
        let tr = self.tr.clone();
        ui.menu_button(tr.t("talk-screens"), |ui| {
            for choice in SlidesScreen::ALL {
                ui.radio_value(&mut self.settings.slides_screen, choice, choice.label(&tr))
                    .on_hover_text(choice.tooltip(&tr));
            }
            ui.separator();
            if self.screens.count() < 2 {
                ui.weak(tr.t("talk-one-screen"));
            }
            for n in 1..=self.screens.count() {
                if let Some(text) = self.screens.describe(n, &tr) {
                    ui.weak(text);
                }
            }
        });
    }

    /// The screens there are, as the system reports them; read again while no talk is on.
    pub fn set_screens(&mut self, screens: Screens) {
        self.screens = screens;
    }
}
