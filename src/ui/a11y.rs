//! What a screen reader is told of the app: the words of widgets whose face is a glyph ("▲" or
//! "+" says nothing when read aloud), what the places, links and flow bands on the map are, and
//! what changed when the selection or the slide changes.

use egui::accesskit::{Action, Live, Role};
use egui::{Rect, Response, Sense, Ui, UiBuilder, WidgetInfo};

use crate::i18n::Tr;
use crate::map::camera::ScreenTransform;
use crate::model::{Node, Route};
use crate::scene::{Band, RouteGeometry, Target};
use crate::text::describe;
use crate::tr;

/// Names a button by what it does, in place of the glyph on its face.
pub fn name_button(response: Response, name: &str) -> Response {
    let enabled = response.enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
    response
}

/// Names a slider by what it sets, with its value, so six sliders are not all read as "opacity".
pub fn name_slider(response: Response, value: f64, name: &str) -> Response {
    let enabled = response.enabled();
    response.widget_info(|| WidgetInfo::slider(enabled, value, name));
    response
}

/// Names the map, which takes the keyboard focus as a whole, by the route it shows, and says
/// how the keyboard walks it.
pub fn name_map(response: &Response, tr: &Tr, route: &Route) {
    let name = tr!(tr, "a11y-map", route = route.title.as_str());
    response.widget_info(|| WidgetInfo::labeled(Role::Group, true, &name));
    let help = tr.t("a11y-map-help");
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_description(help);
    });
}

/// What a screen reader says of a place on the map after its name, as the tooltip says it to
/// the eye: "sea port, Kazakhstan · 5 quotes, 2 figures".
pub fn spoken_node(tr: &Tr, route: &Route, node: &Node) -> String {
    format!(
        "{} · {}",
        super::side_panel::kind_and_country(tr, node),
        super::tooltip::node_counts(tr, route, node)
    )
}

/// What a screen reader says of a link after its name: its mode and status, then each flow the
/// map draws along it this year: "Sea ferry, Operating; Kazakh oil: 1.5 Mt in 2024 (actual)".
pub fn spoken_link(
    tr: &Tr,
    route: &Route,
    link: usize,
    bands: &[Band],
    year: Option<i32>,
) -> String {
    let Some(l) = route.links.get(link) else {
        return String::new();
    };
    let about = tr!(
        tr,
        "a11y-link-about",
        mode = describe::link_mode(tr, l.mode),
        status = describe::link_status(tr, l.status),
    );
    let mut flows: Vec<String> = Vec::new();
    for band in bands.iter().filter(|b| b.link == link) {
        let Some(layer) = route.layers.get(band.layer) else {
            continue;
        };
        let flow = tr!(
            tr,
            "a11y-flow-on-link",
            layer = layer.name.as_str(),
            value = flow_value(tr, route, band.layer, band.value, year),
        );
        // A flow of several legs draws a band on each; the link names it once.
        if !flows.contains(&flow) {
            flows.push(flow);
        }
    }
    if flows.is_empty() {
        about
    } else {
        tr!(
            tr,
            "a11y-link-with-flows",
            about = about,
            flows = flows.join("; ")
        )
    }
}

/// The name of a flow band: its layer and the link it runs along, "Kazakh oil on Aktau – Baku".
pub fn flow_name(tr: &Tr, route: &Route, link: usize, layer: usize) -> String {
    let layer = route.layers.get(layer).map_or("", |l| l.name.as_str());
    let link = route
        .links
        .get(link)
        .map(|l| route.link_title(l))
        .unwrap_or_default();
    tr!(tr, "a11y-flow-name", layer = layer, link = link)
}

/// What a screen reader says of a flow band after its name: the year's value, or that the year
/// has none and the nearest year's, then its source.
pub fn spoken_flow(
    tr: &Tr,
    route: &Route,
    layer: usize,
    value: usize,
    year: Option<i32>,
) -> String {
    let Some(v) = route.layers.get(layer).and_then(|l| l.values.get(value)) else {
        return String::new();
    };
    let source = route.source(&v.source).map_or_else(
        || v.source.clone(),
        |_| describe::source_credit(tr, route, &v.source),
    );
    tr!(
        tr,
        "a11y-flow-about",
        value = flow_value(tr, route, layer, value, year),
        source = tr!(tr, "panel-source", source = source),
    )
}

/// A flow's value as the map shows it in `year`: its own, or the nearest year's when the year
/// has none.
fn flow_value(tr: &Tr, route: &Route, layer: usize, value: usize, year: Option<i32>) -> String {
    let Some((layer, v)) = route
        .layers
        .get(layer)
        .and_then(|l| l.values.get(value).map(|v| (l, v)))
    else {
        return String::new();
    };
    let value = describe::describe_value(tr, layer, v);
    if v.year == year {
        value
    } else {
        tr!(
            tr,
            "a11y-value-nearest",
            missing = tr!(
                tr,
                "tooltip-no-value",
                year = year.map_or_else(|| tr.t("timeline-no-year"), |y| y.to_string())
            ),
            nearest = tr!(tr, "tooltip-nearest", value = value),
        )
    }
}

/// What is selected, name first, as it is announced: "Aktau, Sea port · Kazakhstan · …".
pub fn spoken_target(
    tr: &Tr,
    route: &Route,
    target: Target,
    bands: &[Band],
    year: Option<i32>,
) -> String {
    let (name, about) = match target {
        Target::Node(i) => match route.nodes.get(i) {
            Some(node) => (node.name.to_string(), spoken_node(tr, route, node)),
            None => return String::new(),
        },
        Target::Link(i) => match route.links.get(i) {
            Some(link) => (
                route.link_title(link),
                spoken_link(tr, route, i, bands, year),
            ),
            None => return String::new(),
        },
        Target::Flow { link, layer, value } => (
            flow_name(tr, route, link, layer),
            spoken_flow(tr, route, layer, value, year),
        ),
    };
    tr!(tr, "a11y-named", name = name, about = about)
}

/// Above this many links or bands on screen, the map's lists of them are left out, as places
/// are left unmade as widgets: they would cost more than a screen reader user gains.
const MAX_FEATURE_NODES: usize = 2_000;

/// The links and flow bands on the map in view, as two lists a screen reader reads and
/// activates, "Links on the map" and "Flows on the map": each item named and described as the
/// tooltip shows it. The lists' names say what their items are, since a role description
/// would turn an item's role into one Linux's AT-SPI cannot name. They are not widgets, so
/// they neither take clicks from the map nor lengthen its Tab order; a screen reader's click
/// on one selects it, and is returned.
#[allow(clippy::too_many_arguments)]
pub fn map_features(
    ui: &mut Ui,
    tr: &Tr,
    rect: Rect,
    route: &Route,
    geometry: &RouteGeometry,
    view: &ScreenTransform,
    bands: &[Band],
    year: Option<i32>,
) -> Option<Target> {
    let on_screen = |from: crate::map::projection::MapPoint, to| {
        let r = Rect::from_two_pos(view.map_to_screen(from), view.map_to_screen(to));
        rect.intersects(r).then(|| r.intersect(rect))
    };
    let links: Vec<(usize, Rect)> = geometry
        .link_bounds
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.and_then(|(min, max)| on_screen(min, max)).map(|r| (i, r)))
        .collect();
    let mut clicked = None;
    let mut list = |ui: &mut Ui, salt: &str, name: String, items: &dyn Fn() -> Vec<Item>| {
        let mut list = ui.new_child(
            UiBuilder::new()
                .id_salt(salt)
                .max_rect(rect)
                .sense(Sense::hover())
                .accessibility_role(Role::List)
                .accessibility_label(name),
        );
        // Nothing more to word or make when no screen reader asks.
        let on = ui
            .ctx()
            .accesskit_node_builder(list.unique_id(), |_| ())
            .is_some();
        if !on {
            return;
        }
        let items = items();
        if items.len() > MAX_FEATURE_NODES {
            return;
        }
        for item in items {
            let child = list.new_child(
                UiBuilder::new()
                    .id_salt((salt, item.key))
                    .max_rect(item.rect)
                    .sense(Sense::hover())
                    .accessibility_role(Role::ListItem)
                    .accessibility_label(item.name),
            );
            let id = child.unique_id();
            ui.ctx().accesskit_node_builder(id, |node| {
                node.set_description(item.about);
                node.set_bounds(egui::accesskit::Rect {
                    x0: item.rect.min.x.into(),
                    y0: item.rect.min.y.into(),
                    x1: item.rect.max.x.into(),
                    y1: item.rect.max.y.into(),
                });
                node.add_action(Action::Click);
            });
            if ui.input(|i| i.has_accesskit_action_request(id, Action::Click)) {
                clicked = Some(item.target);
            }
        }
    };
    let link_items = || {
        links
            .iter()
            .filter_map(|&(i, r)| {
                let link = route.links.get(i)?;
                Some(Item {
                    name: route.link_title(link),
                    about: spoken_link(tr, route, i, bands, year),
                    rect: r,
                    target: Target::Link(i),
                    key: (i, 0, 0),
                })
            })
            .collect()
    };
    list(ui, "map_links", tr.t("a11y-map-links"), &link_items);
    // One item for each layer on each link: a flow of several legs draws a band on each, and
    // two values of a layer may share a link, read one after the other.
    let band_items = || {
        let mut items: Vec<Item> = Vec::new();
        let mut values: Vec<Vec<usize>> = Vec::new();
        for b in bands {
            let Some(&(_, rect)) = links.iter().find(|(i, _)| *i == b.link) else {
                continue;
            };
            let key = (b.link, b.layer, 0);
            match items.iter().position(|item| item.key == key) {
                Some(at) if !values[at].contains(&b.value) => values[at].push(b.value),
                Some(_) => {}
                None => {
                    items.push(Item {
                        name: flow_name(tr, route, b.link, b.layer),
                        about: String::new(),
                        rect,
                        target: Target::Link(b.link),
                        key,
                    });
                    values.push(vec![b.value]);
                }
            }
        }
        for (item, values) in items.iter_mut().zip(values) {
            item.about = values
                .iter()
                .map(|&value| spoken_flow(tr, route, item.key.1, value, year))
                .collect::<Vec<_>>()
                .join("; ");
        }
        items
    };
    list(ui, "map_flows", tr.t("a11y-map-flows"), &band_items);
    clicked
}

/// One link or band in the map's lists.
struct Item {
    name: String,
    about: String,
    rect: Rect,
    target: Target,
    /// Which link (and for a flow, which layer) it is, for an id that stays as the map moves.
    key: (usize, usize, usize),
}

/// What an announcement is about: the selection while exploring, the slide during a talk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Subject {
    Selection(Option<Target>),
    Slide(usize),
}

/// The last subject and what was said of it, kept from frame to frame.
#[derive(Clone, Debug, Default)]
struct Announced {
    subject: Option<Subject>,
    text: Option<String>,
}

/// Tells a screen reader of a new selection or slide: a polite live region under the window,
/// whose words change when `subject` does, to `words()`. What is on screen when the app starts
/// is not announced, nor the same subject twice.
pub fn announce(ctx: &egui::Context, subject: Subject, words: impl FnOnce() -> String) {
    let id = egui::Id::unique("announcement");
    let mut announced: Announced = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    if announced.subject != Some(subject) {
        if announced.subject.is_some() {
            announced.text = Some(words());
        }
        announced.subject = Some(subject);
        ctx.data_mut(|d| d.insert_temp(id, announced.clone()));
    }
    ctx.accesskit_node_builder(id, |node| {
        node.set_role(Role::Status);
        node.set_live(Live::Polite);
        node.set_live_atomic();
        if let Some(text) = announced.text {
            node.set_label(text);
        }
    });
}
