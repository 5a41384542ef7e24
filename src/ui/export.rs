//! File › Export: the map as it is now, as a PNG of a chosen size or an SVG, with optional title,
//! legend, scale bar and credits. The picture is drawn and written on a worker, from a copy of
//! the route and view, so an 8K picture never stalls the window.

use std::path::PathBuf;

use egui::{Rect, Vec2};
use serde::{Deserialize, Serialize};

use crate::export::{ExportError, Furniture, ImageFormat, MAX_SIDE};
use crate::i18n::{Tr, msg};
use crate::map::camera::Camera;
use crate::tr;
use crate::ui::tr::TrContext;
use crate::worker::{News, Worker, WorkerError};

/// How big the picture is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum ExportSize {
    /// The map exactly as on screen, at this many pixels per point.
    View(f32),
    /// This many pixels; the view is fitted in, text as large relative to the map as on screen.
    Pixels(u32, u32),
}

impl ExportSize {
    /// The sizes offered, each with the id of its name.
    const PRESETS: [(ExportSize, &'static str); 6] = [
        (ExportSize::View(1.0), msg("export-size-screen")),
        (ExportSize::View(2.0), msg("export-size-screen-2")),
        (ExportSize::View(4.0), msg("export-size-screen-4")),
        (ExportSize::Pixels(1920, 1080), msg("export-size-full-hd")),
        (ExportSize::Pixels(3840, 2160), msg("export-size-4k")),
        (ExportSize::Pixels(7680, 4320), msg("export-size-8k")),
    ];

    /// Whether this is one of the sizes offered rather than one typed in.
    fn is_preset(self) -> bool {
        Self::PRESETS.iter().any(|(size, _)| *size == self)
    }

    fn label(self, tr: &Tr) -> String {
        Self::PRESETS
            .iter()
            .find(|(size, _)| *size == self)
            .map_or_else(|| tr.t("export-size-custom"), |(_, id)| tr.t(id))
    }
}

/// The Export window's choices, remembered between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    pub format: ImageFormat,
    pub size: ExportSize,
    pub show_title: bool,
    pub title: String,
    pub legend: bool,
    pub scale_bar: bool,
    pub attribution: bool,
}

impl Default for ExportSettings {
    fn default() -> Self {
        ExportSettings {
            format: ImageFormat::Png,
            size: ExportSize::View(2.0),
            show_title: true,
            title: String::new(),
            legend: true,
            scale_bar: true,
            attribution: true,
        }
    }
}

impl ExportSettings {
    /// The picture's furniture, its words in the language of `tr`.
    pub fn furniture(&self, route_title: &str, tr: &crate::i18n::Tr) -> Furniture {
        Furniture {
            title: self.show_title.then(|| {
                if self.title.trim().is_empty() {
                    route_title.to_owned()
                } else {
                    self.title.clone()
                }
            }),
            legend: self.legend,
            scale_bar: self.scale_bar,
            attribution: self.attribution,
            tr: tr.clone(),
        }
    }

    /// The picture's size in points, its pixels per point and its camera, for a map that shows
    /// `camera` in `map`.
    pub fn frame(&self, map: Rect, camera: Camera) -> (Vec2, f32, Camera) {
        match self.size {
            ExportSize::View(scale) => (map.size(), scale, camera),
            ExportSize::Pixels(width, height) => {
                let pixels = Vec2::new(width as f32, height as f32);
                // Text keeps its size against the map: a wider picture gets more pixels per point.
                let scale = (pixels.x / map.width().max(1.0)).max(1.0);
                let size = pixels / scale;
                let (min, max) =
                    crate::map::camera::ScreenTransform::new(camera, map).visible_map_rect();
                let frame = Rect::from_min_size(egui::Pos2::ZERO, size);
                (size, scale, Camera::fitting(min, max, frame, 0.0))
            }
        }
    }
}

/// An export being rasterized and written.
pub struct ExportJob {
    pub path: PathBuf,
    worker: Worker<(), Result<(), ExportError>>,
}

/// The window, and the export under way.
#[derive(Default)]
pub struct ExportDialog {
    pub open: bool,
    pub job: Option<ExportJob>,
}

/// What the window asks the app to do.
pub enum ExportAction {
    None,
    /// Ask where to save, then export.
    Choose,
}

impl ExportDialog {
    /// Runs `draw` on a worker and writes what it returns to `path`; `wake` is called when it
    /// is done.
    pub fn start(
        &mut self,
        path: PathBuf,
        draw: impl FnOnce() -> Result<Vec<u8>, ExportError> + Send + 'static,
        wake: impl Fn() + Send + 'static,
    ) {
        let target = path.clone();
        let worker = Worker::spawn("export", wake, move |_| {
            draw().and_then(|bytes| crate::export::write_file(&target, &bytes))
        });
        self.job = Some(ExportJob { path, worker });
    }

    /// The finished export's outcome, once.
    pub fn poll(&mut self) -> Option<(PathBuf, Result<(), ExportError>)> {
        let job = self.job.as_ref()?;
        let result = match job.worker.poll()? {
            News::Progress(()) => return None,
            News::Done(Ok(result)) => result,
            News::Done(Err(WorkerError::NotStarted { source, .. })) => Err(ExportError::Write {
                path: job.path.clone(),
                source,
            }),
            News::Done(Err(WorkerError::Died { .. })) => Err(ExportError::Draw(
                "the export stopped before it finished".to_owned(),
            )),
        };
        let job = self.job.take()?;
        Some((job.path, result))
    }

    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// The window: format, size, what goes on the picture, and Export.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        settings: &mut ExportSettings,
        map: Option<Rect>,
    ) -> ExportAction {
        let mut action = ExportAction::None;
        let mut open = self.open;
        let busy = self.busy();
        let tr = ctx.tr();
        egui::Window::new(tr.t("export-window-title"))
            .id(egui::Id::unique("export_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(380.0)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.label(tr.t("export-format"));
                    ui.radio_value(&mut settings.format, ImageFormat::Png, tr.t("export-png"));
                    ui.radio_value(&mut settings.format, ImageFormat::Svg, tr.t("export-svg"));
                });
                ui.horizontal(|ui| {
                    egui::ComboBox::new("export_size", tr.t("export-size"))
                        .selected_text(settings.size.label(&tr))
                        .show_ui(ui, |ui| {
                            for (size, id) in ExportSize::PRESETS {
                                ui.selectable_value(&mut settings.size, size, tr.t(id));
                            }
                            let custom = matches!(settings.size, ExportSize::Pixels(..))
                                && !settings.size.is_preset();
                            if ui
                                .selectable_label(custom, tr.t("export-size-custom"))
                                .clicked()
                                && !custom
                            {
                                settings.size = ExportSize::Pixels(2400, 1600);
                            }
                        });
                });
                if let ExportSize::Pixels(width, height) = &mut settings.size {
                    ui.horizontal(|ui| {
                        ui.label(tr.t("export-pixels"));
                        ui.add(
                            egui::DragValue::new(width)
                                .range(16..=MAX_SIDE)
                                .suffix(tr.t("export-wide")),
                        );
                        ui.add(
                            egui::DragValue::new(height)
                                .range(16..=MAX_SIDE)
                                .suffix(tr.t("export-high")),
                        );
                    });
                }
                if let Some(map) = map {
                    let (size, scale, _) = settings.frame(map, Camera::default());
                    let text = match settings.format {
                        ImageFormat::Png => tr!(
                            tr,
                            "export-pixel-size",
                            width = f64::from((size.x * scale).round()),
                            height = f64::from((size.y * scale).round())
                        ),
                        ImageFormat::Svg => tr!(
                            tr,
                            "export-point-size",
                            width = f64::from(size.x.round()),
                            height = f64::from(size.y.round())
                        ),
                    };
                    ui.weak(text);
                }
                ui.separator();
                ui.horizontal(|ui| {
                    ui.checkbox(&mut settings.show_title, tr.t("export-title"));
                    ui.add_enabled(
                        settings.show_title,
                        egui::TextEdit::singleline(&mut settings.title)
                            .hint_text(tr.t("export-title-hint"))
                            .desired_width(240.0),
                    );
                });
                ui.checkbox(&mut settings.legend, tr.t("export-legend"));
                ui.checkbox(&mut settings.scale_bar, tr.t("export-scale-bar"));
                ui.checkbox(&mut settings.attribution, tr.t("export-credits"));
                ui.separator();
                ui.horizontal(|ui| {
                    let export = ui
                        .add_enabled(!busy, egui::Button::new(tr.t("export-start")))
                        .on_hover_text(tr.attr("export-start", "tooltip"));
                    if export.clicked() {
                        action = ExportAction::Choose;
                    }
                    if busy {
                        ui.spinner();
                        ui.label(tr.t("export-busy"));
                    }
                });
            });
        self.open = open;
        action
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::projection::MapPoint;

    #[test]
    fn a_pixel_size_keeps_the_view_in_the_picture() {
        let map = Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(1000.0, 800.0));
        let camera = Camera::new(MapPoint::new(0.0, 0.0), 3.0);
        let settings = ExportSettings {
            size: ExportSize::Pixels(4000, 2000),
            ..ExportSettings::default()
        };
        let (size, scale, fitted) = settings.frame(map, camera);
        assert_eq!(scale, 4.0);
        assert_eq!(size, Vec2::new(1000.0, 500.0));
        // The view's 2400 km of height fit 500 points: 4.8 km a point.
        assert!(
            (fitted.km_per_px - 4.8).abs() < 1e-6,
            "{}",
            fitted.km_per_px
        );
        let (size, scale, same) = ExportSettings::default().frame(map, camera);
        assert_eq!((size, scale, same), (map.size(), 2.0, camera));
    }
}
