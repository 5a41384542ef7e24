//! The kinds of file the app opens, and telling which one a file is.

use std::path::Path;

use serde::Serialize;
use strum::VariantArray;

/// The kinds of file the app opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// The app's own JSON route file.
    Route,
    GeoJson,
    /// A FlowmapBlue-style pair: locations `(id,name,lat,lon)` and flows
    /// `(origin,dest,count[,time])`.
    FlowmapCsv,
    Kml,
    /// A zipped KML, as Google Earth saves it.
    Kmz,
    /// GPS tracks, routes and waypoints.
    Gpx,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Route => "Corridor Atlas route",
            Format::GeoJson => "GeoJSON",
            Format::FlowmapCsv => "FlowmapBlue CSV pair",
            Format::Kml => "KML",
            Format::Kmz => "KMZ (zipped KML)",
            Format::Gpx => "GPX",
        }
    }

    /// File name extensions, for open dialogs.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Route => &["json"],
            Format::GeoJson => &["geojson", "json"],
            Format::FlowmapCsv => &["csv"],
            Format::Kml => &["kml"],
            Format::Kmz => &["kmz"],
            Format::Gpx => &["gpx"],
        }
    }

    /// Every extension the app opens.
    pub fn all_extensions() -> Vec<&'static str> {
        let mut all: Vec<&str> = Format::VARIANTS
            .iter()
            .flat_map(|f| f.extensions())
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

pub(super) fn is_csv(path: &Path) -> bool {
    extension(path).as_deref() == Some("csv")
}

pub(super) fn is_kmz(path: &Path) -> bool {
    extension(path).as_deref() == Some("kmz")
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Decides how to read a file: by its extension, and for `.json`, `.xml` (or none) by its first
/// element (GPX or KML) or by whether it holds a GeoJSON `type` rather than a route `version`.
pub(super) fn sniff(path: &Path, text: &str) -> Format {
    if text.starts_with("PK\u{3}\u{4}") {
        return Format::Kmz;
    }
    match extension(path).as_deref() {
        Some("geojson") => return Format::GeoJson,
        Some("kml") => return Format::Kml,
        Some("kmz") => return Format::Kmz,
        Some("gpx") => return Format::Gpx,
        Some("csv") => return Format::FlowmapCsv,
        _ => {}
    }
    if let Some((_, element)) = super::identify::root_element(text) {
        return if element.eq_ignore_ascii_case("gpx") {
            Format::Gpx
        } else {
            Format::Kml
        };
    }
    if text.trim_start().starts_with('<') {
        return Format::Kml;
    }
    #[derive(serde::Deserialize)]
    struct Sniff {
        version: Option<serde::de::IgnoredAny>,
        #[serde(rename = "type")]
        kind: Option<serde::de::IgnoredAny>,
    }
    match serde_json::from_str::<Sniff>(text) {
        Ok(Sniff {
            version: None,
            kind: Some(_),
        }) => Format::GeoJson,
        _ => Format::Route,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::testing::MINIMAL;

    #[test]
    fn geojson_in_a_json_file_is_recognised() {
        assert_eq!(
            sniff(
                Path::new("a.json"),
                r#"{"type": "FeatureCollection", "features": []}"#
            ),
            Format::GeoJson
        );
        assert_eq!(sniff(Path::new("a.json"), MINIMAL), Format::Route);
        assert_eq!(sniff(Path::new("a.kml"), ""), Format::Kml);
        assert_eq!(
            sniff(Path::new("a.xml"), "  <?xml version=\"1.0\"?><kml/>"),
            Format::Kml
        );
        assert_eq!(
            sniff(
                Path::new("track.xml"),
                "<?xml version=\"1.0\"?>\n<!-- exported -->\n<gpx version=\"1.1\"/>"
            ),
            Format::Gpx
        );
        assert_eq!(sniff(Path::new("a.gpx"), ""), Format::Gpx);
        assert_eq!(sniff(Path::new("a.kml"), "PK\u{3}\u{4}zipped"), Format::Kmz);
    }

    #[test]
    fn every_format_has_a_label_and_extensions() {
        assert!(!Format::VARIANTS.is_empty());
        for format in Format::VARIANTS {
            assert!(!format.label().is_empty(), "{format:?} has no label");
            assert!(
                !format.extensions().is_empty(),
                "{format:?} has no extensions"
            );
            for extension in format.extensions() {
                assert!(Format::all_extensions().contains(extension));
            }
        }
    }
}
