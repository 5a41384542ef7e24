//! Checks of what the map draws: areas, nodes, links, and the flow layers whose values run
//! along the links.

use crate::flows::{FlowPathError, Leg, Period, PeriodError, Ways, mode_list, mode_name};
use crate::model::{Area, FlowLayer, FlowValue, LatLon, Route};

use super::{Checker, Known, Words, words};
use crate::i18n::{msg, quoted_number};

impl Checker<'_> {
    pub(super) fn areas(&mut self, route: &Route) {
        for (i, area) in route.areas.iter().enumerate() {
            self.area(i, area);
        }
    }

    fn area(&mut self, i: usize, area: &Area) {
        if !area.color.is_empty() && area.rgb().is_none() {
            self.error(
                format!("areas[{i}].color"),
                Words::new(
                    msg("problem-bad-colour"),
                    [
                        ("color", (&area.color).into()),
                        ("example", "#6b5b95".into()),
                    ],
                ),
            );
        }
        if area.polygons.is_empty() {
            self.warn(
                format!("areas[{i}].polygons"),
                words(msg("problem-area-no-polygons")),
            );
        }
        for (j, rings) in area.polygons.iter().enumerate() {
            for (k, ring) in rings.iter().enumerate() {
                self.ring(&format!("areas[{i}].polygons[{j}][{k}]"), ring);
            }
        }
    }

    /// A ring of an area's polygon: enough points, all on the globe.
    fn ring(&mut self, at: &str, ring: &[LatLon]) {
        if ring.len() < 3 {
            self.error(
                at.to_string(),
                Words::new(
                    msg("problem-ring-too-short"),
                    [("count", ring.len().into())],
                ),
            );
        }
        // One report per ring is enough; a broken ring often has many bad points.
        if let Some((m, p)) = ring.iter().enumerate().find(|(_, p)| {
            !(p.lat.is_finite()
                && p.lon.is_finite()
                && (-90.0..=90.0).contains(&p.lat)
                && (-180.0..=180.0).contains(&p.lon))
        }) {
            self.coordinate(&format!("{at}[{m}]"), p.lat, p.lon);
        }
    }

    pub(super) fn nodes(&mut self, route: &Route) {
        for (i, node) in route.nodes.iter().enumerate() {
            self.non_empty(&format!("nodes[{i}].name"), &node.name, "node-name");
            self.coordinate(&format!("nodes[{i}]"), node.lat, node.lon);
        }
    }

    /// That each link joins known nodes, visibly, through points on the globe.
    pub(super) fn links(&mut self, route: &Route, known: &Known) {
        for (i, link) in route.links.iter().enumerate() {
            self.reference(
                &format!("links[{i}].from"),
                &link.from,
                "node",
                &known.nodes,
            );
            self.reference(&format!("links[{i}].to"), &link.to, "node", &known.nodes);
            if link.from == link.to {
                self.warn(
                    format!("links[{i}].to"),
                    Words::new(
                        msg("problem-link-to-itself"),
                        [("link", (&link.id).into()), ("node", (&link.from).into())],
                    ),
                );
            }
            for (j, point) in link.via.iter().enumerate() {
                self.coordinate(&format!("links[{i}].via[{j}]"), point.lat, point.lon);
            }
        }
    }

    /// Layer ids, names and colours, and each value in them.
    pub(super) fn layers(&mut self, route: &Route, known: &Known) {
        self.unique_ids("layers", route.layers.iter().map(|l| l.id.as_str()));
        let ways = Ways::new(route).all_legs();
        for (i, layer) in route.layers.iter().enumerate() {
            self.non_empty(&format!("layers[{i}].name"), &layer.name, "layer-name");
            if layer.rgb().is_none() {
                self.error(
                    format!("layers[{i}].color"),
                    Words::new(
                        msg("problem-bad-colour"),
                        [
                            ("color", (&layer.color).into()),
                            ("example", "#c2410c".into()),
                        ],
                    ),
                );
            }
            for (j, value) in layer.values.iter().enumerate() {
                let way = ways.get(i).and_then(|l| l.get(j));
                self.flow_value(
                    &format!("layers[{i}].values[{j}]"),
                    layer,
                    value,
                    known,
                    way,
                );
            }
        }
    }

    /// A flow value: known ends and source, a year in range, a period within its year, no
    /// negative amount, and a way along links of the layer's modes from one end to the other.
    fn flow_value(
        &mut self,
        at: &str,
        layer: &FlowLayer,
        value: &FlowValue,
        known: &Known,
        way: Option<&Result<Vec<Leg>, FlowPathError>>,
    ) {
        let from_known = self.reference(&format!("{at}.from"), &value.from, "node", &known.nodes);
        let to_known = self.reference(&format!("{at}.to"), &value.to, "node", &known.nodes);
        self.reference(
            &format!("{at}.source"),
            &value.source,
            "source",
            &known.sources,
        );
        if let Some(year) = value.year {
            self.year(format!("{at}.year"), year);
        }
        self.period(at, value);
        if let Some(amount) = value.value
            && amount < 0.0
        {
            self.error(
                format!("{at}.value"),
                Words::new(
                    msg("problem-negative-value"),
                    [("value", quoted_number(amount).into())],
                ),
            );
        }
        if from_known && to_known {
            self.way(at, layer, way);
        }
    }

    /// That a value for part of a year names its months readably, within its year.
    fn period(&mut self, at: &str, value: &FlowValue) {
        if value.period.trim().is_empty() {
            return;
        }
        let path = format!("{at}.period");
        match (Period::parse(&value.period), value.year) {
            (Err(e), _) => {
                let id = match e {
                    PeriodError::Unreadable(_) => msg("problem-period-unreadable"),
                    PeriodError::Backwards(_) => msg("problem-period-backwards"),
                    PeriodError::Years(_) => msg("problem-period-years"),
                };
                self.error(path, Words::new(id, [("period", (&value.period).into())]));
            }
            (Ok(period), None) => self.error(
                path,
                Words::new(
                    msg("problem-period-without-year"),
                    [
                        ("period", (&value.period).into()),
                        ("year", period.year.to_string().into()),
                    ],
                ),
            ),
            (Ok(period), Some(year)) if period.year != year => self.error(
                path,
                Words::new(
                    msg("problem-period-other-year"),
                    [
                        ("period", (&value.period).into()),
                        ("year", year.to_string().into()),
                    ],
                ),
            ),
            (Ok(_), Some(_)) => {}
        }
    }

    /// That the value has a way along the links: those it lists, or links of its layer's
    /// modes.
    fn way(&mut self, at: &str, layer: &FlowLayer, way: Option<&Result<Vec<Leg>, FlowPathError>>) {
        let Some(Err(problem)) = way else {
            return;
        };
        match problem.clone() {
            FlowPathError::NoWay { from, to } => self.warn(
                format!("{at}.to"),
                Words::new(
                    msg("problem-flow-no-way"),
                    [("from", from.into()), ("to", to.into())],
                ),
            ),
            FlowPathError::NoWayOverModes { from, to, modes } => self.warn(
                format!("{at}.to"),
                Words::new(
                    msg("problem-flow-no-way-over-modes"),
                    [
                        ("layer", (&layer.id).into()),
                        ("from", from.into()),
                        ("to", to.into()),
                        ("modes", mode_list(&modes).into()),
                    ],
                ),
            ),
            FlowPathError::UnknownLink(link) => self.error(
                format!("{at}.links"),
                Words::new(msg("problem-flow-unknown-link"), [("link", link.into())]),
            ),
            FlowPathError::Broken { link, at: node } => self.error(
                format!("{at}.links"),
                Words::new(
                    msg("problem-flow-link-broken"),
                    [("link", link.into()), ("node", node.into())],
                ),
            ),
            FlowPathError::WrongEnd { end, to } => self.error(
                format!("{at}.links"),
                Words::new(
                    msg("problem-flow-wrong-end"),
                    [("end", end.into()), ("to", to.into())],
                ),
            ),
            FlowPathError::WrongMode { link, mode, modes } => self.error(
                format!("{at}.links"),
                Words::new(
                    msg("problem-flow-wrong-mode"),
                    [
                        ("link", link.into()),
                        ("mode", mode_name(mode).into()),
                        ("layer", (&layer.id).into()),
                        ("modes", mode_list(&modes).into()),
                    ],
                ),
            ),
        }
    }
}
