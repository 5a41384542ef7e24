//! Presenting: the route's story as full-screen slides, a title slide before and a closing slide
//! after, driven by keys or a clicker.

use egui::{Align2, Color32, Frame, Margin, Rect, RichText, Ui, vec2};

use crate::map::camera::{Camera, MAX_KM_PER_PX};
use crate::map::projection::{MapPoint, bounding_box};
use crate::model::{Quote, Route, Slide};
use crate::scene::{FlowView, RouteGeometry, Target};

use super::commands::Command;
use super::fonts;
use super::map_view::{self, MapState};
use super::side_panel::{Page, source_line};

/// What was on screen before the talk, to put back after it.
#[derive(Clone, Debug)]
pub struct SavedView {
    pub camera: Camera,
    pub flows: FlowView,
    pub selection: Option<Target>,
    pub page: Page,
}

/// A talk in progress.
#[derive(Clone, Debug)]
pub struct Presentation {
    /// 0 is the title slide, then the story, then the closing slide.
    pub index: usize,
    pub black: bool,
    /// Digits typed to jump to a slide.
    pub typed: String,
    /// When autoplay moves on next, if it is on.
    pub autoplay_next: Option<f64>,
    pub started: f64,
    pub presenter_view: bool,
    pub saved: SavedView,
}

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
    pub fn title<'r>(&self, route: &'r Route) -> &'r str
    where
        Self: 'r,
    {
        match self {
            SlidePage::Title => &route.title,
            SlidePage::Story(s) => &s.title,
            SlidePage::Closing => "Outlook and sources",
        }
    }
}

impl Presentation {
    pub fn new(saved: SavedView, now: f64) -> Self {
        Presentation {
            index: 0,
            black: false,
            typed: String::new(),
            autoplay_next: None,
            started: now,
            presenter_view: false,
            saved,
        }
    }

    /// The slide index after a move, kept within the talk.
    pub fn target(&self, command: Command, route: &Route) -> usize {
        let last = count(route) - 1;
        match command {
            Command::NextSlide => (self.index + 1).min(last),
            Command::PreviousSlide => self.index.saturating_sub(1),
            Command::FirstSlide => 0,
            Command::LastSlide => last,
            Command::GoToTypedSlide => self
                .typed
                .parse::<usize>()
                .ok()
                .map_or(self.index, |n| n.clamp(1, last + 1) - 1),
            _ => self.index,
        }
    }
}

/// The map-plane box a slide looks at: its nodes and its bounds, or the whole route.
pub fn focus_bounds(
    route: &Route,
    geometry: &RouteGeometry,
    page: SlidePage<'_>,
) -> Option<(MapPoint, MapPoint)> {
    let SlidePage::Story(slide) = page else {
        return geometry.bounds();
    };
    let mut points: Vec<MapPoint> = slide
        .focus
        .nodes
        .iter()
        .filter_map(|id| route.node_index(id))
        .filter_map(|i| geometry.nodes.get(i).copied())
        .collect();
    if let Some(b) = &slide.focus.bounds {
        let p = &geometry.projection;
        let (mid_lon, mid_lat) = ((b.west + b.east) / 2.0, (b.south + b.north) / 2.0);
        for (lat, lon) in [
            (b.south, b.west),
            (b.south, b.east),
            (b.north, b.west),
            (b.north, b.east),
            (b.south, mid_lon),
            (b.north, mid_lon),
            (mid_lat, b.west),
            (mid_lat, b.east),
        ] {
            points.push(p.project(lat, lon));
        }
    }
    if points.is_empty() {
        return geometry.bounds();
    }
    bounding_box(points)
}

/// The camera for a slide: its focus in the part of the map the cards leave free.
pub fn slide_camera(bounds: (MapPoint, MapPoint), map: Rect, has_quote: bool) -> Camera {
    let mut room = map;
    room.min.y += map.height() * 0.2;
    room.min.x += map.width() * 0.05;
    room.max.x -= map.width() * 0.18;
    if has_quote {
        room.max.y -= map.height() * 0.3;
    }
    let mut camera = Camera::fitting(bounds.0, bounds.1, room, 30.0);
    // A single place needs some country round it.
    camera.km_per_px = camera.km_per_px.clamp(1.2, MAX_KM_PER_PX);
    // Fitting centres the focus in `room`; the camera centres the whole map.
    let shift = room.center() - map.center();
    camera.center.x -= f64::from(shift.x) * camera.km_per_px;
    camera.center.y += f64::from(shift.y) * camera.km_per_px;
    camera
}

/// Shows the slide's layers and year.
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
    if let Some(year) = slide.year {
        flows.year = year;
    }
}

/// Type sizes for this screen: the title is 44 points on a 1080-line screen.
pub fn scale(map: Rect) -> f32 {
    (map.height() / 1080.0).max(0.6)
}

/// Cards over the map: title and text, quotes, the slide's number, and the black screen.
pub fn overlay(
    ctx: &egui::Context,
    map: Rect,
    route: &Route,
    presentation: &Presentation,
    translation: bool,
) {
    let s = scale(map);
    let page = page(route, presentation.index);
    let card = |ui: &mut Ui, add: &mut dyn FnMut(&mut Ui)| {
        Frame::new()
            .fill(Color32::from_rgba_unmultiplied(255, 255, 255, 236))
            .corner_radius(10.0 * s)
            .inner_margin(Margin::same((18.0 * s) as i8))
            .shadow(egui::epaint::Shadow {
                offset: [0, 4],
                blur: 16,
                spread: 0,
                color: Color32::from_black_alpha(60),
            })
            .show(ui, |ui| add(ui));
    };

    match page {
        SlidePage::Title | SlidePage::Closing => {
            // Below the route, which the camera keeps in the upper part of the screen.
            egui::Area::new(egui::Id::unique("slide_title"))
                .order(egui::Order::Foreground)
                .pivot(Align2::CENTER_BOTTOM)
                .fixed_pos(map.center_bottom() - vec2(0.0, 48.0 * s))
                .show(ctx, |ui| {
                    ui.set_max_width(map.width() * 0.7);
                    card(ui, &mut |ui| {
                        if let SlidePage::Title = page {
                            title_contents(ui, route, s);
                        } else {
                            closing_contents(ui, route, s);
                        }
                    });
                });
        }
        SlidePage::Story(slide) => {
            egui::Area::new(egui::Id::unique("slide_card"))
                .order(egui::Order::Foreground)
                .pivot(Align2::LEFT_TOP)
                .fixed_pos(map.left_top() + vec2(28.0, 24.0) * s)
                .show(ctx, |ui| {
                    ui.set_max_width(map.width() * 0.46);
                    card(ui, &mut |ui| {
                        ui.label(RichText::new(&slide.title).font(fonts::bold(44.0 * s)));
                        if !slide.text.is_empty() {
                            ui.label(RichText::new(&slide.text).size(24.0 * s));
                        }
                        if let Some(year) = slide.year {
                            ui.label(
                                RichText::new(format!("Flows in {year}"))
                                    .size(20.0 * s)
                                    .color(Color32::from_rgb(0x6B, 0x65, 0x5B)),
                            );
                        }
                    });
                });
            let quotes: Vec<&Quote> = slide
                .quotes
                .iter()
                .filter_map(|id| route.quotes.iter().find(|q| q.id == *id))
                .collect();
            if !quotes.is_empty() {
                egui::Area::new(egui::Id::unique("slide_quotes"))
                    .order(egui::Order::Foreground)
                    .pivot(Align2::CENTER_BOTTOM)
                    .fixed_pos(map.center_bottom() - vec2(0.0, 56.0 * s))
                    .show(ctx, |ui| {
                        ui.set_max_width(map.width() * 0.72);
                        for q in quotes {
                            card(ui, &mut |ui| quote_contents(ui, route, q, translation, s));
                        }
                    });
            }
        }
    }

    egui::Area::new(egui::Id::unique("slide_number"))
        .order(egui::Order::Foreground)
        .pivot(Align2::RIGHT_BOTTOM)
        .fixed_pos(map.right_bottom() - vec2(20.0, 14.0) * s)
        .show(ctx, |ui| {
            let mut text = format!("{} / {}", presentation.index + 1, count(route));
            if !presentation.typed.is_empty() {
                text = format!("Go to {} …   {text}", presentation.typed);
            }
            if presentation.autoplay_next.is_some() {
                text = format!("Playing · {text}");
            }
            ui.add(
                egui::Label::new(
                    RichText::new(text)
                        .size(22.0 * s)
                        .color(Color32::from_rgb(0x33, 0x33, 0x33))
                        .background_color(Color32::from_white_alpha(200)),
                )
                .wrap_mode(egui::TextWrapMode::Extend),
            );
        });

    if presentation.black {
        ctx.layer_painter(egui::LayerId::new(
            egui::Order::Tooltip,
            egui::Id::unique("black_screen"),
        ))
        .rect_filled(ctx.content_rect(), 0.0, Color32::BLACK);
    }
}

fn title_contents(ui: &mut Ui, route: &Route, s: f32) {
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(&route.title).font(fonts::bold(64.0 * s)));
        if !route.description.is_empty() {
            ui.label(RichText::new(first_sentences(&route.description, 2)).size(24.0 * s));
        }
        ui.add_space(10.0 * s);
        ui.label(
            RichText::new(format!(
                "{} slides · quotes and figures from {} sources",
                count(route),
                route.sources.len()
            ))
            .size(18.0 * s)
            .color(Color32::from_rgb(0x6B, 0x65, 0x5B)),
        );
    });
}

fn closing_contents(ui: &mut Ui, route: &Route, s: f32) {
    ui.label(RichText::new("Outlook and sources").font(fonts::bold(44.0 * s)));
    ui.label(
        RichText::new("Every quote and figure in this talk comes from these texts:").size(22.0 * s),
    );
    for source in &route.sources {
        ui.label(
            RichText::new(format!("• {} — {}", source_line(source), source.title)).size(18.0 * s),
        );
    }
    ui.label(
        RichText::new("Basemap: Natural Earth.")
            .size(16.0 * s)
            .color(Color32::from_gray(110)),
    );
}

fn quote_contents(ui: &mut Ui, route: &Route, q: &Quote, translation: bool, s: f32) {
    if translation && !q.translation.is_empty() {
        ui.label(
            RichText::new(format!("“{}”", q.translation))
                .size(26.0 * s)
                .italics(),
        );
        ui.label(
            RichText::new("Translation from the original Russian, made for this atlas")
                .size(15.0 * s)
                .color(Color32::from_rgb(0xE8, 0x6A, 0x10)),
        );
    } else {
        ui.label(
            RichText::new(format!("«{}»", q.text))
                .size(26.0 * s)
                .italics(),
        );
    }
    let who = [q.speaker.as_str(), q.role.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    ui.label(RichText::new(format!("— {who}")).font(fonts::bold(20.0 * s)));
    if let Some(source) = route.source(&q.source) {
        ui.label(
            RichText::new(source_line(source))
                .size(16.0 * s)
                .color(Color32::from_gray(100)),
        );
    }
}

/// The first `n` sentences of a paragraph.
pub fn first_sentences(text: &str, n: usize) -> String {
    let mut end = text.len();
    let mut found = 0;
    for (i, _) in text.match_indices(". ") {
        found += 1;
        if found == n {
            end = i + 1;
            break;
        }
    }
    text[..end].to_owned()
}

/// The presenter's window: this slide, the next, the notes and a timer. Returns false when the
/// presenter closes it.
pub fn presenter_view(
    ctx: &egui::Context,
    route: &Route,
    presentation: &Presentation,
    now: f64,
    map: &mut MapState,
    geometry: &RouteGeometry,
    flows: &FlowView,
) -> bool {
    let mut open = true;
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("presenter_view"),
        egui::ViewportBuilder::default()
            .with_title("Corridor Atlas — presenter view")
            .with_inner_size([760.0, 520.0]),
        |ui, _class| {
            if ui.input(|i| i.viewport().close_requested()) {
                open = false;
            }
            egui::CentralPanel::default().show(ui, |ui| {
                let elapsed = (now - presentation.started).max(0.0) as u64;
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "Slide {} of {}",
                            presentation.index + 1,
                            count(route)
                        ))
                        .size(20.0),
                    );
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(
                            RichText::new(format!("{:02}:{:02}", elapsed / 60, elapsed % 60))
                                .font(fonts::bold(28.0)),
                        );
                    });
                });
                ui.separator();
                let current = page(route, presentation.index);
                ui.label(RichText::new(current.title(route)).font(fonts::bold(30.0)));
                if let SlidePage::Story(slide) = current
                    && !slide.notes.is_empty()
                {
                    ui.label(RichText::new(&slide.notes).size(20.0));
                }
                ui.separator();
                if presentation.index + 1 < count(route) {
                    let next = page(route, presentation.index + 1);
                    ui.label(
                        RichText::new(format!("Next: {}", next.title(route)))
                            .size(18.0)
                            .color(Color32::from_gray(110)),
                    );
                    // The next slide's map, as the audience will see it.
                    let mut next_flows = flows.clone();
                    next_flows.motion_time = None;
                    apply_flows(route, next, &mut next_flows);
                    let has_quote = match next {
                        SlidePage::Story(s) => !s.quotes.is_empty(),
                        _ => true,
                    };
                    let width = ui.available_width().min(420.0);
                    map_view::preview(
                        ui,
                        vec2(width, width * 9.0 / 16.0),
                        map,
                        route,
                        geometry,
                        &next_flows,
                        |rect| {
                            focus_bounds(route, geometry, next)
                                .map(|b| slide_camera(b, rect, has_quote))
                                .unwrap_or_default()
                        },
                    );
                } else {
                    ui.weak("This is the last slide.");
                }
            });
        },
    );
    ctx.request_repaint_after(std::time::Duration::from_secs(1));
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route_with(n: usize) -> Route {
        Route {
            story: (0..n)
                .map(|i| Slide {
                    title: format!("Slide {i}"),
                    ..Slide::default()
                })
                .collect(),
            ..Route::default()
        }
    }

    fn at(index: usize) -> Presentation {
        let saved = SavedView {
            camera: Camera::default(),
            flows: FlowView::default(),
            selection: None,
            page: Page::Overview,
        };
        Presentation {
            index,
            ..Presentation::new(saved, 0.0)
        }
    }

    #[test]
    fn moves_stay_within_the_talk() {
        let route = route_with(3);
        assert_eq!(count(&route), 5);
        assert_eq!(at(0).target(Command::NextSlide, &route), 1);
        assert_eq!(at(4).target(Command::NextSlide, &route), 4);
        assert_eq!(at(0).target(Command::PreviousSlide, &route), 0);
        assert_eq!(at(2).target(Command::LastSlide, &route), 4);
        assert_eq!(at(3).target(Command::FirstSlide, &route), 0);
    }

    #[test]
    fn typed_numbers_count_from_one() {
        let route = route_with(3);
        let mut p = at(0);
        p.typed = "3".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 2);
        p.typed = "99".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 4);
        p.typed = "0".into();
        assert_eq!(p.target(Command::GoToTypedSlide, &route), 0);
    }

    #[test]
    fn pages_run_title_story_closing() {
        let route = route_with(2);
        assert!(matches!(page(&route, 0), SlidePage::Title));
        assert!(matches!(page(&route, 1), SlidePage::Story(s) if s.title == "Slide 0"));
        assert!(matches!(page(&route, 3), SlidePage::Closing));
    }

    #[test]
    fn an_empty_layer_list_hides_every_layer() {
        let mut route = route_with(1);
        route.story[0].layers = Some(Vec::new());
        route.story[0].year = Some(2024);
        let mut flows = FlowView {
            year: 2022,
            layers: vec![crate::scene::LayerView {
                index: 0,
                visible: true,
                opacity: 1.0,
            }],
            motion_time: None,
        };
        apply_flows(&route, page(&route, 1), &mut flows);
        assert!(!flows.layers[0].visible);
        assert_eq!(flows.year, 2024);
    }
}
