//! Corridor Atlas: a transport corridor on a projected vector map, with what experts said about
//! each place, word for word.
//!
//! Data, geometry and drawing are kept apart: [`model`] and [`io`] know nothing of egui, [`map`]
//! turns the world into the map plane and the screen, [`scene`] lists what to draw, and [`ui`]
//! paints it and handles input.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
pub mod colour_vision;
#[cfg(feature = "app")]
pub mod embedded;
#[cfg(feature = "app")]
pub mod export;
pub mod flows;
pub mod i18n;
pub mod io;
#[cfg(feature = "app")]
pub mod map;
pub mod model;
#[cfg(feature = "app")]
pub mod scene;
pub mod stress;
pub mod suggest;
#[cfg(feature = "app")]
pub mod text;
#[cfg(feature = "app")]
pub mod ui;
pub mod version;
pub mod worker;

#[cfg(feature = "app")]
pub use ui::app::CorridorApp;
