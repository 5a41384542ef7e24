//! The talk's slides: which slide is which, and what each shows of the route (layers, year,
//! selection). Its camera and cards come with its layout, in [`super::slide_layout`]. The app's
//! presentation, its presenter view and `render --slide` all take a slide from these two, so a
//! slide looks the same however it is reached and wherever it is drawn.

use crate::i18n::Tr;
use crate::model::{Route, Slide};

use super::{FlowView, Target};

/// Labels on the map are this much larger during a talk, to be read from the back of a hall.
pub const PRESENTING_TEXT_SCALE: f32 = 1.45;

/// One slide of the talk.
#[derive(Clone, Copy, Debug)]
pub enum SlidePage<'a> {
    Title,
    Story(&'a Slide),
    Closing,
}

/// Slides in the talk: the story between a title and a closing slide.
pub fn count(route: &Route) -> usize {
    route.story.len() + 2
}

/// Slide `index`, 0 being the title slide.
pub fn page(route: &Route, index: usize) -> SlidePage<'_> {
    match index {
        0 => SlidePage::Title,
        i => route
            .story
            .get(i - 1)
            .map_or(SlidePage::Closing, SlidePage::Story),
    }
}

impl SlidePage<'_> {
    /// The slide's title; the closing slide's in the talk's language `tr`.
    pub fn title(&self, route: &Route, tr: &Tr) -> String {
        match self {
            SlidePage::Title => route.title.to_string(),
            SlidePage::Story(s) => s.title.to_string(),
            SlidePage::Closing => tr.t("slide-closing-title"),
        }
    }
}

/// What a slide selects: its place, when it is about one.
pub fn selection(route: &Route, page: SlidePage<'_>) -> Option<Target> {
    match page {
        SlidePage::Story(slide) => match slide.focus.nodes.as_slice() {
            [only] => route.node_index(only).map(Target::Node),
            _ => None,
        },
        SlidePage::Title | SlidePage::Closing => None,
    }
}

/// Shows the slide's layers and year; the title and closing slides show every layer.
pub fn apply_flows(route: &Route, page: SlidePage<'_>, flows: &mut FlowView) {
    let SlidePage::Story(slide) = page else {
        for layer in &mut flows.layers {
            layer.visible = true;
        }
        return;
    };
    if let Some(ids) = &slide.layers {
        for layer in &mut flows.layers {
            layer.visible = route
                .layers
                .get(layer.index)
                .is_some_and(|l| ids.contains(&l.id));
        }
    }
    if let Some(year) = slide.shown_year() {
        flows.year = year;
    }
}

/// What a slide's cards say and show besides the route's own words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlideOptions {
    /// Quotes in their English translation, marked as such, where they have one.
    pub translation: bool,
    /// Words before the slide's number, such as "Go to 5 …" while a number is typed.
    pub status: Option<String>,
    /// The talk's legend: the year's flows and how they are drawn.
    pub legend: bool,
    /// The words of the talk's language, for everything on the slide that is not the route's.
    pub tr: Tr,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::LayerView;

    #[test]
    fn pages_run_title_story_closing() {
        let route = crate::model::route_with_slides(2);
        assert_eq!(count(&route), 4);
        assert!(matches!(page(&route, 0), SlidePage::Title));
        assert!(matches!(page(&route, 1), SlidePage::Story(s) if s.title == "Slide 0"));
        assert!(matches!(page(&route, 3), SlidePage::Closing));
    }

    #[test]
    fn an_empty_layer_list_hides_every_layer() {
        let mut route = crate::model::route_with_slides(1);
        route.story[0].layers = Some(Vec::new());
        route.story[0].year = Some(2024);
        let mut flows = FlowView {
            year: Some(2022),
            layers: vec![LayerView {
                index: 0,
                visible: true,
                opacity: 1.0,
            }],
            motion_time: None,
        };
        apply_flows(&route, page(&route, 1), &mut flows);
        assert!(!flows.layers[0].visible);
        assert_eq!(flows.year, Some(2024));
        route.story[0].no_year = true;
        apply_flows(&route, page(&route, 1), &mut flows);
        assert_eq!(flows.year, None, "the values with no year given");
    }
}
