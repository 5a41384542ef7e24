//! The side panel: a selected node or link, the corridor overview, or the sources.

use egui::{Color32, RichText, Ui};

use crate::i18n::Tr;
use crate::model::{Disagreement, Figure, Node, Quote, Route, Text};
use crate::scene::{RouteGeometry, Target};
use crate::text::describe::{self, source_credit};
use crate::text::fonts;
use crate::tr;
use crate::ui::tr::TrContext;

use super::commands::Command;
use super::panel_parts::{card, palette, section};
use super::statements::Statements;

/// Which page the panel shows when nothing is selected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Overview,
    Sources,
    Story,
}

/// What the panel asks of the app.
#[derive(Default)]
pub struct PanelResponse {
    pub select: Option<Option<Target>>,
    pub commands: Vec<Command>,
    /// A quote picked (or, `Some(None)`, unpicked) for the next slide.
    pub pick_quote: Option<Option<String>>,
    pub show_page: Option<Page>,
}

/// What the panel shows, besides the route.
pub struct PanelView<'a> {
    pub selection: Option<Target>,
    pub page: Page,
    pub translation: bool,
    /// The year shown; `None` while the values with no year given are.
    pub year: Option<i32>,
    /// The quote picked for the next slide.
    pub picked_quote: Option<&'a str>,
    pub story_len: usize,
}

/// Places listed as buttons on the overview; a large imported network is explored on the map.
const PLACES_LISTED: usize = 200;

/// Room the English box needs beside the tabs, in points, besides its words.
const ENGLISH_BOX: f32 = 30.0;

/// The panel; `story` draws the Story page, which edits the route.
pub fn show(
    ui: &mut Ui,
    route: &Route,
    geometry: &RouteGeometry,
    view: &PanelView<'_>,
    story: &mut dyn FnMut(&mut Ui),
) -> PanelResponse {
    let PanelView {
        selection,
        page,
        translation: show_translation,
        year,
        picked_quote,
        story_len,
    } = *view;
    let mut out = PanelResponse::default();
    let tr = ui.tr();
    let english_label = tr.t("panel-english");
    let english_room = ENGLISH_BOX
        + ui.painter()
            .layout_no_wrap(
                english_label.clone(),
                egui::TextStyle::Body.resolve(ui.style()),
                Color32::PLACEHOLDER,
            )
            .size()
            .x;
    let english = |ui: &mut Ui, out: &mut PanelResponse| {
        let mut on = show_translation;
        if ui
            .checkbox(&mut on, english_label.as_str())
            .on_hover_text(Command::ToggleTranslation.tooltip(&ui.tr()))
            .changed()
        {
            out.commands.push(Command::ToggleTranslation);
        }
    };
    let mut room = f32::INFINITY;
    ui.horizontal(|ui| {
        let overview = selection.is_none() && page == Page::Overview;
        if ui
            .selectable_label(overview, Command::ShowOverview.label(&ui.tr()))
            .on_hover_text(Command::ShowOverview.tooltip(&ui.tr()))
            .clicked()
        {
            out.commands.push(Command::ShowOverview);
        }
        let sources = selection.is_none() && page == Page::Sources;
        if ui
            .selectable_label(sources, Command::ShowSources.label(&ui.tr()))
            .on_hover_text(Command::ShowSources.tooltip(&ui.tr()))
            .clicked()
        {
            out.commands.push(Command::ShowSources);
        }
        let story_open = selection.is_none() && page == Page::Story;
        if ui
            .selectable_label(story_open, tr!(tr, "panel-story-tab", count = story_len))
            .on_hover_text(tr.attr("panel-story-tab", "tooltip"))
            .clicked()
        {
            out.show_page = Some(Page::Story);
        }
        room = ui.available_width();
        if room >= english_room {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                english(ui, &mut out);
            });
        }
    });
    // A narrow panel, such as one over the map on a projector, has the box on a line of its own.
    if room < english_room {
        english(ui, &mut out);
    }
    ui.separator();

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 6.0;
            match selection {
                Some(Target::Node(i)) => node_page(
                    ui,
                    route,
                    geometry,
                    i,
                    (show_translation, picked_quote),
                    year,
                    &mut out,
                ),
                Some(Target::Link(i) | Target::Flow { link: i, .. }) => {
                    link_page(ui, route, geometry, i, year, &mut out)
                }
                None if page == Page::Sources => sources_page(ui, route, &tr),
                None if page == Page::Story => story(ui),
                None => overview_page(ui, route, (show_translation, picked_quote), &mut out),
            }
        });
    out
}

fn heading(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).font(fonts::bold(22.0)));
}

fn node_page(
    ui: &mut Ui,
    route: &Route,
    geometry: &RouteGeometry,
    i: usize,
    (translation, picked): (bool, Option<&str>),
    year: Option<i32>,
    out: &mut PanelResponse,
) {
    let Some(node) = route.nodes.get(i) else {
        return;
    };
    let tr = ui.tr();
    heading(ui, &node.name);
    if !node.local_name.is_empty() && node.local_name != node.name {
        ui.label(RichText::new(&node.local_name).size(16.0).italics());
    }
    ui.label(kind_and_country(&tr, node));
    // Two decimal places always, as a coordinate is written, in the language's decimal mark.
    let degrees = |v: f64| format!("{:.2}", v.abs()).replace('.', &tr.numbers().decimal);
    ui.weak(tr!(
        tr,
        "panel-coordinates",
        lat = degrees(node.lat),
        north = if node.lat >= 0.0 { "yes" } else { "no" },
        lon = degrees(node.lon),
        east = if node.lon >= 0.0 { "yes" } else { "no" },
    ));
    if !node.description.is_empty() {
        ui.add_space(4.0);
        paragraph(ui, route, &node.description);
    }

    let figures: Vec<&Figure> = route.figures_for(&node.id).collect();
    if !figures.is_empty() {
        section(ui, &tr.t("panel-key-figures"));
        for f in figures {
            figure_row(ui, route, f);
        }
    }
    for d in route.disagreements_for(&node.id) {
        disagreement_card(ui, route, d);
    }

    let statements: Vec<&Quote> = route.quotes_for(&node.id).collect();
    let shown = Statements {
        route,
        translation,
        picked,
    };
    let heading = |count: usize| tr!(tr, "panel-experts-said", count = count);
    if let Some(pick) = shown.show(ui, &statements, heading, Some(tr.t("panel-no-quotes"))) {
        out.pick_quote = Some(pick);
    }

    let through = flows_where(route, geometry, |leg| {
        route
            .links
            .get(leg.link)
            .is_some_and(|l| l.from == node.id || l.to == node.id)
    });
    if !through.is_empty() {
        section(ui, &tr.t("panel-flows-through"));
        super::flow_chart::show(ui, route, geometry, ("node", i), &through, year);
    }

    let links: Vec<(usize, &crate::model::Link)> = route
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| l.from == node.id || l.to == node.id)
        .collect();
    if !links.is_empty() {
        section(ui, &tr.t("panel-links"));
        for (li, link) in links {
            let other = if link.from == node.id {
                &link.to
            } else {
                &link.from
            };
            let other = route
                .node(other)
                .map_or(other.as_str(), |n| n.name.as_str());
            let text = tr!(
                tr,
                "panel-link-to",
                mode = describe::link_mode(&tr, link.mode),
                place = other,
                status = describe::link_status(&tr, link.status).to_lowercase(),
            );
            if ui.link(text).clicked() {
                out.select = Some(Some(Target::Link(li)));
            }
        }
    }
}

fn link_page(
    ui: &mut Ui,
    route: &Route,
    geometry: &RouteGeometry,
    i: usize,
    year: Option<i32>,
    out: &mut PanelResponse,
) {
    let Some(link) = route.links.get(i) else {
        return;
    };
    let tr = ui.tr();
    let name = |id: &str| route.node(id).map_or(id.to_owned(), |n| n.name.to_string());
    heading(ui, &route.link_title(link));
    ui.label(tr!(
        tr,
        "panel-link-drawn",
        mode = describe::link_mode(&tr, link.mode),
        status = describe::link_status(&tr, link.status),
        line = describe::status_description(&tr, link.status),
    ));
    if let Some(path) = route.link_path(link) {
        let km = crate::flows::path_length_km(&path);
        ui.label(tr!(tr, "panel-link-length", km = tr.number(km, 0)));
    }
    if !link.description.is_empty() {
        ui.add_space(4.0);
        paragraph(ui, route, &link.description);
    }
    let on_link = flows_where(route, geometry, |leg| leg.link == i);
    section(ui, &tr.t("panel-flows-on-link"));
    if on_link.is_empty() {
        ui.weak(tr.t("panel-no-flows-on-link"));
    } else {
        super::flow_chart::show(ui, route, geometry, ("link", i), &on_link, year);
    }
    section(ui, &tr.t("panel-link-ends"));
    for id in [&link.from, &link.to] {
        if let Some(ni) = route.node_index(id)
            && ui.link(name(id)).clicked()
        {
            out.select = Some(Some(Target::Node(ni)));
        }
    }
}

/// (layer, value) pairs of every flow with a leg that `on` accepts.
fn flows_where(
    route: &Route,
    geometry: &RouteGeometry,
    on: impl Fn(&crate::flows::Leg) -> bool,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (li, layer) in route.layers.iter().enumerate() {
        for vi in 0..layer.values.len() {
            let legs = geometry
                .flow_legs
                .get(li)
                .and_then(|l| l.get(vi))
                .map_or(&[][..], Vec::as_slice);
            if legs.iter().any(&on) {
                found.push((li, vi));
            }
        }
    }
    found
}

fn overview_page(
    ui: &mut Ui,
    route: &Route,
    (translation, picked): (bool, Option<&str>),
    out: &mut PanelResponse,
) {
    let tr = ui.tr();
    heading(ui, &route.title);
    if !route.description.is_empty() {
        paragraph(ui, route, &route.description);
    }
    ui.weak(tr.t("panel-overview-hint"));

    section(ui, &tr.t("panel-places"));
    ui.horizontal_wrapped(|ui| {
        for (i, node) in route.nodes.iter().enumerate().take(PLACES_LISTED) {
            let n = route.quote_count_for(&node.id);
            let text = format!("{} ({n})", node.name);
            if ui
                .button(text)
                .on_hover_text(tr!(
                    tr,
                    "panel-place-summary",
                    kind = describe::node_kind(&tr, node.kind),
                    country = country(&tr, node),
                    quotes = tr!(tr, "quotes-count", count = n),
                ))
                .clicked()
            {
                out.select = Some(Some(Target::Node(i)));
            }
        }
    });

    if route.nodes.len() > PLACES_LISTED {
        let more = route.nodes.len() - PLACES_LISTED;
        ui.weak(tr!(
            tr,
            "panel-places-more",
            count = tr.number(more as f64, 0)
        ));
    }

    let figures: Vec<&Figure> = route.corridor_figures().collect();
    if !figures.is_empty() {
        section(ui, &tr.t("panel-corridor-figures"));
        for f in figures {
            figure_row(ui, route, f);
        }
    }
    let disagreements: Vec<&Disagreement> = route
        .disagreements
        .iter()
        .filter(|d| d.nodes.is_empty())
        .collect();
    for d in disagreements {
        disagreement_card(ui, route, d);
    }
    let statements: Vec<&Quote> = route.corridor_quotes().collect();
    let shown = Statements {
        route,
        translation,
        picked,
    };
    let heading = |count: usize| tr!(tr, "panel-corridor-quotes", count = count);
    if let Some(pick) = shown.show(ui, &statements, heading, None) {
        out.pick_quote = Some(pick);
    }
}

fn sources_page(ui: &mut Ui, route: &Route, tr: &Tr) {
    heading(ui, &tr.t("panel-sources"));
    ui.label(tr!(tr, "panel-sources-intro", count = route.sources.len()));
    for source in &route.sources {
        let colours = palette(ui);
        card(
            ui,
            ("source", &source.id),
            colours.card,
            colours.card_edge,
            |ui| {
                ui.label(RichText::new(&source.title).font(fonts::bold(15.0)));
                ui.label(describe::source_line(tr, source));
                // An address is worth showing; a file name of the dataset's own is not.
                if source.reference_is_address() {
                    ui.weak(tr!(
                        tr,
                        "panel-source-reference",
                        reference = &source.reference
                    ));
                }
                let (reported, quotes): (Vec<&Quote>, Vec<&Quote>) = route
                    .quotes
                    .iter()
                    .filter(|q| q.source == source.id)
                    .partition(|q| q.is_reported());
                let figures = route
                    .figures
                    .iter()
                    .filter(|f| f.source == source.id)
                    .count();
                ui.weak(tr!(
                    tr,
                    "panel-source-counts",
                    quotes = tr!(tr, "quotes-count", count = quotes.len()),
                    reported = reported.len(),
                    statements = tr!(tr, "panel-reported-count", count = reported.len()),
                    figures = tr!(tr, "panel-figures-count", count = figures),
                ));
            },
        );
    }
}

/// A paragraph of the route's, marked when it is in the route's own language for want of the
/// interface's.
fn paragraph(ui: &mut Ui, route: &Route, text: &Text) {
    ui.label(text.as_str());
    if text.fell_back() {
        let tr = ui.tr();
        let language = Tr::language_name(route.default_language());
        ui.weak(tr!(
            tr,
            "panel-text-fell-back",
            language = language.as_str()
        ));
    }
}

/// The node's country in `tr`'s language.
fn country<'a>(tr: &Tr, node: &'a Node) -> &'a str {
    crate::map::names::country_name(&node.country, tr.language())
}

/// "Sea port · Kazakhstan", in `tr`'s words.
pub(crate) fn kind_and_country(tr: &Tr, node: &Node) -> String {
    tr!(
        tr,
        "panel-kind-country",
        kind = describe::node_kind(tr, node.kind),
        country = country(tr, node),
    )
}

fn figure_row(ui: &mut Ui, route: &Route, f: &Figure) {
    let tr = ui.tr();
    let colours = palette(ui);
    card(
        ui,
        ("figure", &f.id),
        colours.figure_card,
        colours.card_edge,
        |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(&f.value)
                        .font(fonts::bold(16.0))
                        .color(colours.accent_text),
                );
                ui.label(f.label.as_str());
            });
            if !f.note.is_empty() {
                ui.label(RichText::new(&f.note).size(12.5).italics());
            }
            let credit = ui.weak(tr!(
                tr,
                "panel-source",
                source = source_credit(&tr, route, &f.source)
            ));
            if !f.excerpt.is_empty() {
                credit.on_hover_text(format!("«{}»", f.excerpt));
            }
        },
    );
}

fn disagreement_card(ui: &mut Ui, route: &Route, d: &Disagreement) {
    let tr = ui.tr();
    let colours = palette(ui);
    card(
        ui,
        ("disagreement", &d.id),
        colours.warning_card,
        colours.warning_edge,
        |ui| {
            ui.label(
                RichText::new(tr!(tr, "panel-disagreement", topic = &d.topic))
                    .font(fonts::bold(14.0)),
            );
            for claim in &d.claims {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&claim.value).strong());
                    ui.weak(format!("— {}", source_credit(&tr, route, &claim.source)));
                });
                if !claim.excerpt.is_empty() {
                    ui.label(
                        RichText::new(format!("«{}»", claim.excerpt))
                            .size(12.5)
                            .italics(),
                    );
                }
            }
        },
    );
}
