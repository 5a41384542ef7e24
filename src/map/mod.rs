//! Geometry of the map: projection, camera and the basemap's meshes. Knows nothing of routes.

pub mod basemap;
pub mod camera;
pub mod lakes;
pub mod limits;
pub mod names;
pub mod projection;
mod topology;
