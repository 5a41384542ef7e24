//! The year shown, and playing through the years.

use crate::tr;
use crate::ui::tr::TrContext;
use egui::{RichText, Ui};
use serde::{Deserialize, Serialize};

use super::commands::Command;

/// Playback of the years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Timeline {
    pub seconds_per_year: f64,
    #[serde(skip)]
    pub playing: bool,
    /// When the shown year last changed while playing.
    #[serde(skip)]
    last_step: f64,
}

impl Default for Timeline {
    fn default() -> Self {
        Timeline {
            seconds_per_year: 1.5,
            playing: false,
            last_step: 0.0,
        }
    }
}

/// The year after (or before, for negative `delta`) `year` within `span`, stopping at the ends.
pub fn step_year(year: i32, delta: i32, (first, last): (i32, i32)) -> i32 {
    year.saturating_add(delta).clamp(first, last.max(first))
}

impl Timeline {
    pub fn play(&mut self, now: f64) {
        self.playing = true;
        self.last_step = now;
    }

    /// Advances `year` when its time is up; loops from the last year back to the first. Returns
    /// how long until the next step, for the app to wake then.
    pub fn tick(&mut self, now: f64, year: &mut i32, span: (i32, i32)) -> Option<f64> {
        if !self.playing {
            return None;
        }
        let interval = self.seconds_per_year.max(0.1);
        if now - self.last_step >= interval {
            *year = if *year >= span.1 {
                span.0
            } else {
                step_year(*year, 1, span)
            };
            self.last_step = now;
        }
        Some((self.last_step + interval - now).max(0.0))
    }
}

/// Room after the year slider, in points, besides the words there: the combo box's arrow, the
/// checkbox and the spaces between.
const CONTROLS_ROOM: f32 = 115.0;
/// Room after the year slider at the least, as it was laid out for English.
const LEAST_ROOM_AFTER: f32 = 380.0;

/// The timeline bar: play/pause, the year slider, speed. Pushes commands; changes the year.
pub fn show(
    ui: &mut Ui,
    timeline: &mut Timeline,
    year: &mut i32,
    span: (i32, i32),
    motion: bool,
    commands: &mut Vec<Command>,
) {
    let tr = ui.tr();
    ui.horizontal(|ui| {
        let play = if timeline.playing {
            tr.t("timeline-pause")
        } else {
            tr.t("timeline-play")
        };
        if ui
            .button(play)
            .on_hover_text(Command::PlayPause.tooltip(&tr))
            .clicked()
        {
            commands.push(Command::PlayPause);
        }
        for (label, command) in [("◀", Command::PreviousYear), ("▶", Command::NextYear)] {
            let tip = Command::shortcut_text(command, ui.ctx()).map_or(command.tooltip(&tr), |k| {
                format!("{} ({k})", command.tooltip(&tr))
            });
            let button = crate::ui::a11y::name_button(ui.small_button(label), &command.label(&tr));
            if button.on_hover_text(tip).clicked() {
                commands.push(command);
            }
        }
        ui.label(RichText::new(year.to_string()).strong().size(20.0));
        let per_year = |seconds: f64| {
            tr!(
                tr,
                "timeline-seconds-per-year",
                seconds = tr.number(seconds, 2)
            )
        };
        let motion_label = Command::ToggleMotion.label(&tr);
        // The slider takes what the words after it leave, which are longer in some languages.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let words: f32 = [
            tr.t("timeline-year"),
            per_year(timeline.seconds_per_year),
            tr.t("timeline-speed"),
            motion_label.clone(),
        ]
        .into_iter()
        .map(|text| {
            ui.painter()
                .layout_no_wrap(text, font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        })
        .sum();
        let after = (words + CONTROLS_ROOM).max(LEAST_ROOM_AFTER);
        ui.spacing_mut().slider_width = (ui.available_width() - after).max(120.0);
        ui.add(
            egui::Slider::new(year, span.0..=span.1.max(span.0))
                .step_by(1.0)
                .show_value(false)
                .text(tr.t("timeline-year")),
        );
        egui::ComboBox::from_label(tr.t("timeline-speed"))
            .selected_text(per_year(timeline.seconds_per_year))
            .show_ui(ui, |ui| {
                for s in [0.5, 1.0, 1.5, 3.0] {
                    ui.selectable_value(&mut timeline.seconds_per_year, s, per_year(s));
                }
            });
        let mut on = motion;
        if ui
            .checkbox(&mut on, motion_label)
            .on_hover_text(Command::ToggleMotion.tooltip(&tr))
            .changed()
        {
            commands.push(Command::ToggleMotion);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_stops_at_the_ends() {
        assert_eq!(step_year(2024, 1, (2022, 2027)), 2025);
        assert_eq!(step_year(2027, 1, (2022, 2027)), 2027);
        assert_eq!(step_year(2022, -1, (2022, 2027)), 2022);
        assert_eq!(step_year(1990, 1, (2022, 2027)), 2022);
    }

    #[test]
    fn playing_advances_each_interval_and_loops() {
        let mut t = Timeline {
            seconds_per_year: 1.0,
            ..Timeline::default()
        };
        let mut year = 2026;
        assert_eq!(t.tick(0.0, &mut year, (2022, 2027)), None, "paused");
        t.play(10.0);
        let wait = t.tick(10.4, &mut year, (2022, 2027)).expect("playing");
        assert!((wait - 0.6).abs() < 1e-9, "{wait}");
        assert_eq!(year, 2026);
        t.tick(11.0, &mut year, (2022, 2027));
        assert_eq!(year, 2027);
        t.tick(12.0, &mut year, (2022, 2027));
        assert_eq!(year, 2022, "loops to the first year");
    }
}
