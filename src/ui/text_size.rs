//! The size of the whole interface, as Ctrl+= / Ctrl+- / Ctrl+0 set it: egui's zoom factor, in
//! steps of a tenth, from half size to three times.

use super::commands::Command;

/// The smallest and largest sizes offered.
pub const RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;
/// One step of Ctrl+= or Ctrl+-.
const STEP: f32 = 0.1;

/// `size` brought into [`RANGE`]; a saved size that is not a number is normal size.
pub fn clamp(size: f32) -> f32 {
    if size.is_finite() {
        size.clamp(*RANGE.start(), *RANGE.end())
    } else {
        1.0
    }
}

/// The size after `command`, from `size`; other commands leave it.
pub fn after(command: Command, size: f32) -> f32 {
    let stepped = match command {
        Command::LargerText => size + STEP,
        Command::SmallerText => size - STEP,
        Command::NormalTextSize => 1.0,
        _ => size,
    };
    // Whole tenths, so that ten steps up and ten down come back to where they started.
    clamp((stepped / STEP).round() * STEP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_tenths_and_stay_in_range() {
        let mut size = 1.0;
        for _ in 0..10 {
            size = after(Command::LargerText, size);
        }
        assert!((size - 2.0).abs() < 1e-6, "{size}");
        for _ in 0..100 {
            size = after(Command::LargerText, size);
        }
        assert_eq!(size, *RANGE.end());
        for _ in 0..100 {
            size = after(Command::SmallerText, size);
        }
        assert_eq!(size, *RANGE.start());
        assert_eq!(after(Command::NormalTextSize, 2.7), 1.0);
        assert_eq!(clamp(f32::NAN), 1.0);
        assert_eq!(clamp(40.0), *RANGE.end());
    }
}
