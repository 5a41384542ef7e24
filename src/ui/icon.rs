//! The app's icon on its window and in the task bar, drawn from assets/icon/corridor-atlas.svg by
//! scripts/make-icons.py. Windows and macOS also take it from the .exe and the app bundle, and
//! Wayland from the installed desktop entry that the window's app id names.

/// The icon at 256 pixels: sharp on the task bars of high-density screens, small in the program.
const PNG_256: &[u8] = include_bytes!("../../assets/icon/png/corridor-atlas-256.png");

/// The window's icon; a window without one if the image cannot be read.
pub fn window_icon() -> Option<egui::IconData> {
    match eframe::icon_data::from_png_bytes(PNG_256) {
        Ok(icon) => Some(icon),
        Err(e) => {
            log::warn!("the window's icon could not be read: {e}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_is_256_pixels_square_with_a_clear_corner_and_a_solid_middle() {
        let icon = window_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        let alpha = |x: usize, y: usize| icon.rgba[(y * 256 + x) * 4 + 3];
        assert_eq!(alpha(0, 0), 0, "the rounded corner is transparent");
        assert_eq!(alpha(128, 128), 255, "the middle is opaque");
    }
}
