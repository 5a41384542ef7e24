//! A window remembered from a larger screen is fitted to the screen it opens on.
//!
//! eframe brings back the window's size and place from the last run, but holds the size only to
//! the largest monitor's and, outside Windows, does not check the place at all: moved from a
//! laptop's screen to a 1024×768 projector, the window opens past the screen's edge. In its first
//! seconds on a known monitor, while the system places and frames it, the window is shrunk and
//! moved to fit; after that, where the user puts it is where it stays.

use egui::{Pos2, Rect, Vec2, ViewportCommand, pos2};

/// The window as the system reports it, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WindowPlace {
    /// The window with its frame, on the desktop; unknown where the system does not tell
    /// (Wayland).
    pub outer: Option<Rect>,
    /// The size of what the app draws in, without the frame.
    pub inner_size: Vec2,
}

/// What to change to fit the window; `None` leaves that as it is.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fit {
    /// The frame's new top-left on the desktop.
    pub outer_position: Option<Pos2>,
    pub inner_size: Option<Vec2>,
}

/// The window fitted to a monitor of `monitor` points.
///
/// The frame is as large as it is now. Only the monitor's size is known, not where it lies on the
/// desktop, so the monitor is taken to start at the desktop's origin (one screen, or the primary
/// one) when the window overlaps that rectangle; a window elsewhere, on a second screen, is only
/// shrunk.
pub fn fit_to_monitor(window: WindowPlace, monitor: Vec2) -> Fit {
    if !(monitor.x > 0.0 && monitor.y > 0.0) {
        return Fit::default();
    }
    let frame = window.outer.map_or(Vec2::ZERO, |outer| {
        (outer.size() - window.inner_size).max(Vec2::ZERO)
    });
    let inner = window.inner_size.min(monitor - frame).max(Vec2::splat(1.0));
    let mut fit = Fit {
        inner_size: (inner != window.inner_size).then_some(inner),
        outer_position: None,
    };
    if let Some(outer) = window.outer {
        let screen = Rect::from_min_size(Pos2::ZERO, monitor);
        if outer.intersects(screen) {
            let size = inner + frame;
            let at = pos2(
                outer.min.x.min(monitor.x - size.x).max(0.0),
                outer.min.y.min(monitor.y - size.y).max(0.0),
            );
            fit.outer_position = (at != outer.min).then_some(at);
        }
    }
    fit
}

/// How long the window is watched after its monitor is first known: the system places a new
/// window, and only then tells the size of its frame, some frames after it opens.
const SETTLE_SECONDS: f64 = 2.0;

/// Fits the window in its first seconds on a known monitor, as the system places and frames it.
#[derive(Debug, Default)]
pub struct WindowFitter {
    /// When the monitor was first known.
    since: Option<f64>,
    done: bool,
}

impl WindowFitter {
    /// Looks at the window at this frame and, if it does not fit its monitor, asks for the size
    /// and place that do; after the first seconds, leaves the window alone.
    pub fn run(&mut self, ctx: &egui::Context) {
        if self.done {
            return;
        }
        let (info, now) = ctx.input(|i| (i.viewport().clone(), i.time));
        let Some(monitor) = info.monitor_size else {
            return;
        };
        let since = *self.since.get_or_insert(now);
        if info.fullscreen == Some(true) || info.maximized == Some(true) {
            self.done = true;
            return;
        }
        let window = WindowPlace {
            outer: info.outer_rect,
            inner_size: info
                .inner_rect
                .map_or_else(|| ctx.content_rect().size(), |r| r.size()),
        };
        let fit = fit_to_monitor(window, monitor);
        if let Some(size) = fit.inner_size {
            log::info!("the window is larger than the screen: fitted to {size:?}");
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
        }
        if let Some(at) = fit.outer_position {
            log::info!("the window is past the screen's edge: moved to {at:?}");
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(at));
        }
        if now - since > SETTLE_SECONDS {
            self.done = true;
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::vec2;

    const PROJECTOR: Vec2 = vec2(1024.0, 768.0);
    /// A title bar 30 points high.
    fn framed(at: Pos2, inner: Vec2) -> WindowPlace {
        WindowPlace {
            outer: Some(Rect::from_min_size(at, inner + vec2(0.0, 30.0))),
            inner_size: inner,
        }
    }

    #[test]
    fn a_window_that_fits_is_left_alone() {
        let window = framed(pos2(50.0, 40.0), vec2(900.0, 600.0));
        assert_eq!(fit_to_monitor(window, PROJECTOR), Fit::default());
    }

    #[test]
    fn a_window_from_a_larger_screen_is_shrunk_and_moved_onto_the_screen() {
        let window = framed(pos2(200.0, 100.0), vec2(1440.0, 900.0));
        let fit = fit_to_monitor(window, PROJECTOR);
        assert_eq!(fit.inner_size, Some(vec2(1024.0, 738.0)));
        assert_eq!(fit.outer_position, Some(pos2(0.0, 0.0)));
    }

    #[test]
    fn a_window_past_the_edge_is_moved_back_whole() {
        let window = framed(pos2(600.0, 400.0), vec2(800.0, 500.0));
        let fit = fit_to_monitor(window, PROJECTOR);
        assert_eq!(fit.inner_size, None);
        assert_eq!(fit.outer_position, Some(pos2(224.0, 238.0)));
        let above = framed(pos2(-40.0, -10.0), vec2(800.0, 500.0));
        assert_eq!(
            fit_to_monitor(above, PROJECTOR).outer_position,
            Some(pos2(0.0, 0.0))
        );
    }

    #[test]
    fn without_a_known_place_only_the_size_is_fitted() {
        let window = WindowPlace {
            outer: None,
            inner_size: vec2(1440.0, 900.0),
        };
        let fit = fit_to_monitor(window, PROJECTOR);
        assert_eq!(fit.inner_size, Some(PROJECTOR));
        assert_eq!(fit.outer_position, None);
    }

    #[test]
    fn a_window_on_another_screen_is_only_shrunk() {
        let window = framed(pos2(1920.0, 0.0), vec2(1440.0, 900.0));
        let fit = fit_to_monitor(window, PROJECTOR);
        assert_eq!(fit.inner_size, Some(vec2(1024.0, 738.0)));
        assert_eq!(fit.outer_position, None);
    }

    #[test]
    fn an_unknown_monitor_changes_nothing() {
        let window = framed(pos2(200.0, 100.0), vec2(1440.0, 900.0));
        assert_eq!(fit_to_monitor(window, Vec2::ZERO), Fit::default());
    }
}
