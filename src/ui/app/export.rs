//! Exporting the map as a picture: the Export window, the export written on a worker, and the
//! export settings.

use std::path::PathBuf;

use crate::export::ExportError;
use crate::i18n::Tr;
use crate::tr;
use crate::ui::export::{ExportAction, ExportSettings};
use crate::ui::path_window::PathPurpose;

use super::CorridorApp;

/// Why an export failed, in the interface's language; the reasons of the system and of the
/// basemap stay in their own words.
fn export_error_text(tr: &Tr, error: &ExportError) -> String {
    match error {
        ExportError::TooLarge { width, height } => tr!(
            tr,
            "export-error-too-large",
            width = *width,
            height = *height,
            max = crate::export::MAX_SIDE
        ),
        ExportError::Empty { width, height } => {
            tr!(tr, "export-error-empty", width = *width, height = *height)
        }
        ExportError::Draw(reason) => tr!(tr, "export-error-draw", reason = reason),
        ExportError::Write { path, source } => tr!(
            tr,
            "export-error-write",
            file = path.display().to_string(),
            reason = source.to_string()
        ),
        ExportError::Basemap(e) => tr!(tr, "export-error-basemap", reason = e.to_string()),
        ExportError::UnknownFormat(file) => tr!(tr, "export-error-format", file = file),
    }
}

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
                self.save_message = Some(export_error_text(&self.tr, &e));
                return;
            }
        };
        let Some(map) = self.map.rect else {
            self.save_message = Some(self.tr.t("status-not-drawn-yet"));
            return;
        };
        let camera = self.map.camera;
        let settings = &self.settings.export;
        let (size, pixels_per_point, camera) = settings.frame(map, camera);
        if let Err(e) = crate::export::pixel_size(size, pixels_per_point) {
            self.save_message = Some(export_error_text(&self.tr, &e));
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
                Ok(()) => tr!(
                    self.tr,
                    "status-exported",
                    file = path.display().to_string()
                ),
                Err(e) => export_error_text(&self.tr, &e),
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
                self.flows
                    .year
                    .map_or_else(|| "no-year".to_owned(), |y| y.to_string()),
                format.extension()
            );
            let dialog = {
                let name = name.clone();
                let title = PathPurpose::Export.title(&self.tr);
                move || {
                    rfd::FileDialog::new()
                        .set_title(title)
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
