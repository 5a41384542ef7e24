//! Text below the app and its pictures: the fonts shipped inside the app and those the system lends
//! for other scripts, measuring and wrapping text with them, and the small phrases the screen and
//! every picture share. Nothing here knows of a window.

pub mod describe;
pub mod fallback;
pub mod fonts;
pub mod measure;
pub mod tables;
pub mod undrawn;
pub mod wrap;

pub use measure::{MeasureText, TextMeasure};
pub use wrap::wrap_width;
