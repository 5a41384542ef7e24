//! Short phrases built from the route's data, worded once for the side panel, tooltips, slides
//! and pictures.

use crate::model::{FlowLayer, FlowValue, LinkStatus, Source};

/// Who published a source and when: "BAQ.KZ · 2025-10-21", "outlet not named" where it is not.
pub fn source_line(source: &Source) -> String {
    let outlet = if source.outlet.is_empty() {
        "outlet not named"
    } else {
        source.outlet.as_str()
    };
    [outlet, source.author.as_str(), source.date.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "4.5 Mt in 2023 (actual)", or "plan or target, 2026" for a status with no amount.
pub fn describe_value(layer: &FlowLayer, v: &FlowValue) -> String {
    match v.value {
        Some(amount) => format!(
            "{} in {} ({})",
            crate::flows::format_amount(amount, &layer.unit),
            v.year,
            v.kind.label()
        ),
        None => format!("{}, {}", v.kind.label(), v.year),
    }
}

/// The English plural ending for `n` things.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Link status as shown in legends and tooltips, with how it is drawn.
pub fn status_description(status: LinkStatus) -> &'static str {
    match status {
        LinkStatus::Operating => "solid line",
        LinkStatus::UnderConstruction => "dashed line",
        LinkStatus::Planned => "dotted line",
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
            source_line(&source),
            "outlet not named · Ibragim Aliev · 2025-10-20"
        );
    }

    #[test]
    fn first_sentences_stop_after_n() {
        assert_eq!(first_sentences("One. Two. Three.", 2), "One. Two.");
        assert_eq!(first_sentences("Only one", 2), "Only one");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(1), "");
        assert_eq!(plural(0), "s");
        assert_eq!(plural(5), "s");
    }
}
