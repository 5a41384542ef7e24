//! Pictures of the map for slides and print, drawn with no display or GPU: a [`Picture`] is
//! lowered into the scene's display list, which the SVG writer and the PNG rasterizer translate,
//! as the screen does, so the command line draws what the app shows.

mod glyphs;
pub mod png;
pub mod render;
pub mod svg;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use emath::Vec2;

use crate::map::basemap::{BasemapError, BasemapMeshes, Detail, read_countries};
use crate::map::camera::Camera;
use crate::scene::{DisplayList, RouteGeometry};
use crate::text::{MeasureText, TextMeasure};

pub use crate::scene::picture::{Furniture, Picture, SlideOverlay};
pub use glyphs::Glyphs;

/// The widest or tallest picture, in pixels: 8K and a little room.
pub const MAX_SIDE: u32 = 8192;

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

/// Writes `bytes` to `path` whole or not at all.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::io::write_atomic(path, bytes).map_err(|source| ExportError::Write {
        path: path.to_owned(),
        source,
    })
}

/// The picture as an SVG document.
pub fn to_svg(picture: &Picture<'_>, list: &DisplayList) -> String {
    svg::write(list, &crate::scene::picture::document_title(picture))
}

/// The display list drawn into a PNG, `pixels_per_point` pixels to the point.
pub fn to_png(
    list: &DisplayList,
    pixels_per_point: f32,
    fonts: &TextMeasure,
    glyphs: &mut Glyphs,
) -> Result<Vec<u8>, ExportError> {
    png::encode(&png::rasterize(list, pixels_per_point, fonts, glyphs)?)
}

/// Draws `picture` whole, as SVG or PNG, with `fonts` measuring and laying out its text.
pub fn draw(
    picture: &Picture<'_>,
    basemap: Option<Arc<BasemapMeshes>>,
    format: ImageFormat,
    pixels_per_point: f32,
    fonts: &TextMeasure,
    glyphs: &mut Glyphs,
) -> Result<Vec<u8>, ExportError> {
    let measure: &MeasureText<'_> = &fonts.as_fn();
    let list = picture.display_list(basemap, measure);
    Ok(match format {
        ImageFormat::Svg => to_svg(picture, &list).into_bytes(),
        ImageFormat::Png => to_png(&list, pixels_per_point, fonts, glyphs)?,
    })
}

/// The basemap at the detail a picture of `camera` at `pixels_per_point` needs, built at once: a
/// picture waits for it.
pub fn basemap_for(
    geometry: &RouteGeometry,
    camera: &Camera,
    pixels_per_point: f32,
) -> Result<Arc<BasemapMeshes>, ExportError> {
    let detail = detail_for(camera, pixels_per_point);
    // Pictures fill the countries' rings; only the screen needs triangles.
    Ok(Arc::new(BasemapMeshes::outlines(
        &geometry.projection,
        detail,
        &read_countries(detail)?,
    )))
}

/// Finer coasts for a denser picture: detail follows the ground a pixel covers, not a point.
pub fn detail_for(camera: &Camera, pixels_per_point: f32) -> Detail {
    Detail::for_scale(camera.km_per_px / f64::from(pixels_per_point.max(1.0)))
}
