//! Route data put into words where more than one panel shows it: a plural ending, a flow value,
//! a source's credit line.

use crate::model::{FlowLayer, FlowValue, Source};

/// "s" after any count but one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
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

/// "BAQ.KZ · Amina Kosbaeva · 2025-10-21", leaving out what is unknown.
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
