//! Colours as people with each kind of colour vision see them, and how far apart two colours
//! look: so that the map's modes and a route's layers can be checked to stay apart for the one
//! viewer in twelve who does not tell red from green.
//!
//! The simulation is Machado, Oliveira and Fernandes (2009), "A physiologically-based model for
//! simulation of color vision deficiency", at full severity, applied to linear sRGB. The
//! difference is CIE 1976 ΔE in CIELAB (D65): about 2 is the least a person notices side by side,
//! and lines on a map need several times that to be told apart at a glance.

use strum::VariantArray;

/// Kinds of colour vision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray)]
pub enum Vision {
    Typical,
    /// No long-wavelength (red) cones.
    Protanopia,
    /// No medium-wavelength (green) cones: the most common.
    Deuteranopia,
    /// No short-wavelength (blue) cones.
    Tritanopia,
}

/// The least difference, in ΔE, between two colours that share a view.
pub const LEAST_DIFFERENCE: f64 = 12.0;

impl Vision {
    /// Machado et al.'s matrix at severity 1.0, on linear RGB.
    fn matrix(self) -> [[f64; 3]; 3] {
        match self {
            Vision::Typical => [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
            Vision::Protanopia => [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
            Vision::Deuteranopia => [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
            Vision::Tritanopia => [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        }
    }

    /// `rgb` as this kind of vision sees it, in linear RGB.
    fn sees(self, rgb: [u8; 3]) -> [f64; 3] {
        let linear = rgb.map(|c| to_linear(f64::from(c) / 255.0));
        self.matrix().map(|row| {
            (row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]).clamp(0.0, 1.0)
        })
    }

    /// How different `a` and `b` look to this kind of vision, in ΔE.
    pub fn difference(self, a: [u8; 3], b: [u8; 3]) -> f64 {
        let (a, b) = (lab(self.sees(a)), lab(self.sees(b)));
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
    }
}

/// The pair of colours in `colours` that looks most alike to some kind of vision: the two
/// indexes, the vision and the difference; `None` for fewer than two colours.
pub fn closest_pair(colours: &[[u8; 3]]) -> Option<(usize, usize, Vision, f64)> {
    let mut closest: Option<(usize, usize, Vision, f64)> = None;
    for (i, &a) in colours.iter().enumerate() {
        for (j, &b) in colours.iter().enumerate().skip(i + 1) {
            for &vision in Vision::VARIANTS {
                let d = vision.difference(a, b);
                if closest.is_none_or(|(.., least)| d < least) {
                    closest = Some((i, j, vision, d));
                }
            }
        }
    }
    closest
}

/// WCAG 2.1's relative luminance of an sRGB colour.
pub fn luminance(rgb: [u8; 3]) -> f64 {
    let [r, g, b] = rgb.map(|c| to_linear(f64::from(c) / 255.0));
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// WCAG 2.1's contrast ratio between two colours, from 1 to 21; text needs 4.5, lines and
/// shapes 3.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn to_linear(c: f64) -> f64 {
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// Linear RGB to CIELAB under D65.
fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

#[cfg(test)]
mod tests {
    use super::*;

    const RED: [u8; 3] = [0xD0, 0x20, 0x20];
    const GREEN: [u8; 3] = [0x20, 0x90, 0x20];

    #[test]
    fn red_and_green_part_for_typical_vision_and_meet_without_green_cones() {
        assert!(Vision::Typical.difference(RED, GREEN) > 60.0);
        // The classic confusion: a red and a green of like lightness.
        let olive_red = [0xB0, 0x70, 0x00];
        let olive_green = [0x80, 0x80, 0x00];
        assert!(Vision::Typical.difference(olive_red, olive_green) > 15.0);
        assert!(Vision::Deuteranopia.difference(olive_red, olive_green) < 6.0);
    }

    #[test]
    fn blue_and_yellow_stay_apart_for_red_green_blindness_but_not_for_tritanopia_blue_green() {
        let blue = [0x00, 0x60, 0xC0];
        let yellow = [0xE0, 0xC0, 0x20];
        assert!(Vision::Deuteranopia.difference(blue, yellow) > 40.0);
        assert!(Vision::Protanopia.difference(blue, yellow) > 40.0);
        let teal = [0x00, 0x88, 0x88];
        let green = [0x22, 0x99, 0x55];
        assert!(
            Vision::Tritanopia.difference(teal, green) < Vision::Typical.difference(teal, green)
        );
    }

    #[test]
    fn a_colour_does_not_differ_from_itself() {
        for &v in Vision::VARIANTS {
            assert_eq!(v.difference(RED, RED), 0.0);
        }
    }

    #[test]
    fn contrast_is_wcags() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        assert_eq!(contrast(RED, RED), 1.0);
        // #767676 on white is the lightest grey that passes 4.5:1.
        let grey = contrast([0x76, 0x76, 0x76], [255, 255, 255]);
        assert!((4.5..4.6).contains(&grey), "{grey}");
    }

    #[test]
    fn the_closest_pair_is_found() {
        let olive_red = [0xB0, 0x70, 0x00];
        let olive_green = [0x80, 0x80, 0x00];
        let (i, j, vision, d) =
            closest_pair(&[RED, olive_red, [0, 0x40, 0xC0], olive_green]).expect("four colours");
        assert_eq!((i, j), (1, 3));
        assert_ne!(vision, Vision::Typical);
        assert!(d < 6.0);
        assert!(closest_pair(&[RED]).is_none());
    }
}
