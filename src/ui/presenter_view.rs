//! The presenter view: what the speaker sees and the audience does not. This slide and the next
//! as the audience sees them (the map with its cards, drawn smaller), the notes, the time gone
//! and the clock, large buttons to step, and every slide by number and title to jump to.
//!
//! With two screens it is a window of its own, full screen on the speaker's screen, which reads
//! the talk's keys as the slides' window does. With one screen it stands around the slide in the
//! slides' window, so it never covers the slide.

use crate::i18n::Tr;
use crate::tr;
use crate::ui::tr::TrContext;
use egui::emath::TSTransform;
use egui::{Align, Button, Color32, Layout, Panel, Rect, RichText, ScrollArea, Ui, vec2};

use crate::map::camera::ScreenTransform;
use crate::model::Route;
use crate::scene::RouteGeometry;
use crate::scene::picture::slide_overlay;
use crate::scene::slide::{self, SlideOptions, SlidePage};
use crate::scene::slide_layout;
use crate::text::fonts;

use super::commands::Command;
use super::map_view::{self, MapState, PreviewOf};
use super::painter;
use super::presentation::Presentation;

/// The labels of the large buttons in English, by which tests find them; the buttons say
/// `presenter-previous` and `presenter-next` in the interface's language.
pub const PREVIOUS: &str = "◀  Previous slide";
pub const NEXT: &str = "Next slide  ▶";

/// What the presenter view shows besides the talk's own state.
pub struct Talk<'a> {
    pub route: &'a Route,
    pub geometry: &'a RouteGeometry,
    /// Where the audience sees the slides: the slides' map, whose layout the pictures scale
    /// down.
    pub audience: Rect,
    pub now: f64,
    /// The time of day, such as "14:05".
    pub clock: String,
    pub translation: bool,
    pub legend: bool,
    /// The talk's language, in which the slides speak; the presenter view's own words are the
    /// interface's.
    pub words: Tr,
}

/// What the speaker asked of the presenter view this frame.
#[derive(Debug, Default)]
pub struct PresenterOutput {
    pub commands: Vec<Command>,
    /// A slide picked from the strip of slides.
    pub go_to: Option<usize>,
    /// The speaker closed the presenter view's window.
    pub closed: bool,
}

impl PresenterOutput {
    fn take(&mut self, other: PresenterOutput) {
        self.commands.extend(other.commands);
        self.go_to = other.go_to.or(self.go_to);
    }
}

/// Small maps of the presenter view, each drawn through caches of its own.
const NOW_SLOT: usize = 0;
const NEXT_SLOT: usize = 1;

/// The presenter view in a window of its own, borderless full screen on monitor `monitor`.
/// The talk's keys pressed there reach the talk as they do from the slides' window.
pub fn window(
    ctx: &egui::Context,
    p: &mut Presentation,
    talk: &Talk<'_>,
    map: &mut MapState,
    monitor: usize,
) -> PresenterOutput {
    let mut out = PresenterOutput::default();
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("presenter_view"),
        egui::ViewportBuilder::default()
            .with_title(ctx.tr().t("presenter-window-title"))
            .with_inner_size([1280.0, 800.0])
            .with_monitor(monitor),
        |ui, _class| {
            out.commands = p.keys(ui.ctx());
            if ui.input(|i| i.viewport().close_requested()) {
                out.closed = true;
            }
            out.take(around(ui, p, talk, map));
            egui::CentralPanel::default().show(ui, |ui| {
                ui.label(
                    RichText::new(ui.tr().t("presenter-now"))
                        .size(18.0)
                        .color(quiet(ui)),
                );
                let rect = fit(ui.available_rect_before_wrap(), talk.audience);
                ui.allocate_rect(rect, egui::Sense::hover());
                picture(ui, rect, NOW_SLOT, p.index, p, talk, map);
            });
        },
    );
    out
}

/// The presenter view's parts around the slide: the time and the way out above, the next
/// slide and the notes at the side, the buttons and the slides below. What is left in `ui`
/// is for the slide: the live one in the slides' window, its picture in the presenter's.
pub fn around(
    ui: &mut Ui,
    p: &Presentation,
    talk: &Talk<'_>,
    map: &mut MapState,
) -> PresenterOutput {
    let mut out = PresenterOutput::default();
    // Made first, so Tab reaches the buttons that step before the one that ends the talk.
    Panel::bottom("presenter_controls").show(ui, |ui| controls(ui, p, talk, &mut out));
    Panel::top("presenter_header").show(ui, |ui| header(ui, p, talk, &mut out));
    let width = ui.available_width();
    Panel::right("presenter_next")
        .resizable(true)
        .default_size((width * 0.34).clamp(260.0, 640.0))
        .show(ui, |ui| next_and_notes(ui, p, talk, map));
    out
}

/// Which slide this is, its title, the clock and the time gone, and buttons for the black
/// screen, hiding the presenter view and ending the talk.
fn header(ui: &mut Ui, p: &Presentation, talk: &Talk<'_>, out: &mut PresenterOutput) {
    let palette = crate::ui::theme::palette(ui.ctx());
    let words = ui.tr();
    // On a laptop's narrow screen the buttons leave their keys to their tooltips, so that the
    // header keeps to one line in every language.
    let keys_fit = ui.available_width() >= 1200.0;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(tr!(
                words,
                "presenter-slide-of",
                number = p.index + 1,
                count = slide::count(talk.route)
            ))
            .font(fonts::bold(22.0)),
        );
        let title = slide::page(talk.route, p.index).title(talk.route, &talk.words);
        let title = title.as_str();
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            for command in [
                Command::StopPresentation,
                Command::TogglePresenterView,
                Command::BlackScreen,
            ] {
                let text = words.t(match command {
                    Command::StopPresentation => crate::i18n::msg("presenter-end"),
                    Command::TogglePresenterView => crate::i18n::msg("presenter-hide"),
                    _ if p.black => crate::i18n::msg("presenter-show-slide"),
                    _ => crate::i18n::msg("presenter-black"),
                });
                let text = match command.shortcut_text(ui.ctx()).filter(|_| keys_fit) {
                    Some(key) => tr!(words, "presenter-with-key", text = text, key = key),
                    None => text,
                };
                if pressed(
                    ui.add(Button::new(text))
                        .on_hover_text(command.tooltip(&ui.tr())),
                ) {
                    out.commands.push(command);
                }
            }
            ui.separator();
            ui.label(RichText::new(&talk.clock).font(fonts::bold(26.0)));
            ui.label(RichText::new(words.t("presenter-clock")).color(quiet(ui)));
            ui.separator();
            ui.label(
                RichText::new(elapsed(talk.now - p.started))
                    .font(fonts::bold(26.0))
                    .color(palette.info_text),
            );
            ui.label(RichText::new(words.t("presenter-elapsed")).color(quiet(ui)));
            // The title takes the room left, cut short with "…" on a narrow screen rather than
            // run under the time.
            ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(title).size(20.0)).truncate())
                    .on_hover_text(title);
            });
        });
    });
}

/// The next slide as the audience will see it, then this slide's notes.
fn next_and_notes(ui: &mut Ui, p: &Presentation, talk: &Talk<'_>, map: &mut MapState) {
    let words = ui.tr();
    let count = slide::count(talk.route);
    if p.index + 1 < count {
        let next = slide::page(talk.route, p.index + 1);
        ui.label(
            RichText::new(words.t("presenter-next-heading"))
                .size(18.0)
                .color(quiet(ui)),
        );
        ui.label(RichText::new(next.title(talk.route, &talk.words)).font(fonts::bold(20.0)));
        let width = ui.available_width();
        let size = vec2(
            width,
            width * talk.audience.height() / talk.audience.width(),
        );
        let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
        picture(ui, rect, NEXT_SLOT, p.index + 1, p, talk, map);
    } else {
        ui.label(
            RichText::new(words.t("presenter-last-slide"))
                .size(18.0)
                .color(quiet(ui)),
        );
    }
    ui.add_space(8.0);
    ui.label(
        RichText::new(words.t("presenter-notes"))
            .size(18.0)
            .color(quiet(ui)),
    );
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match slide::page(talk.route, p.index) {
            SlidePage::Story(s) if !s.notes.trim().is_empty() => {
                ui.label(RichText::new(&s.notes).size(24.0));
            }
            _ => {
                ui.label(
                    RichText::new(words.t("presenter-no-notes"))
                        .size(18.0)
                        .color(quiet(ui)),
                );
            }
        });
}

/// Large previous and next buttons, the keys, and every slide by number and title.
fn controls(ui: &mut Ui, p: &Presentation, talk: &Talk<'_>, out: &mut PresenterOutput) {
    let palette = crate::ui::theme::palette(ui.ctx());
    let words = ui.tr();
    let count = slide::count(talk.route);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let big = |text: &str| {
            Button::new(RichText::new(text).font(fonts::bold(24.0))).min_size(vec2(260.0, 64.0))
        };
        let previous = ui
            .add_enabled(p.index > 0, big(&words.t("presenter-previous")))
            .on_hover_text(Command::PreviousSlide.tooltip(&ui.tr()));
        if pressed(previous) {
            out.commands.push(Command::PreviousSlide);
        }
        let next = ui
            .add_enabled(p.index + 1 < count, big(&words.t("presenter-next")))
            .on_hover_text(Command::NextSlide.tooltip(&ui.tr()));
        if pressed(next) {
            out.commands.push(Command::NextSlide);
        }
        ui.add_space(12.0);
        // Two lines whatever they say, so the slide beside them keeps its size.
        ui.vertical(|ui| {
            let (first, second, color) = if !p.typed.is_empty() {
                (
                    tr!(words, "presenter-typing", number = p.typed.as_str()),
                    words.t("presenter-typing-enter"),
                    palette.info_text,
                )
            } else if p.black {
                (
                    words.t("presenter-blacked"),
                    words.t("presenter-blacked-back"),
                    palette.error_text,
                )
            } else {
                (
                    words.t("presenter-keys"),
                    words.t("presenter-keys-jump"),
                    palette.quiet_text,
                )
            };
            ui.label(RichText::new(first).size(17.0).color(color));
            ui.label(RichText::new(second).size(17.0).color(color));
        });
    });
    ui.add_space(4.0);
    ScrollArea::horizontal().show(ui, |ui| {
        ui.horizontal(|ui| {
            for i in 0..count {
                let title = slide::page(talk.route, i).title(talk.route, &talk.words);
                let text = RichText::new(format!("{}  {}", i + 1, title)).size(15.0);
                let button = Button::selectable(i == p.index, text).min_size(vec2(150.0, 44.0));
                let response = ui.add(button).on_hover_text(tr!(
                    words,
                    "presenter-go-to-slide",
                    number = i + 1,
                    title = title.as_str()
                ));
                if i == p.index && shown_first_time(ui, p.index) {
                    response.scroll_to_me(Some(Align::Center));
                }
                if pressed(response) {
                    out.go_to = Some(i);
                }
            }
        });
    });
    ui.add_space(4.0);
}

/// Whether the strip shows slide `index` for the first frame, so it scrolls there once and
/// then leaves the strip where the speaker scrolls it.
fn shown_first_time(ui: &Ui, index: usize) -> bool {
    let id = ui.scope_id().with("shown_slide");
    let before = ui.data_mut(|d| {
        let before = d.get_temp::<usize>(id);
        d.insert_temp(id, index);
        before
    });
    before != Some(index)
}

/// Whether a button was pressed; one pressed with the keyboard gives the keyboard back to the
/// talk, so Space steps again.
fn pressed(response: egui::Response) -> bool {
    let clicked = response.clicked();
    if clicked {
        response.surrender_focus();
    }
    clicked
}

/// Slide `index` as the audience sees it, drawn smaller into `rect`: its map through small map
/// `slot`, and its cards laid out for the audience's screen, then scaled.
fn picture(
    ui: &Ui,
    rect: Rect,
    slot: usize,
    index: usize,
    p: &Presentation,
    talk: &Talk<'_>,
    map: &mut MapState,
) {
    let audience = talk.audience;
    let measure = map_view::text_measure(ui.ctx());
    let options = SlideOptions {
        translation: talk.translation,
        status: None,
        legend: talk.legend,
        tr: talk.words.clone(),
    };
    let state = slide_layout::state(
        talk.route,
        talk.geometry,
        index,
        audience,
        &p.opening,
        &options,
        &measure,
    );
    let layout = slide_layout::layout(
        talk.route,
        talk.geometry,
        index,
        audience,
        &state.flows,
        &options,
        &measure,
    );
    let scale = rect.width() / audience.width().max(1.0);
    let to_picture = TSTransform::new(rect.min.to_vec2() - audience.min.to_vec2() * scale, scale);
    let mut camera = layout.camera;
    camera.km_per_px /= f64::from(scale.max(1e-3));
    map_view::preview(
        ui,
        rect,
        slot,
        map,
        talk.route,
        talk.geometry,
        &PreviewOf {
            flows: &state.flows,
            selected: state.selection,
            // Labels as large as the audience sees them would be unreadable; a little larger.
            text_scale: (slide_layout::label_scale(audience) * scale).max(0.6),
            camera,
            covered: layout.covered().iter().map(|r| to_picture * *r).collect(),
            first_labels: layout.focus.clone(),
            language: talk.words.language(),
        },
    );
    let over = slide_overlay(
        &layout,
        talk.geometry,
        &ScreenTransform::new(layout.camera, audience),
        true,
        false,
        &talk.words,
        &measure,
    );
    let painter = ui.painter_at(rect);
    let mut shapes = Vec::new();
    for item in &over.items {
        painter::shapes_of(&painter, item, &mut shapes);
    }
    for shape in &mut shapes {
        shape.transform(to_picture);
    }
    painter.extend(shapes);
    if index == p.index {
        // The slide on screen is read as the audience's is; the next one only by its title.
        super::presentation::readable_text(
            ui,
            &over.readable,
            to_picture,
            ui.scope_id().with(("presenter_slide_text", slot, index)),
        );
    }
    if p.black && index == p.index {
        // The speaker still sees the slide, marked as hidden from the audience.
        painter.rect_filled(rect, 0.0, Color32::from_black_alpha(170));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            ui.tr().t("presenter-black"),
            fonts::bold(28.0),
            Color32::WHITE,
        );
    }
}

/// The largest rect of the audience's shape in `space`, at its top.
fn fit(space: Rect, audience: Rect) -> Rect {
    let aspect = audience.width() / audience.height().max(1.0);
    let width = space.width().min(space.height() * aspect).max(1.0);
    Rect::from_min_size(space.min, vec2(width, width / aspect.max(1e-3)))
}

/// Time gone as minutes and seconds, with hours once there are any.
pub fn elapsed(seconds: f64) -> String {
    let s = seconds.max(0.0) as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

/// The time of day where the talk is given, such as "14:05".
pub fn clock() -> String {
    jiff::Zoned::now().strftime("%H:%M").to_string()
}

/// The colour of the view's quiet lines in the interface's theme.
fn quiet(ui: &Ui) -> Color32 {
    crate::ui::theme::palette(ui.ctx()).quiet_text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_buttons_say_what_tests_find_them_by() {
        let en = Tr::default();
        assert_eq!(en.t("presenter-previous"), PREVIOUS);
        assert_eq!(en.t("presenter-next"), NEXT);
    }

    #[test]
    fn elapsed_time_reads_as_a_clock() {
        assert_eq!(elapsed(-3.0), "00:00");
        assert_eq!(elapsed(59.9), "00:59");
        assert_eq!(elapsed(754.0), "12:34");
        assert_eq!(elapsed(3600.0 + 62.0), "1:01:02");
    }

    #[test]
    fn pictures_keep_the_audience_s_shape() {
        let audience = Rect::from_min_size(egui::Pos2::ZERO, vec2(1920.0, 1080.0));
        let wide = Rect::from_min_size(egui::pos2(10.0, 20.0), vec2(1000.0, 300.0));
        let r = fit(wide, audience);
        assert_eq!(r.min, wide.min);
        assert!((r.height() - 300.0).abs() < 0.01);
        assert!((r.width() / r.height() - 16.0 / 9.0).abs() < 0.01);
        let tall = Rect::from_min_size(egui::Pos2::ZERO, vec2(400.0, 900.0));
        assert!((fit(tall, audience).width() - 400.0).abs() < 0.01);
    }
}
