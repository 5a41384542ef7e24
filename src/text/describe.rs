//! Short phrases built from the route's data, worded once for the side panel, tooltips, slides
//! and pictures.

use crate::i18n::{Arg, Tr, msg};
use crate::model::{
    Dating, FlowLayer, FlowValue, LinkMode, LinkStatus, NodeKind, Quote, Route, Source, ValueKind,
};
use crate::tr;

/// Who published a source and when: "BAQ.KZ · 21 October 2025", the date written out as the
/// language writes it; "outlet not named" and "date not given" where the source prints none.
pub fn source_line(tr: &Tr, source: &Source) -> String {
    let outlet = if source.outlet.is_empty() {
        tr.t("kind-source-no-outlet")
    } else {
        source.outlet.to_string()
    };
    let date = dating(tr, source.dating());
    [outlet, source.author.to_string(), date]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "BAQ.KZ · Amina Kosbaeva · 21 October 2025" for the source of that id, leaving out what is
/// unknown; a source the route lacks is named by its id.
pub fn source_credit(tr: &Tr, route: &Route, source_id: &str) -> String {
    route.source(source_id).map_or_else(
        || tr!(tr, "panel-source-unknown", id = source_id),
        |s| source_line(tr, s),
    )
}

/// A date as the route gives it, in the language: "21 October 2025", "date not given", or
/// nothing where the route says nothing.
pub fn dating(tr: &Tr, dating: Dating<'_>) -> String {
    match dating {
        Dating::Unset => String::new(),
        Dating::NotGiven => tr.t("date-not-given"),
        Dating::Given(date) => tr.date(date),
    }
}

/// What stands before a reported statement's words, so that they are never read as the
/// speaker's own: "BAQ.KZ reports that Amina Kosbaeva said:".
pub fn reported_lead(tr: &Tr, route: &Route, quote: &Quote) -> String {
    let source = route.source(&quote.source);
    let article = match source {
        Some(s) if !s.outlet.is_empty() => s.outlet.to_string(),
        Some(s) if !s.author.is_empty() => {
            tr!(tr, "quote-reported-article-by", author = s.author.as_str())
        }
        _ => tr.t("quote-reported-article"),
    };
    tr!(
        tr,
        "quote-reported-lead",
        article = article,
        speaker = quote.speaker.as_str()
    )
}

/// "4.5 Mt in 2023 (actual)", or "plan or target, 2026" for a status with no amount; a value
/// for part of a year names its months ("547 USD M in Jan–Aug 2025 (actual, part of a year)"),
/// and one whose source gives no year says so ("1,000 USD M, no year given (plan or target)").
pub fn describe_value(tr: &Tr, layer: &FlowLayer, v: &FlowValue) -> String {
    let kind = ("kind", Arg::from(value_kind(tr, v.kind)));
    let amount = v
        .value
        .map(|a| ("amount", Arg::from(tr.numbers().amount(a, &layer.unit))));
    let period = crate::flows::part_of_year(v).map(|p| ("period", Arg::Text(p.words(tr))));
    // A year is not a number to group: "2023", never "2,023".
    let year = v.year.map(|y| ("year", Arg::Text(y.to_string())));
    match (year, period, amount) {
        (None, _, Some(amount)) => tr.t_args("kind-value-no-year", &[amount, kind]),
        (None, _, None) => tr.t_args("kind-value-no-year-without-amount", &[kind]),
        (Some(_), Some(period), Some(amount)) => {
            tr.t_args("kind-value-part-year", &[amount, period, kind])
        }
        (Some(_), Some(period), None) => {
            tr.t_args("kind-value-part-year-without-amount", &[kind, period])
        }
        (Some(year), None, Some(amount)) => {
            tr.t_args("kind-value-with-amount", &[amount, year, kind])
        }
        (Some(year), None, None) => tr.t_args("kind-value-without-amount", &[kind, year]),
    }
}

/// How links of a status are drawn, as legends and tooltips say it: "solid line".
pub fn status_description(tr: &Tr, status: LinkStatus) -> String {
    tr.t(match status {
        LinkStatus::Operating => msg("kind-line-solid"),
        LinkStatus::UnderConstruction => msg("kind-line-dashed"),
        LinkStatus::Planned => msg("kind-line-dotted"),
    })
}

/// A kind of place, such as "Sea port", in the language.
pub fn node_kind(tr: &Tr, kind: NodeKind) -> String {
    tr.t(match kind {
        NodeKind::Port => msg("kind-node-port"),
        NodeKind::RailJunction => msg("kind-node-rail-junction"),
        NodeKind::BorderCrossing => msg("kind-node-border-crossing"),
        NodeKind::City => msg("kind-node-city"),
        NodeKind::Terminal => msg("kind-node-terminal"),
        NodeKind::Place => msg("kind-node-place"),
    })
}

/// A kind of link, such as "Sea ferry", in the language.
pub fn link_mode(tr: &Tr, mode: LinkMode) -> String {
    tr.t(match mode {
        LinkMode::Rail => msg("kind-mode-rail"),
        LinkMode::SeaFerry => msg("kind-mode-sea-ferry"),
        LinkMode::Pipeline => msg("kind-mode-pipeline"),
        LinkMode::SubseaCable => msg("kind-mode-subsea-cable"),
        LinkMode::Road => msg("kind-mode-road"),
        LinkMode::Power => msg("kind-mode-power"),
    })
}

/// A link's status, such as "Under construction", in the language.
pub fn link_status(tr: &Tr, status: LinkStatus) -> String {
    tr.t(match status {
        LinkStatus::Operating => msg("kind-status-operating"),
        LinkStatus::UnderConstruction => msg("kind-status-under-construction"),
        LinkStatus::Planned => msg("kind-status-planned"),
    })
}

/// A kind of value inside a phrase, such as "actual", in the language.
pub fn value_kind(tr: &Tr, kind: ValueKind) -> String {
    tr.t(match kind {
        ValueKind::Actual => msg("kind-value-actual"),
        ValueKind::Estimate => msg("kind-value-estimate"),
        ValueKind::Plan => msg("kind-value-plan"),
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_without_an_outlet_says_so() {
        let source = Source {
            outlet: Default::default(),
            author: "Ibragim Aliev".into(),
            date: "2025-10-20".into(),
            ..Source::default()
        };
        assert_eq!(
            source_line(&Tr::default(), &source),
            "outlet not named · Ibragim Aliev · 20 October 2025"
        );
        assert_eq!(
            source_line(&Tr::new("ru"), &source),
            "издание не указано · Ibragim Aliev · 20 октября 2025 г."
        );
    }

    #[test]
    fn a_source_without_a_date_says_so_in_each_language() {
        let source = Source {
            outlet: "BAQ.KZ".into(),
            date: crate::model::NOT_GIVEN.into(),
            ..Source::default()
        };
        assert_eq!(
            source_line(&Tr::default(), &source),
            "BAQ.KZ · date not given"
        );
        assert_eq!(
            source_line(&Tr::new("ru"), &source),
            "BAQ.KZ · дата не указана"
        );
        let dated = Source {
            date: "2025-10-21".into(),
            ..source.clone()
        };
        assert_eq!(
            source_line(&Tr::default(), &dated),
            "BAQ.KZ · 21 October 2025"
        );
        let silent = Source {
            date: String::new(),
            ..source
        };
        assert_eq!(source_line(&Tr::default(), &silent), "BAQ.KZ");
    }

    #[test]
    fn a_reported_statement_is_led_by_the_article_that_reports_it() {
        let route: Route = serde_json::from_value(serde_json::json!({
            "version": crate::model::FORMAT_VERSION, "id": "r", "title": "R", "nodes": [],
            "sources": [
                {"id": "baq", "title": "T", "outlet": "BAQ.KZ"},
                {"id": "op-ed", "title": "T", "author": "Ibragim Aliev"},
                {"id": "bare", "title": "T"}
            ],
            "quotes": [
                {"id": "a", "kind": "reported", "speaker": "Amina Kosbaeva", "source": "baq", "text": "…"},
                {"id": "b", "kind": "reported", "speaker": "Kassym-Jomart Tokayev", "source": "op-ed", "text": "…"},
                {"id": "c", "kind": "reported", "speaker": "Someone", "source": "bare", "text": "…"}
            ]
        }))
        .expect("a route");
        let lead = |tr: &Tr, i: usize| reported_lead(tr, &route, &route.quotes[i]);
        let (en, ru) = (Tr::default(), Tr::new("ru"));
        assert_eq!(lead(&en, 0), "BAQ.KZ reports that Amina Kosbaeva said:");
        assert_eq!(
            lead(&en, 1),
            "Ibragim Aliev's article reports that Kassym-Jomart Tokayev said:"
        );
        assert_eq!(lead(&en, 2), "The article reports that Someone said:");
        assert_eq!(
            lead(&ru, 0),
            "BAQ.KZ пересказывает слова, автор которых — Amina Kosbaeva:"
        );
        assert_eq!(
            lead(&ru, 1),
            "Ibragim Aliev в своей статье пересказывает слова, автор которых — Kassym-Jomart Tokayev:"
        );
    }

    #[test]
    fn values_are_described_in_the_language() {
        let value: FlowValue = serde_json::from_value(serde_json::json!({
            "from": "a", "to": "b", "year": 2023, "value": 4.5, "kind": "actual", "source": "s"
        }))
        .expect("a value");
        let layer: FlowLayer = serde_json::from_value(serde_json::json!({
            "id": "cargo", "name": "Cargo", "unit": "Mt", "color": "#000000", "values": []
        }))
        .expect("a layer");
        assert_eq!(
            describe_value(&Tr::default(), &layer, &value),
            "4.5\u{a0}Mt in 2023 (actual)"
        );
        assert_eq!(
            describe_value(&Tr::new("ru"), &layer, &value),
            "4,5\u{a0}Mt в 2023 г. (факт)"
        );
        let plan = FlowValue {
            value: None,
            kind: ValueKind::Plan,
            year: Some(2026),
            ..value.clone()
        };
        assert_eq!(
            describe_value(&Tr::default(), &layer, &plan),
            "plan or target, 2026"
        );
        let part = FlowValue {
            value: Some(547.0),
            year: Some(2025),
            period: "2025-01/2025-08".into(),
            ..value.clone()
        };
        assert_eq!(
            describe_value(&Tr::default(), &layer, &part),
            "547\u{a0}Mt in Jan–Aug 2025 (actual, part of a year)"
        );
        assert_eq!(
            describe_value(&Tr::new("ru"), &layer, &part),
            "547\u{a0}Mt за янв.–авг. 2025 г. (факт, часть года)"
        );
        let target = FlowValue {
            value: Some(1000.0),
            year: None,
            kind: ValueKind::Plan,
            ..value.clone()
        };
        assert_eq!(
            describe_value(&Tr::default(), &layer, &target),
            "1,000\u{a0}Mt, no year given (plan or target)"
        );
        assert_eq!(
            describe_value(&Tr::new("ru"), &layer, &target),
            "1\u{a0}000\u{a0}Mt, год не указан (план или цель)"
        );
        let status = FlowValue {
            value: None,
            ..target
        };
        assert_eq!(
            describe_value(&Tr::default(), &layer, &status),
            "plan or target, no year given"
        );
    }

    #[test]
    fn kinds_have_words_in_every_language() {
        let ru = Tr::new("ru");
        assert_eq!(node_kind(&ru, NodeKind::Port), "Морской порт");
        assert_eq!(link_mode(&ru, LinkMode::SeaFerry), "Морской паром");
        assert_eq!(link_status(&ru, LinkStatus::Planned), "Планируется");
        assert_eq!(
            status_description(&ru, LinkStatus::Operating),
            "сплошная линия"
        );
        let en = Tr::default();
        for &kind in <NodeKind as strum::VariantArray>::VARIANTS {
            assert_eq!(node_kind(&en, kind), kind.label());
        }
        for &mode in <LinkMode as strum::VariantArray>::VARIANTS {
            assert_eq!(link_mode(&en, mode), mode.label());
        }
        for &status in <LinkStatus as strum::VariantArray>::VARIANTS {
            assert_eq!(link_status(&en, status), status.label());
        }
        for kind in [ValueKind::Actual, ValueKind::Estimate, ValueKind::Plan] {
            assert_eq!(value_kind(&en, kind), kind.label());
        }
    }

    #[test]
    fn first_sentences_stop_after_n() {
        assert_eq!(first_sentences("One. Two. Three.", 2), "One. Two.");
        assert_eq!(first_sentences("Only one", 2), "Only one");
    }
}
