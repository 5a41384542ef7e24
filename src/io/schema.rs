//! The JSON Schema of route files, for editors that check and complete them.

use crate::model::{FORMAT_VERSION, Route};

/// The JSON Schema of route files, generated from the model and shipped as
/// `data/route.schema.json`. Draft 7, which most editors understand.
pub fn route_schema_json() -> String {
    let mut schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Route>();
    schema.insert("title".into(), "Corridor Atlas route file".into());
    schema.insert(
        "description".into(),
        format!(
            "A transport corridor: its places, links, flows by year, sourced figures and quotes, and a story to present. Format version {FORMAT_VERSION}; see docs/route-format.md."
        )
        .into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_schema_is_the_generated_one() {
        let shipped = include_str!("../../data/route.schema.json");
        assert!(
            shipped == route_schema_json(),
            "data/route.schema.json is out of date: run `cargo run -- schema --out data/route.schema.json`"
        );
    }
}
