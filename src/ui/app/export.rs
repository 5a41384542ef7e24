//! Exporting the map as a picture: the Export window, the export written on a worker, and the
//! export settings.

use std::path::PathBuf;

use crate::ui::export::{ExportAction, ExportSettings};
use crate::ui::path_window::PathPurpose;

use super::CorridorApp;

/// Said when an export is asked for before the map was ever drawn.
const NOT_DRAWN_YET: &str =
    "The map has not been drawn yet, so there is nothing to export: try again once it shows.";

impl CorridorApp {
    /// Whether an export is being written.
    pub fn is_exporting(&self) -> bool {
        self.export.busy()
    }

    /// The export settings, for tests that choose a size.
    pub fn export_settings_mut(&mut self) -> &mut ExportSettings {
        &mut self.settings.export
    }

    /// Exports the map as it is now to `path`, as PNG or SVG by its extension, with the export
    /// settings; the file is written on a worker and the status bar says when it is done.
    pub fn export_to(&mut self, path: PathBuf) {
        let format = match crate::export::ImageFormat::for_path(&path) {
            Ok(format) => format,
            Err(e) => {
                self.save_message = Some(e.to_string());
                return;
            }
        };
        let Some(map) = self.map.rect else {
            self.save_message = Some(NOT_DRAWN_YET.to_owned());
            return;
        };
        let camera = self.map.camera;
        let settings = &self.settings.export;
        let (size, pixels_per_point, camera) = settings.frame(map, camera);
        if let Err(e) = crate::export::pixel_size(size, pixels_per_point) {
            self.save_message = Some(e.to_string());
            return;
        }
        let furniture = settings.furniture(&self.route.title, &self.tr);
        let (route, geometry, flows) = (
            self.route.clone(),
            self.geometry.clone(),
            self.flows.clone(),
        );
        let selection = self.selection;
        let draw = move || {
            let picture = crate::export::Picture {
                route: &route,
                geometry: &geometry,
                flows: &flows,
                selection,
                camera,
                size,
                text_scale: 1.0,
                furniture,
                slide: None,
            };
            let basemap = crate::export::basemap_for(&geometry, &camera, pixels_per_point)?;
            let fonts = crate::text::TextMeasure::default();
            crate::export::draw(
                &picture,
                Some(basemap),
                format,
                pixels_per_point,
                &fonts,
                &mut crate::export::Glyphs::new(),
            )
        };
        let wake = self.wake.clone();
        self.export.start(path, draw, move || wake());
    }

    /// The Export window, and the news of an export that finished.
    pub(super) fn export_window(&mut self, ctx: &egui::Context) {
        if let Some((path, result)) = self.export.poll() {
            self.save_message = Some(match result {
                Ok(()) => format!("Exported {}", path.display()),
                Err(e) => e.to_string(),
            });
        }
        let action = self
            .export
            .show(ctx, &mut self.settings.export, self.map.rect);
        if let ExportAction::Choose = action {
            let format = self.settings.export.format;
            let name = format!(
                "{}-{}.{}",
                if self.route.id.is_empty() {
                    "map"
                } else {
                    &self.route.id
                },
                self.flows.year,
                format.extension()
            );
            let dialog = {
                let name = name.clone();
                move || {
                    rfd::FileDialog::new()
                        .set_title(PathPurpose::Export.title())
                        .set_file_name(name)
                        .add_filter(format.extension().to_uppercase(), &[format.extension()])
                        .save_file()
                }
            };
            if let Some(mut path) = self.pick_path(PathPurpose::Export, Some(name), None, dialog) {
                if crate::export::ImageFormat::for_path(&path).is_err() {
                    path.set_extension(format.extension());
                }
                self.export_to(path);
            }
        }
    }
}
