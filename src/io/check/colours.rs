//! Layer colours that look alike: two layers' bands lie side by side on a link, and a viewer
//! who does not tell red from green should still tell them apart.

use strum::VariantArray;

use super::Checker;
use crate::colour_vision::{LEAST_DIFFERENCE, Vision};
use crate::i18n::msg;
use crate::io::problem::Words;
use crate::model::Route;

impl Checker<'_> {
    /// Warns of each pair of layer colours closer than [`LEAST_DIFFERENCE`] for some kind of
    /// colour vision, once per pair, naming the kind that confuses them most.
    pub(super) fn layer_colours(&mut self, route: &Route) {
        let colours: Vec<(usize, [u8; 3])> = route
            .layers
            .iter()
            .enumerate()
            .filter_map(|(i, layer)| layer.rgb().map(|rgb| (i, rgb)))
            .collect();
        for (n, &(i, a)) in colours.iter().enumerate() {
            for &(j, b) in colours.iter().skip(n + 1) {
                let closest = Vision::VARIANTS
                    .iter()
                    .map(|&v| (v, v.difference(a, b)))
                    .min_by(|x, y| x.1.total_cmp(&y.1));
                let Some((vision, difference)) = closest else {
                    continue;
                };
                if difference >= LEAST_DIFFERENCE {
                    continue;
                }
                let (Some(first), Some(second)) = (route.layers.get(i), route.layers.get(j)) else {
                    continue;
                };
                let vision = match vision {
                    Vision::Typical => "typical",
                    Vision::Protanopia => "protanopia",
                    Vision::Deuteranopia => "deuteranopia",
                    Vision::Tritanopia => "tritanopia",
                };
                self.warn(
                    format!("layers[{j}].color"),
                    Words::new(
                        msg("problem-layer-colours-alike"),
                        [
                            ("first", first.name.as_str().into()),
                            ("second", second.name.as_str().into()),
                            ("vision", vision.into()),
                        ],
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::io::{builtin_route, parse_route};

    /// Two layers in a red and a green of like lightness, and a third in a dark blue.
    fn route_with_colours(colours: [&str; 3]) -> String {
        let layers: Vec<String> = colours
            .iter()
            .enumerate()
            .map(|(i, c)| {
                format!(r#"{{"id": "l{i}", "name": "Layer {i}", "unit": "t", "color": "{c}", "values": []}}"#)
            })
            .collect();
        format!(
            r#"{{"version": 3, "id": "t", "title": "T",
  "nodes": [{{"id": "a", "name": "A", "kind": "port", "country": "X", "lat": 1, "lon": 1}}],
  "layers": [{}]}}"#,
            layers.join(",\n")
        )
    }

    fn colour_warnings(text: &str) -> Vec<String> {
        let loaded = parse_route(text, "t.json").expect("loads");
        loaded
            .warnings
            .iter()
            .filter(|w| w.message.contains("look alike"))
            .map(|w| w.message.clone())
            .collect()
    }

    #[test]
    fn a_red_and_a_green_of_like_lightness_are_warned_of_once() {
        let warnings = colour_warnings(&route_with_colours(["#b07000", "#808000", "#002080"]));
        assert_eq!(
            warnings,
            [
                "the colours of layers 'Layer 0' and 'Layer 1' look alike to people with protanopia \
              (no red cones); pick colours further apart, in lightness as well as hue"
            ]
        );
        assert!(colour_warnings(&route_with_colours(["#b07000", "#2060c0", "#202020"])).is_empty());
    }

    #[test]
    fn the_builtin_layers_stay_apart_for_every_kind_of_vision() {
        let loaded = builtin_route().expect("the built-in route loads");
        let alike: Vec<_> = loaded
            .warnings
            .iter()
            .filter(|w| w.message.contains("look alike"))
            .collect();
        assert!(alike.is_empty(), "{alike:?}");
    }
}
