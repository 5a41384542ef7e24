//! Which panels beside the map are open, docked beside it on a wide window or lying over its
//! edges on a narrow one, such as a 1024×768 or 1280×720 projector.
//!
//! On a wide window the layers and side panels are docked, and whether each shows is saved in
//! the settings. On a narrow one they lie over the map, one at a time so that the map keeps most
//! of the width, and start hidden: a speaker who plugs into a projector finds the map whole, and
//! back at the desk finds the panels as they were. Selecting a place opens the side panel, and
//! deselecting it closes the panel again if that is what opened it.

use egui::Rect;

use crate::map::camera::{Camera, ScreenTransform};
use crate::scene::Target;

use super::CorridorApp;

/// Below this width of the window, in points, the panels lie over the map.
pub const NARROW_BELOW: f32 = 1400.0;
/// Width of the layers panel, docked or over the map.
pub const LAYERS_WIDTH: f32 = 250.0;
/// How much of the window's width the side panel takes over the map, and its least and most.
const SIDE_SHARE: f32 = 0.36;
const SIDE_WIDTH: (f32, f32) = (300.0, 420.0);
/// Points kept between a place and the edge of a panel over the map, room for its name.
const SIGHT_MARGIN: f32 = 120.0;
/// Points spare around the route when it is fitted beside a panel, as when it is fitted whole.
const FIT_MARGIN: f32 = 50.0;
/// Seconds the map takes to move out from under a panel, or to fit beside one.
const MOVE_SECONDS: f64 = 0.6;

/// The panels' state apart from the saved settings.
#[derive(Debug, Default)]
pub struct PanelLayout {
    /// Whether the window was narrow at the last frame.
    pub narrow: bool,
    /// On a narrow window, whether the layers panel lies open over the map.
    pub layers_over_map: bool,
    /// On a narrow window, whether the side panel lies open over the map.
    pub side_over_map: bool,
    /// The side panel was opened by a selection, and closes when nothing is selected.
    pub side_for_selection: bool,
    /// A place just selected, to be moved out from under the panel its selection opened.
    pub bring_into_sight: Option<Target>,
    /// Where the layers panel and the side panel were drawn at the last frame, if they were.
    pub layers_rect: Option<Rect>,
    pub side_rect: Option<Rect>,
}

/// Whether a window `width` points wide is narrow.
pub fn is_narrow(width: f32) -> bool {
    width < NARROW_BELOW
}

/// Width of the side panel over the map of a window `width` points wide.
pub fn side_width(width: f32) -> f32 {
    (width * SIDE_SHARE).clamp(SIDE_WIDTH.0, SIDE_WIDTH.1)
}

impl CorridorApp {
    /// Takes the window's width at this frame; a window that has just become narrow starts with
    /// no panel over its map.
    pub(super) fn set_window_width(&mut self, width: f32) {
        let narrow = is_narrow(width);
        if narrow != self.panels.narrow {
            self.panels = PanelLayout {
                narrow,
                ..PanelLayout::default()
            };
        }
    }

    /// Whether the layers panel shows, docked or over the map.
    pub(super) fn layers_open(&self) -> bool {
        if self.panels.narrow {
            self.panels.layers_over_map
        } else {
            self.settings.show_legend
        }
    }

    /// Whether the side panel shows, docked or over the map.
    pub(super) fn side_open(&self) -> bool {
        if self.panels.narrow {
            self.panels.side_over_map
        } else {
            self.settings.show_side_panel
        }
    }

    pub(super) fn set_layers_open(&mut self, open: bool) {
        if self.panels.narrow {
            self.panels.layers_over_map = open;
            if open {
                self.panels.side_over_map = false;
                self.panels.side_for_selection = false;
            }
        } else {
            self.settings.show_legend = open;
        }
    }

    pub(super) fn set_side_open(&mut self, open: bool) {
        self.panels.side_for_selection = false;
        if self.panels.narrow {
            self.panels.side_over_map = open;
            if open {
                self.panels.layers_over_map = false;
            }
        } else {
            self.settings.show_side_panel = open;
        }
    }

    /// Opens the side panel for a new selection, or closes it with the selection if that is
    /// what opened it.
    pub(super) fn side_panel_follows(&mut self, target: Option<Target>) {
        match target {
            Some(target) if !self.side_open() => {
                self.set_side_open(true);
                self.panels.side_for_selection = true;
                if self.panels.narrow {
                    self.panels.bring_into_sight = Some(target);
                }
            }
            None if self.panels.side_for_selection => self.set_side_open(false),
            _ => {}
        }
    }

    /// The part of the map no panel lies over.
    pub fn free_map_rect(&self) -> Option<Rect> {
        let mut free = self.map.rect?;
        if let Some(r) = self.panels.layers_rect.filter(|r| r.intersects(free)) {
            free.min.x = free.min.x.max(r.max.x);
        }
        if let Some(r) = self.panels.side_rect.filter(|r| r.intersects(free)) {
            free.max.x = free.max.x.min(r.min.x);
        }
        Some(free)
    }

    /// Shows the whole route in the part of the map no panel lies over.
    pub(super) fn fit_route(&mut self, now: f64) {
        match (self.map.rect, self.free_map_rect(), self.geometry.bounds()) {
            (Some(map), Some(free), Some((min, max))) if free != map => {
                let to = Camera::fitting_in(min, max, map, free, FIT_MARGIN);
                self.map.fly_to(to, now, MOVE_SECONDS);
            }
            _ => self.map.fit(&self.geometry, now, true),
        }
    }

    /// Moves the map as little as needed for a place selected under a panel that has just
    /// opened over the map to stand clear of it.
    pub(super) fn bring_into_sight(&mut self, now: f64) {
        let Some(target) = self.panels.bring_into_sight.take() else {
            return;
        };
        let (Target::Node(i), Some(map), Some(free)) =
            (target, self.map.rect, self.free_map_rect())
        else {
            return;
        };
        let Some(&point) = self.geometry.nodes.get(i) else {
            return;
        };
        let room = free.shrink2(egui::vec2(SIGHT_MARGIN, 0.0));
        if room.width() <= 0.0 {
            return;
        }
        let camera = self.map.flight.map_or(self.map.camera, |f| f.to);
        let at = ScreenTransform::new(camera, map).map_to_screen(point);
        let shift = if at.x > room.max.x {
            at.x - room.max.x
        } else if at.x < room.min.x {
            at.x - room.min.x
        } else {
            return;
        };
        let mut to = camera;
        to.center.x += f64::from(shift) * camera.km_per_px;
        self.map.fly_to(to, now, MOVE_SECONDS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From the smallest window the app allows (800 points) up to the docked layout.
    #[test]
    fn a_panel_over_the_map_leaves_it_most_of_a_narrow_window() {
        for width in (800..1400).step_by(8) {
            let width = width as f32;
            assert!(is_narrow(width));
            assert!(side_width(width) <= 0.4 * width, "{width}");
            assert!(LAYERS_WIDTH <= 0.4 * width, "{width}");
        }
        assert!(!is_narrow(1400.0) && !is_narrow(1440.0));
    }
}
