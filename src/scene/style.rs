//! Colours and line styles: one place, so the map, its legend and exports agree.

use ecolor::Color32;

use crate::model::{LinkMode, LinkStatus, NodeKind};

pub const WATER: Color32 = Color32::from_rgb(0xB9, 0xD3, 0xE6);
/// Dark enough for 4.5:1 on the water, as text needs.
pub const WATER_LABEL: Color32 = Color32::from_rgb(0x2B, 0x5A, 0x80);
pub const BORDER: Color32 = Color32::from_rgb(0x8C, 0x86, 0x7A);
pub const COUNTRY_LABEL: Color32 = Color32::from_rgb(0x6B, 0x65, 0x5B);
pub const LABEL: Color32 = Color32::from_rgb(0x1E, 0x22, 0x28);
pub const HALO: Color32 = Color32::from_rgba_premultiplied(0xF7, 0xF5, 0xEF, 0xE6);
pub const NODE_FILL: Color32 = Color32::from_rgb(0x22, 0x2A, 0x35);
pub const NODE_STROKE: Color32 = Color32::WHITE;
/// Areas with no colour of their own.
pub const AREA_RGB: [u8; 3] = [0x6B, 0x5B, 0x95];
pub const SCALE_BAR: Color32 = Color32::from_rgb(0x33, 0x33, 0x33);
pub const CREDIT: Color32 = Color32::from_rgb(0x55, 0x55, 0x55);
/// Where the basemap comes from, shown on the map and on every export.
pub const SELECTED: Color32 = Color32::from_rgb(0xE8, 0x6A, 0x10);
pub const HOVERED: Color32 = Color32::from_rgb(0x2F, 0x80, 0xED);
/// The selected place's name: the selection's orange, darkened to read at 4.5:1 on its halo.
pub const SELECTED_LABEL: Color32 = Color32::from_rgb(0xB0, 0x4A, 0x00);

/// Land tints, so neighbours read apart without shouting.
const LAND: [Color32; 5] = [
    Color32::from_rgb(0xEE, 0xEA, 0xDF),
    Color32::from_rgb(0xE8, 0xE4, 0xD6),
    Color32::from_rgb(0xF1, 0xEC, 0xE4),
    Color32::from_rgb(0xE6, 0xE6, 0xDA),
    Color32::from_rgb(0xEC, 0xE6, 0xDA),
];
/// Countries the route passes through.
const LAND_ON_ROUTE: Color32 = Color32::from_rgb(0xF8, 0xEF, 0xD4);

pub fn land(country_index: usize, on_route: bool) -> Color32 {
    if on_route {
        LAND_ON_ROUTE
    } else {
        LAND[country_index % LAND.len()]
    }
}

/// Colours that stay apart for every kind of colour vision (the test below simulates each) and
/// stand out from the land at 3:1 or more, as lines must.
pub fn mode_color(mode: LinkMode) -> Color32 {
    match mode {
        LinkMode::Rail => Color32::from_rgb(0xAA, 0x44, 0x00),
        LinkMode::SeaFerry => Color32::from_rgb(0x00, 0x55, 0x99),
        LinkMode::Pipeline => Color32::from_rgb(0x5A, 0x3A, 0x28),
        LinkMode::SubseaCable => Color32::from_rgb(0x00, 0x7A, 0x55),
        LinkMode::Road => Color32::from_rgb(0x4B, 0x55, 0x63),
        LinkMode::Power => Color32::from_rgb(0xB4, 0x4B, 0x94),
    }
}

/// What is drawn along a line besides its stroke, so modes differ in shape as well as colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Decoration {
    None,
    /// Short bars across the line, as railways are drawn on maps.
    CrossTicks {
        spacing: f32,
        half_length: f32,
    },
    /// Small filled circles along the line.
    Beads {
        spacing: f32,
        radius: f32,
    },
    /// A pale line down the middle of a wide one, as pipes and roads are drawn.
    Inline {
        width: f32,
        color: Color32,
    },
}

/// How a line is broken, by status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dash {
    Solid,
    Dashed { on: f32, off: f32 },
    Dotted { spacing: f32 },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineStyle {
    pub width: f32,
    pub color: Color32,
    pub dash: Dash,
    pub decoration: Decoration,
}

pub fn link_style(mode: LinkMode, status: LinkStatus) -> LineStyle {
    let color = mode_color(mode);
    let (width, decoration) = match mode {
        LinkMode::Rail => (
            3.0,
            Decoration::CrossTicks {
                spacing: 11.0,
                half_length: 4.5,
            },
        ),
        LinkMode::SeaFerry => (3.0, Decoration::None),
        LinkMode::Pipeline => (
            5.0,
            Decoration::Inline {
                width: 1.6,
                color: Color32::from_rgb(0xF3, 0xE3, 0xCF),
            },
        ),
        LinkMode::SubseaCable => (
            2.0,
            Decoration::Beads {
                spacing: 14.0,
                radius: 3.0,
            },
        ),
        LinkMode::Road => (
            4.0,
            Decoration::Inline {
                width: 1.8,
                color: Color32::from_rgb(0xFF, 0xF4, 0xC8),
            },
        ),
        LinkMode::Power => (
            2.0,
            Decoration::CrossTicks {
                spacing: 16.0,
                half_length: 6.0,
            },
        ),
    };
    let dash = match (mode, status) {
        (LinkMode::SeaFerry, LinkStatus::Operating) => Dash::Dashed { on: 10.0, off: 5.0 },
        (_, LinkStatus::Operating) => Dash::Solid,
        (_, LinkStatus::UnderConstruction) => Dash::Dashed { on: 7.0, off: 5.0 },
        (_, LinkStatus::Planned) => Dash::Dotted { spacing: 6.0 },
    };
    let color = match status {
        LinkStatus::Planned => color.gamma_multiply(0.85),
        _ => color,
    };
    LineStyle {
        width,
        color,
        dash,
        decoration,
    }
}

/// The shape a node is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerShape {
    Circle,
    Square,
    Diamond,
    Triangle,
    Ring,
}

pub fn node_marker(kind: NodeKind) -> (MarkerShape, f32) {
    match kind {
        NodeKind::Port => (MarkerShape::Circle, 7.0),
        NodeKind::RailJunction => (MarkerShape::Square, 6.0),
        NodeKind::BorderCrossing => (MarkerShape::Diamond, 7.0),
        NodeKind::City => (MarkerShape::Ring, 6.0),
        NodeKind::Terminal => (MarkerShape::Triangle, 7.5),
        NodeKind::Place => (MarkerShape::Circle, 5.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour_vision::{LEAST_DIFFERENCE, closest_pair, contrast};
    use strum::VariantArray;

    fn rgb(c: Color32) -> [u8; 3] {
        [c.r(), c.g(), c.b()]
    }

    #[test]
    fn modes_stay_apart_for_every_kind_of_colour_vision() {
        let colours: Vec<[u8; 3]> = LinkMode::VARIANTS
            .iter()
            .map(|&m| rgb(mode_color(m)))
            .collect();
        let (i, j, vision, d) = closest_pair(&colours).expect("several modes");
        assert!(
            d >= LEAST_DIFFERENCE,
            "{:?} and {:?} differ by only {d:.1} for {vision:?}",
            LinkMode::VARIANTS[i],
            LinkMode::VARIANTS[j]
        );
    }

    #[test]
    fn lines_and_labels_stand_out_from_the_land_and_the_water() {
        let grounds: Vec<[u8; 3]> = (0..LAND.len())
            .map(|i| rgb(land(i, false)))
            .chain([rgb(land(0, true)), rgb(WATER)])
            .collect();
        for &ground in &grounds {
            for &mode in LinkMode::VARIANTS {
                let ratio = contrast(rgb(mode_color(mode)), ground);
                // Lines on land need 3:1; a sea route is drawn on water, where the same holds.
                assert!(ratio >= 3.0, "{mode:?} on {ground:?}: {ratio:.2}");
            }
            for (what, text) in [("label", LABEL), ("credit", CREDIT)] {
                let ratio = contrast(rgb(text), ground);
                assert!(ratio >= 4.5, "{what} text on {ground:?}: {ratio:.2}");
            }
        }
        // Country names stand on their land.
        for &ground in &grounds[..grounds.len() - 1] {
            let ratio = contrast(rgb(COUNTRY_LABEL), ground);
            assert!(ratio >= 4.5, "country name on {ground:?}: {ratio:.2}");
        }
        let water_label = contrast(rgb(WATER_LABEL), rgb(WATER));
        assert!(water_label >= 4.5, "sea names on water: {water_label:.2}");
    }

    /// The halo laid over `ground`, as the painter blends a premultiplied colour.
    fn halo_over(ground: [u8; 3]) -> [u8; 3] {
        let keep = 1.0 - f32::from(HALO.a()) / 255.0;
        let blend = |h: u8, x: u8| (f32::from(h) + keep * f32::from(x)).round().min(255.0) as u8;
        [
            blend(HALO.r(), ground[0]),
            blend(HALO.g(), ground[1]),
            blend(HALO.b(), ground[2]),
        ]
    }

    #[test]
    fn place_names_read_on_their_halo_over_anything_on_the_map() {
        // A name may lie over land, water, a line of any mode, a place's mark or black.
        let grounds: Vec<[u8; 3]> = (0..LAND.len())
            .map(|i| rgb(land(i, false)))
            .chain([rgb(land(0, true)), rgb(WATER), rgb(NODE_FILL), [0, 0, 0]])
            .chain(LinkMode::VARIANTS.iter().map(|&m| rgb(mode_color(m))))
            .collect();
        for ground in grounds {
            let behind = halo_over(ground);
            for (what, text) in [("a name", LABEL), ("the selected name", SELECTED_LABEL)] {
                let ratio = contrast(rgb(text), behind);
                assert!(
                    ratio >= 4.5,
                    "{what} on its halo over {ground:?}: {ratio:.2}"
                );
            }
        }
        // Without its halo, the selection's own orange would not do for text.
        assert!(contrast(rgb(SELECTED), halo_over([0, 0, 0])) < 4.5);
    }
}
