//! Files the program carries deflated: the basemap and the fonts, 4.6 MB of the program as they
//! are and 1.7 MB deflated. build.rs deflates them; they are inflated where they are read, the
//! basemap for each reading (parsing it takes far longer) and the fonts once.

/// The deflated bytes of a file of `data/basemap` or `assets/fonts`, by its name.
#[macro_export]
macro_rules! deflated {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/embedded/", $name, ".deflate"))
    };
}

/// The inflated bytes of a file of `data/basemap` or `assets/fonts`, inflated on first use and
/// kept for the program's life; empty, with the reason logged, if they cannot be.
#[macro_export]
macro_rules! inflated_once {
    ($name:literal) => {{
        static FILE: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
            $crate::embedded::inflate($name, $crate::deflated!($name)).unwrap_or_else(|e| {
                log::error!("{e}");
                Vec::new()
            })
        });
        FILE.as_slice()
    }};
}

#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error(
        "the built-in file {0} could not be unpacked ({1}); the program is damaged: install it again"
    )]
    Inflate(&'static str, String),
}

/// Inflates the deflated bytes of the built-in file `name`.
pub fn inflate(name: &'static str, deflated: &[u8]) -> Result<Vec<u8>, EmbeddedError> {
    miniz_oxide::inflate::decompress_to_vec(deflated)
        .map_err(|e| EmbeddedError::Inflate(name, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_deflated_file_inflates_to_the_file_it_came_from() {
        let files: [(&str, &[u8], &[u8]); 7] = [
            (
                "countries-110m.json",
                deflated!("countries-110m.json"),
                include_bytes!("../data/basemap/countries-110m.json"),
            ),
            (
                "countries-50m.json",
                deflated!("countries-50m.json"),
                include_bytes!("../data/basemap/countries-50m.json"),
            ),
            (
                "countries-10m.json",
                deflated!("countries-10m.json"),
                include_bytes!("../data/basemap/countries-10m.json"),
            ),
            (
                "NotoSans-Regular.ttf",
                deflated!("NotoSans-Regular.ttf"),
                include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
            ),
            (
                "NotoSans-Bold.ttf",
                deflated!("NotoSans-Bold.ttf"),
                include_bytes!("../assets/fonts/NotoSans-Bold.ttf"),
            ),
            (
                "NotoSansGeorgian-Regular.ttf",
                deflated!("NotoSansGeorgian-Regular.ttf"),
                include_bytes!("../assets/fonts/NotoSansGeorgian-Regular.ttf"),
            ),
            (
                "NotoSansArmenian-Regular.ttf",
                deflated!("NotoSansArmenian-Regular.ttf"),
                include_bytes!("../assets/fonts/NotoSansArmenian-Regular.ttf"),
            ),
        ];
        for (name, packed, original) in files {
            assert!(
                packed.len() * 3 < original.len() * 2,
                "{name} shrinks by a third"
            );
            assert_eq!(inflate(name, packed).expect(name), original, "{name}");
        }
    }

    #[test]
    fn damaged_bytes_are_an_error_that_names_the_file() {
        let packed = deflated!("countries-110m.json");
        let cut = &packed[..packed.len() / 2];
        let e = inflate("countries-110m.json", cut).expect_err("a cut stream");
        assert!(e.to_string().contains("countries-110m.json"), "{e}");
    }
}
