//! Which screen shows the slides and which the presenter view, from the monitors the system
//! reports.
//!
//! egui 0.37 tells a viewport only the size of the monitor it is on (`ViewportInfo::monitor_size`),
//! not how many there are; eframe hands the app its window, whose monitors are listed here. A
//! window is then sent to a monitor by its place in that list: the slides with
//! `ViewportCommand::SetMonitor`, the presenter view with `ViewportBuilder::with_monitor`, both
//! borderless full screen there, which works on Windows, macOS, X11 and Wayland alike (Wayland
//! lets no program place a window by its coordinates).
//!
//! Limits: monitors that mirror each other are one screen, and so are monitors the system does
//! not report apart; with one screen the presenter view shows inside the slides' window, which a
//! mirrored projector shows too. Tests, and systems that name no monitors, have one screen.

use egui::Rect;

use crate::i18n::{Tr, msg};
use serde::{Deserialize, Serialize};

/// Which screen the slides go to when there are two; the presenter view takes the other.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SlidesScreen {
    /// The screen the app's window is not on: the speaker starts the app on the laptop, so
    /// the slides go to the projector.
    #[default]
    Automatic,
    First,
    Second,
}

impl SlidesScreen {
    pub const ALL: [SlidesScreen; 3] = [
        SlidesScreen::Automatic,
        SlidesScreen::First,
        SlidesScreen::Second,
    ];

    fn message(self) -> &'static str {
        match self {
            SlidesScreen::Automatic => msg("talk-slides-other-screen"),
            SlidesScreen::First => msg("talk-slides-screen-1"),
            SlidesScreen::Second => msg("talk-slides-screen-2"),
        }
    }

    /// The choice in the Screens menu, in the language of `tr`.
    pub fn label(self, tr: &Tr) -> String {
        tr.t(self.message())
    }

    /// What the choice does, in the language of `tr`.
    pub fn tooltip(self, tr: &Tr) -> String {
        tr.attr(self.message(), "tooltip")
    }
}

/// One monitor as the system reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct Monitor {
    /// Its place in the system's list, which is how a window is sent to it.
    pub index: usize,
    pub name: Option<String>,
    /// Where it is on the desktop, in pixels.
    pub rect: Rect,
}

/// The screens there are: monitors that show different things.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screens {
    screens: Vec<Monitor>,
    /// The screen the app's window is on, if known: a place in `screens`.
    window_on: Option<usize>,
}

/// Where the talk's two windows go: monitors by their place in the system's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub slides: usize,
    pub presenter: usize,
}

impl Screens {
    /// The screens of `monitors`, mirrored ones counted once; `window_on` is the rect of the
    /// monitor the window is on.
    pub fn new(monitors: Vec<Monitor>, window_on: Option<Rect>) -> Self {
        let mut screens: Vec<Monitor> = Vec::new();
        for monitor in monitors {
            // A mirror shows the same as a screen already counted: the same place on the desktop.
            let mirrors = screens.iter().any(|s| overlap(s.rect, monitor.rect) > 0.5);
            if !mirrors && monitor.rect.width() > 0.0 && monitor.rect.height() > 0.0 {
                screens.push(monitor);
            }
        }
        let window_on = window_on.and_then(|w| {
            screens
                .iter()
                .enumerate()
                .max_by(|a, b| overlap(a.1.rect, w).total_cmp(&overlap(b.1.rect, w)))
                .filter(|(_, s)| overlap(s.rect, w) > 0.0)
                .map(|(i, _)| i)
        });
        Screens { screens, window_on }
    }

    /// How many screens show different things.
    pub fn count(&self) -> usize {
        self.screens.len()
    }

    /// Screen `n` (from 1) for a menu: its number, name and size, in the language of `tr`.
    pub fn describe(&self, n: usize, tr: &Tr) -> Option<String> {
        let s = self.screens.get(n.checked_sub(1)?)?;
        let size = format!("{:.0}×{:.0}", s.rect.width(), s.rect.height());
        Some(match &s.name {
            Some(name) => crate::tr!(
                tr,
                "talk-screen-named",
                number = n,
                name = name.as_str(),
                size = size
            ),
            None => crate::tr!(tr, "talk-screen", number = n, size = size),
        })
    }

    /// Where the slides and the presenter view go, with two screens or more; `None` with one.
    pub fn placement(&self, choice: SlidesScreen) -> Option<Placement> {
        if self.screens.len() < 2 {
            return None;
        }
        let (slides, presenter) = match choice {
            SlidesScreen::First => (0, 1),
            SlidesScreen::Second => (1, 0),
            SlidesScreen::Automatic => {
                let here = self.window_on.unwrap_or(0);
                let there = usize::from(here == 0);
                (there, here)
            }
        };
        Some(Placement {
            slides: self.screens[slides].index,
            presenter: self.screens[presenter].index,
        })
    }
}

/// How much of the smaller of `a` and `b` the two share, from 0 to 1.
fn overlap(a: Rect, b: Rect) -> f32 {
    let shared = a.intersect(b);
    if shared.width() <= 0.0 || shared.height() <= 0.0 {
        return 0.0;
    }
    let smaller = a.area().min(b.area());
    if smaller <= 0.0 {
        0.0
    } else {
        shared.area() / smaller
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{pos2, vec2};

    fn monitor(index: usize, x: f32, w: f32) -> Monitor {
        Monitor {
            index,
            name: Some(format!("OUT-{index}")),
            rect: Rect::from_min_size(pos2(x, 0.0), vec2(w, 1080.0)),
        }
    }

    #[test]
    fn one_screen_has_no_placement() {
        let screens = Screens::new(vec![monitor(0, 0.0, 1920.0)], None);
        assert_eq!(screens.count(), 1);
        assert_eq!(screens.placement(SlidesScreen::First), None);
        assert_eq!(Screens::default().placement(SlidesScreen::Automatic), None);
    }

    #[test]
    fn mirrored_monitors_are_one_screen() {
        let screens = Screens::new(vec![monitor(0, 0.0, 1920.0), monitor(1, 0.0, 1920.0)], None);
        assert_eq!(screens.count(), 1);
        assert_eq!(screens.placement(SlidesScreen::Automatic), None);
    }

    #[test]
    fn automatic_sends_the_slides_away_from_the_window() {
        let laptop = monitor(0, 0.0, 1440.0);
        let projector = monitor(1, 1440.0, 1920.0);
        let on_laptop = Rect::from_min_size(pos2(100.0, 100.0), vec2(800.0, 600.0));
        let screens = Screens::new(vec![laptop.clone(), projector.clone()], Some(on_laptop));
        assert_eq!(
            screens.placement(SlidesScreen::Automatic),
            Some(Placement {
                slides: 1,
                presenter: 0
            })
        );
        let on_projector = Rect::from_min_size(pos2(1600.0, 100.0), vec2(800.0, 600.0));
        let screens = Screens::new(vec![laptop, projector], Some(on_projector));
        assert_eq!(
            screens.placement(SlidesScreen::Automatic),
            Some(Placement {
                slides: 0,
                presenter: 1
            })
        );
    }

    #[test]
    fn the_setting_chooses_and_keeps_the_system_s_numbers() {
        // A mirror of the first monitor listed between the two screens.
        let screens = Screens::new(
            vec![
                monitor(0, 0.0, 1920.0),
                monitor(1, 0.0, 1920.0),
                monitor(2, 1920.0, 1280.0),
            ],
            None,
        );
        assert_eq!(screens.count(), 2);
        assert_eq!(
            screens.placement(SlidesScreen::First),
            Some(Placement {
                slides: 0,
                presenter: 2
            })
        );
        assert_eq!(
            screens.placement(SlidesScreen::Second),
            Some(Placement {
                slides: 2,
                presenter: 0
            })
        );
        let en = Tr::default();
        assert_eq!(
            screens.describe(2, &en).as_deref(),
            Some("Screen 2: OUT-2, 1280×1080")
        );
        assert_eq!(
            screens.describe(2, &Tr::new("ru")).as_deref(),
            Some("Экран 2: OUT-2, 1280×1080")
        );
        assert_eq!(screens.describe(3, &en), None);
    }
}
