//! The story: slides made from the map as it is now, and what the Story tab asks of the app.

use crate::map::camera::ScreenTransform;
use crate::model::{Bounds, Slide};
use crate::scene::Target;
use crate::tr;
use crate::ui::commands::Command;
use crate::ui::side_panel::Page;
use crate::ui::story_panel::{self, StoryAction};

use super::CorridorApp;

impl CorridorApp {
    /// Puts a slide of the view at the end of the story and opens it for editing.
    pub(super) fn add_slide(&mut self) {
        let slide = self.slide_from_view();
        self.route.story.push(slide);
        self.editing_slide = Some(self.route.story.len() - 1);
        self.page = Page::Story;
        self.selection = None;
        self.dirty = true;
    }

    /// Does what a button of the Story tab asked for.
    pub(super) fn story_action(&mut self, ctx: &egui::Context, action: StoryAction) {
        match action {
            StoryAction::Add => self.pending.push(Command::AddSlide),
            StoryAction::Capture(i) => {
                let mut slide = self.route.story.get(i).cloned().unwrap_or_default();
                self.capture_view(&mut slide);
                if let Some(s) = self.route.story.get_mut(i) {
                    *s = slide;
                    self.dirty = true;
                }
            }
            StoryAction::PresentFrom(index) => self.start_presentation(ctx, index),
            action => {
                story_panel::apply(&mut self.route, &mut self.editing_slide, action);
                self.dirty = true;
            }
        }
    }

    /// A slide of the map as it is now: the visible box (and the selected place), the visible
    /// layers, the year and the picked quote.
    fn slide_from_view(&self) -> Slide {
        let mut slide = Slide {
            title: match self.selection {
                Some(Target::Node(i)) => self.route.nodes.get(i).map(|n| n.name.clone()),
                _ => None,
            }
            // Numbered as the talk and the story list number it: the title slide is 1.
            .unwrap_or_else(|| {
                tr!(
                    self.tr,
                    "window-new-slide-title",
                    number = self.route.story.len() + 2
                )
                .into()
            }),
            ..Slide::default()
        };
        self.capture_view(&mut slide);
        slide
    }

    /// Sets `slide` to show the map as it is now: its box, the selected place, the visible
    /// layers, the year and the picked quote.
    fn capture_view(&self, slide: &mut Slide) {
        if let Some(rect) = self.map.rect {
            let view = ScreenTransform::new(self.map.camera, rect);
            let corners: Vec<(f64, f64)> = [
                rect.left_top(),
                rect.right_top(),
                rect.left_bottom(),
                rect.right_bottom(),
                rect.center_top(),
                rect.center_bottom(),
            ]
            .into_iter()
            .filter_map(|p| view.unproject(&self.projection, p))
            .collect();
            if corners.len() >= 2 {
                let (south, north) = corners
                    .iter()
                    .fold((90.0_f64, -90.0_f64), |(s, n), &(lat, _)| {
                        (s.min(lat), n.max(lat))
                    });
                let (west, east) = corners
                    .iter()
                    .fold((180.0_f64, -180.0_f64), |(w, e), &(_, lon)| {
                        (w.min(lon), e.max(lon))
                    });
                slide.focus.bounds = Some(Bounds {
                    south,
                    west,
                    north,
                    east,
                });
            }
        }
        slide.focus.nodes = match self.selection {
            Some(Target::Node(i)) => self.route.nodes.get(i).map(|n| vec![n.id.clone()]),
            _ => None,
        }
        .unwrap_or_default();
        slide.layers = Some(
            self.flows
                .visible()
                .filter_map(|v| self.route.layers.get(v.index).map(|l| l.id.clone()))
                .collect(),
        );
        let has_layers = !self.route.layers.is_empty();
        slide.year = self.flows.year.filter(|_| has_layers);
        slide.no_year = has_layers && self.flows.year.is_none();
        slide.quotes = self.picked_quote.iter().cloned().collect();
    }
}
