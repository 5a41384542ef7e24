//! Pictures of the map for slides and print. The SVG is written from the same [`Scene`] the
//! screen painter draws; the PNG is that SVG rasterized on the CPU, so neither needs a display
//! or a GPU, and the command line draws what the app shows.

pub mod render;
mod slide;
pub mod svg;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use egui::{Rect, Vec2, pos2};
use resvg::{tiny_skia, usvg};

use crate::map::basemap::{BasemapError, BasemapMeshes, Detail, read_countries};
use crate::map::camera::{Camera, ScreenTransform};
use crate::model::Route;
use crate::scene::{self, FlowView, Highlight, MeasureText, RouteGeometry, Scene, Target};

/// The widest or tallest picture, in pixels: 8K and a little room.
pub const MAX_SIDE: u32 = 8192;

/// What goes on the picture besides the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Furniture {
    /// A heading in a card at the top left; `None` for none.
    pub title: Option<String>,
    pub legend: bool,
    pub scale_bar: bool,
    /// The basemap's and the sources' credits.
    pub attribution: bool,
}

impl Default for Furniture {
    fn default() -> Self {
        Furniture {
            title: None,
            legend: false,
            scale_bar: true,
            attribution: true,
        }
    }
}

/// One state of the map to draw.
pub struct Picture<'a> {
    pub route: &'a Route,
    pub geometry: &'a RouteGeometry,
    /// The year and layers; pictures stand still, so motion is ignored.
    pub flows: &'a FlowView,
    pub selection: Option<Target>,
    pub camera: Camera,
    /// In points; the PNG has `size × pixels_per_point` pixels.
    pub size: Vec2,
    /// Label size, as on screen (larger when presenting).
    pub text_scale: f32,
    pub furniture: Furniture,
    /// The slide of the talk whose cards go over the map (0 is the title slide), if any.
    pub slide: Option<usize>,
}

impl Picture<'_> {
    pub fn view(&self) -> ScreenTransform {
        ScreenTransform::new(self.camera, Rect::from_min_size(pos2(0.0, 0.0), self.size))
    }

    /// The scene of this picture, as the map view builds it.
    pub fn scene(&self, basemap: Option<Arc<BasemapMeshes>>, measure: &MeasureText<'_>) -> Scene {
        let flows = FlowView {
            motion_time: None,
            ..self.flows.clone()
        };
        scene::build(
            self.route,
            self.geometry,
            &self.view(),
            basemap,
            &scene::bands::build(self.route, self.geometry, &flows),
            scene::SceneOptions {
                highlight: Highlight {
                    selected: self.selection,
                    hovered: None,
                },
                text_scale: self.text_scale,
            },
            measure,
        )
    }

    /// The picture as an SVG document.
    pub fn to_svg(&self, basemap: Option<Arc<BasemapMeshes>>, measure: &MeasureText<'_>) -> String {
        let scene = self.scene(basemap, measure);
        svg::write(self, &scene, &self.view(), measure)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "A picture of {width}×{height} pixels is too large: the largest side is {MAX_SIDE} pixels. Choose a smaller size or scale."
    )]
    TooLarge { width: u32, height: u32 },
    #[error("A picture needs a size of at least 1×1 pixel; {width}×{height} was asked for.")]
    Empty { width: u32, height: u32 },
    #[error("Could not draw the picture: {0}")]
    Draw(String),
    #[error("Could not write {}: {source}. Check that the folder exists and can be written to.", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Could not read the basemap: {0}")]
    Basemap(#[from] BasemapError),
    #[error("\"{0}\" is neither .png nor .svg; name the file with one of them.")]
    UnknownFormat(String),
}

/// What a file is written as, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ImageFormat {
    Png,
    Svg,
}

impl ImageFormat {
    pub fn for_path(path: &Path) -> Result<Self, ExportError> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("png") => Ok(ImageFormat::Png),
            Some("svg") => Ok(ImageFormat::Svg),
            _ => Err(ExportError::UnknownFormat(path.display().to_string())),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Svg => "svg",
        }
    }
}

/// The pixel size of a picture of `size` points at `pixels_per_point`, checked against the
/// limits.
pub fn pixel_size(size: Vec2, pixels_per_point: f32) -> Result<(u32, u32), ExportError> {
    let side = |v: f32| (v * pixels_per_point).round().clamp(0.0, u32::MAX as f32) as u32;
    let (width, height) = (side(size.x), side(size.y));
    if width == 0 || height == 0 {
        return Err(ExportError::Empty { width, height });
    }
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(ExportError::TooLarge { width, height });
    }
    Ok((width, height))
}

/// Rasterizes an SVG written by [`Picture::to_svg`] into a PNG, `pixels_per_point` pixels to the
/// point, with the app's own fonts.
pub fn svg_to_png(svg: &str, pixels_per_point: f32) -> Result<Vec<u8>, ExportError> {
    let options = usvg::Options {
        fontdb: font_database(),
        font_family: "Noto Sans".to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Draw(e.to_string()))?;
    let size = tree.size();
    let (width, height) = pixel_size(Vec2::new(size.width(), size.height()), pixels_per_point)?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::TooLarge { width, height })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(pixels_per_point, pixels_per_point),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Draw(e.to_string()))
}

/// The fonts the app draws with, loaded once.
fn font_database() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            for data in crate::ui::fonts::definitions().font_data.values() {
                db.load_font_source(usvg::fontdb::Source::Binary(data.font.clone()));
            }
            db.set_sans_serif_family("Noto Sans");
            Arc::new(db)
        })
        .clone()
}

/// Writes `bytes` to `path` whole or not at all.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let write = || -> std::io::Result<()> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = path.with_file_name(format!(".{name}.part"));
        std::fs::write(&temporary, bytes)?;
        std::fs::rename(&temporary, path).inspect_err(|_| {
            let _ = std::fs::remove_file(&temporary);
        })
    };
    write().map_err(|source| ExportError::Write {
        path: path.to_owned(),
        source,
    })
}

/// Measures text with the app's fonts in an egui context of its own: no window needed.
pub struct TextMeasure {
    ctx: egui::Context,
}

impl Default for TextMeasure {
    fn default() -> Self {
        let ctx = egui::Context::default();
        ctx.set_fonts(crate::ui::fonts::definitions());
        // Fonts are installed when a pass begins; no texture is ever uploaded, so its changes
        // are let go.
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        TextMeasure { ctx }
    }
}

impl TextMeasure {
    pub fn measure(&self, text: &str, size: f32, bold: bool) -> Vec2 {
        crate::ui::fonts::measure(&self.ctx, text, size, bold)
    }
}

/// The basemap at the detail a picture of `camera` at `pixels_per_point` needs, built at once: a
/// picture waits for it.
pub fn basemap_for(
    geometry: &RouteGeometry,
    camera: &Camera,
    pixels_per_point: f32,
) -> Result<Arc<BasemapMeshes>, ExportError> {
    let detail = detail_for(camera, pixels_per_point);
    Ok(Arc::new(BasemapMeshes::build(
        &geometry.projection,
        detail,
        &read_countries(detail)?,
    )))
}

/// Finer coasts for a denser picture: detail follows the ground a pixel covers, not a point.
pub fn detail_for(camera: &Camera, pixels_per_point: f32) -> Detail {
    Detail::for_scale(camera.km_per_px / f64::from(pixels_per_point.max(1.0)))
}
