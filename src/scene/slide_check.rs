//! Tells a talk's author where a slide breaks the rules of a hall, at the screen sizes halls
//! have: a place the slide is about off the map, under a card or without its label; cards on
//! top of one another or off the screen; type too small to read from the back. `check` and the
//! app's problems list report these as warnings, one per slide and size.

use emath::{Pos2, Rect, vec2};

use crate::i18n::Tr;
use crate::io::Problem;
use crate::map::camera::ScreenTransform;
use crate::map::projection::Projection;
use crate::model::Route;
use crate::text::MeasureText;
use crate::tr;

use super::display::Item;
use super::slide::{self, SlideOptions, SlidePage};
use super::slide_layout::{self, QUOTE_TEXT, SMALLEST_TEXT};
use super::{FlowView, Highlight, RouteGeometry, SceneOptions};

/// The screens a talk is checked for: the projectors halls still have, a desk screen, a wall.
pub const HALL_SCREENS: [(u32, u32); 4] = [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)];

/// One way a slide breaks the rules on one screen.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutIssue {
    /// 1 is the title slide, as the story list numbers them.
    pub slide: usize,
    /// Where in the route file the slide is, such as `story[2]`; empty for the title and
    /// closing slides, which the file does not hold.
    pub path: String,
    pub screen: (u32, u32),
    /// What is wrong, in the language of `words`.
    pub what: String,
    /// The language the issue is told in.
    pub words: Tr,
}

impl std::fmt::Display for LayoutIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Numbers as they are: "slide 4 at 1024×768", in every language.
        let text = tr!(
            self.words,
            "slide-check-issue",
            slide = self.slide.to_string(),
            width = self.screen.0.to_string(),
            height = self.screen.1.to_string(),
            what = self.what.as_str()
        );
        f.write_str(&text)
    }
}

/// Every way the talk of `route` breaks the rules on `screens`, slide by slide, with the
/// legend on as the talk shows it by default: slides in English, told in English.
pub fn check_talk(
    route: &Route,
    screens: &[(u32, u32)],
    measure: &MeasureText<'_>,
) -> Vec<LayoutIssue> {
    check_talk_in(route, screens, &Tr::default(), &Tr::default(), measure)
}

/// As [`check_talk`], with the slides in the language of `talk` and the issues told in the
/// language of `words`.
pub fn check_talk_in(
    route: &Route,
    screens: &[(u32, u32)],
    talk: &Tr,
    words: &Tr,
    measure: &MeasureText<'_>,
) -> Vec<LayoutIssue> {
    let geometry = RouteGeometry::new(route, &Projection::for_route(route));
    let opening = FlowView::all_layers(route, crate::flows::opening_year(route));
    let options = SlideOptions {
        legend: true,
        tr: talk.clone(),
        ..SlideOptions::default()
    };
    let mut issues = Vec::new();
    for index in 0..slide::count(route) {
        for &(w, h) in screens {
            let screen = Rect::from_min_size(Pos2::ZERO, vec2(w as f32, h as f32));
            let mut issue = |what: String| {
                issues.push(LayoutIssue {
                    slide: index + 1,
                    path: match slide::page(route, index) {
                        SlidePage::Story(_) => format!("story[{}]", index - 1),
                        _ => String::new(),
                    },
                    screen: (w, h),
                    what,
                    words: words.clone(),
                });
            };
            check_slide(
                route, &geometry, index, screen, &opening, &options, words, measure, &mut issue,
            );
        }
    }
    issues
}

/// Where the talk of `route` breaks the rules of a hall at [`HALL_SCREENS`], as warnings about
/// `file`, located at the slide when the file's `text` is given; the slides in the language of
/// `talk`, the warnings told in the language of `words`.
pub fn talk_warnings(
    route: &Route,
    file: &str,
    text: Option<&str>,
    talk: &Tr,
    words: &Tr,
    measure: &MeasureText<'_>,
) -> Vec<Problem> {
    check_talk_in(route, &HALL_SCREENS, talk, words, measure)
        .into_iter()
        .map(|issue| {
            let (line, column) = text
                .filter(|_| !issue.path.is_empty())
                .and_then(|t| {
                    crate::io::locate(t, &issue.path).map(|at| crate::io::line_column(t, at))
                })
                .unwrap_or((0, 0));
            Problem {
                file: file.to_owned(),
                line,
                column,
                path: issue.path.clone(),
                message: issue.to_string(),
                words: None,
            }
        })
        .collect()
}

/// The rules, for one slide on one screen; each broken one is told to `issue`.
#[allow(clippy::too_many_arguments)]
fn check_slide(
    route: &Route,
    geometry: &RouteGeometry,
    index: usize,
    screen: Rect,
    opening: &FlowView,
    options: &SlideOptions,
    words: &Tr,
    measure: &MeasureText<'_>,
    issue: &mut dyn FnMut(String),
) {
    let tr = words;
    let state = slide_layout::state(route, geometry, index, screen, opening, options, measure);
    let layout = slide_layout::layout(
        route,
        geometry,
        index,
        screen,
        &state.flows,
        options,
        measure,
    );
    let view = ScreenTransform::new(layout.camera, screen);

    for (i, (a, ra)) in layout.parts.iter().enumerate() {
        if !screen.contains_rect(*ra) {
            issue(tr!(tr, "slide-check-off-screen", part = a.name(tr)));
        }
        for (b, rb) in &layout.parts[i + 1..] {
            if ra.intersects(*rb) {
                issue(tr!(
                    tr,
                    "slide-check-overlap",
                    part = a.name(tr),
                    other = b.name(tr)
                ));
            }
        }
    }
    let h = screen.height();
    for item in &layout.items {
        let Item::Text(t) = item else { continue };
        // Quotes, and only quotes, are set in italics; a slide's text may begin with «.
        let least = if t.font.italic {
            QUOTE_TEXT
        } else {
            SMALLEST_TEXT
        };
        if t.font.size < least * h {
            issue(tr!(
                tr,
                "slide-check-too-small",
                text = t.text.as_str(),
                size = format!("{:.0}", t.font.size),
                least = tr.number(f64::from(least * 100.0), 1)
            ));
        }
    }

    let SlidePage::Story(story) = slide::page(route, index) else {
        return;
    };
    let mut scene_options = SceneOptions::plain(
        Highlight {
            selected: state.selection,
            hovered: None,
        },
        slide_layout::label_scale(screen),
    );
    scene_options.covered = layout.covered();
    scene_options.first_labels = layout.focus.clone();
    scene_options.language = options.tr.language().to_owned();
    let scene = super::build(
        route,
        geometry,
        &view,
        None,
        &super::bands::build(route, geometry, &state.flows),
        scene_options,
        measure,
    );
    for id in &story.focus.nodes {
        let Some(i) = route.node_index(id) else {
            continue;
        };
        let (Some(node), Some(&at)) = (route.nodes.get(i), geometry.nodes.get(i)) else {
            continue;
        };
        let p = view.map_to_screen(at);
        if !screen.shrink(4.0).contains(p) {
            issue(tr!(tr, "slide-check-off-map", place = node.name.as_str()));
            continue;
        }
        for (part, r) in &layout.parts {
            if r.expand(6.0).contains(p) {
                issue(tr!(
                    tr,
                    "slide-check-covers",
                    part = part.name(tr),
                    place = node.name.as_str()
                ));
            }
        }
        match scene.labels.iter().find(|l| l.text == node.name) {
            None => issue(tr!(tr, "slide-check-no-label", place = node.name.as_str())),
            Some(l) => {
                let rect = l
                    .anchor
                    .anchor_size(view.map_to_screen(l.at) + l.offset, l.measured);
                for (part, r) in &layout.parts {
                    if r.intersects(rect) {
                        issue(tr!(
                            tr,
                            "slide-check-covers-label",
                            part = part.name(tr),
                            place = node.name.as_str()
                        ));
                    }
                }
            }
        }
    }
}
