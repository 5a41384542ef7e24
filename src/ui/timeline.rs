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

/// Where the timeline can stop: each year from the first to the last, then, when some value's
/// source gives no year, a stop for those values (`None`), apart from the years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stops {
    /// The first and last year; `None` when no value has a year.
    pub years: Option<(i32, i32)>,
    /// How many values have no year given.
    pub no_year: usize,
}

impl Stops {
    pub fn of(route: &crate::model::Route) -> Self {
        Stops {
            years: crate::flows::year_span(route),
            no_year: route
                .layers
                .iter()
                .flat_map(|l| &l.values)
                .filter(|v| v.year.is_none())
                .count(),
        }
    }

    /// Whether there is nothing to stop at: no flow values.
    pub fn is_empty(&self) -> bool {
        self.years.is_none() && self.no_year == 0
    }

    /// Every stop in order.
    fn all(&self) -> Vec<Option<i32>> {
        let years = self
            .years
            .into_iter()
            .flat_map(|(first, last)| first..=last.max(first));
        let no_year = (self.no_year > 0).then_some(None);
        years.map(Some).chain(no_year).collect()
    }

    /// Where `shown` stands among the stops: a year outside the span at its nearer end.
    fn position(&self, shown: Option<i32>, all: &[Option<i32>]) -> usize {
        let last = all.len().saturating_sub(1);
        match (shown, self.years) {
            (Some(year), Some((first, _))) => {
                usize::try_from(i64::from(year) - i64::from(first)).map_or(0, |i| i.min(last))
            }
            _ => last,
        }
    }

    /// The stop `delta` stops after (before, for a negative `delta`) `shown`, stopping at the
    /// ends.
    pub fn step(&self, shown: Option<i32>, delta: i32) -> Option<i32> {
        let all = self.all();
        let Some(&end) = all.last() else {
            return shown;
        };
        let at = self.position(shown, &all) as i64 + i64::from(delta);
        let at = usize::try_from(at.max(0)).unwrap_or_default();
        all.get(at).copied().unwrap_or(end)
    }

    /// The stop after `shown`, from the last back to the first: for playing.
    fn next_looping(&self, shown: Option<i32>) -> Option<i32> {
        let all = self.all();
        let next = self.position(shown, &all) + 1;
        all.get(next).or(all.first()).copied().unwrap_or(shown)
    }
}

impl Timeline {
    pub fn play(&mut self, now: f64) {
        self.playing = true;
        self.last_step = now;
    }

    /// Advances the shown year when its time is up, through the stops; loops from the last
    /// back to the first. Returns how long until the next step, for the app to wake then.
    pub fn tick(&mut self, now: f64, shown: &mut Option<i32>, stops: Stops) -> Option<f64> {
        if !self.playing {
            return None;
        }
        let interval = self.seconds_per_year.max(0.1);
        if now - self.last_step >= interval {
            *shown = stops.next_looping(*shown);
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

/// The timeline bar: play/pause, the year slider, then the stop for values with no year given,
/// apart from the years, and speed. Pushes commands; changes the shown year.
pub fn show(
    ui: &mut Ui,
    timeline: &mut Timeline,
    shown: &mut Option<i32>,
    stops: Stops,
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
        ui.label(
            RichText::new(crate::flows::year_words(&tr, *shown))
                .strong()
                .size(20.0),
        );
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
        let no_year_label = tr.t("timeline-no-year");
        let words: f32 = [
            tr.t("timeline-year"),
            per_year(timeline.seconds_per_year),
            tr.t("timeline-speed"),
            motion_label.clone(),
            if stops.no_year > 0 {
                no_year_label.clone()
            } else {
                String::new()
            },
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
        if let Some((first, last)) = stops.years {
            // Standing at the last year while the values with no year are shown.
            let mut year = shown.unwrap_or(last);
            if ui
                .add(
                    egui::Slider::new(&mut year, first..=last.max(first))
                        .step_by(1.0)
                        .show_value(false)
                        .text(tr.t("timeline-year")),
                )
                .changed()
            {
                *shown = Some(year);
            }
        }
        if stops.no_year > 0
            && ui
                .selectable_label(shown.is_none(), no_year_label)
                .on_hover_text(crate::tr!(
                    tr,
                    "timeline-no-year-tooltip",
                    count = stops.no_year
                ))
                .clicked()
        {
            *shown = None;
        }
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
        let stops = Stops {
            years: Some((2022, 2027)),
            no_year: 0,
        };
        assert_eq!(stops.step(Some(2024), 1), Some(2025));
        assert_eq!(stops.step(Some(2027), 1), Some(2027));
        assert_eq!(stops.step(Some(2022), -1), Some(2022));
        assert_eq!(stops.step(Some(1990), 1), Some(2023));
    }

    #[test]
    fn values_with_no_year_have_a_stop_after_the_last_year() {
        let stops = Stops {
            years: Some((2022, 2027)),
            no_year: 3,
        };
        assert_eq!(stops.step(Some(2027), 1), None, "after the years");
        assert_eq!(stops.step(None, 1), None, "the end");
        assert_eq!(stops.step(None, -1), Some(2027));
        let only = Stops {
            years: None,
            no_year: 1,
        };
        assert_eq!(only.step(None, 1), None);
        assert_eq!(only.step(None, -1), None);
        assert!(Stops::default().is_empty() && !only.is_empty());
    }

    #[test]
    fn playing_advances_each_interval_and_loops() {
        let mut t = Timeline {
            seconds_per_year: 1.0,
            ..Timeline::default()
        };
        let stops = Stops {
            years: Some((2022, 2027)),
            no_year: 2,
        };
        let mut year = Some(2026);
        assert_eq!(t.tick(0.0, &mut year, stops), None, "paused");
        t.play(10.0);
        let wait = t.tick(10.4, &mut year, stops).expect("playing");
        assert!((wait - 0.6).abs() < 1e-9, "{wait}");
        assert_eq!(year, Some(2026));
        t.tick(11.0, &mut year, stops);
        assert_eq!(year, Some(2027));
        t.tick(12.0, &mut year, stops);
        assert_eq!(year, None, "then the values with no year");
        t.tick(13.0, &mut year, stops);
        assert_eq!(year, Some(2022), "loops to the first year");
    }
}
