//! Reading route files and checking them, with problems that point at the place in the file.
//!
//! A load reads the text (`read`, with `pair` for a CSV pair and `kmz` for a zipped KML, opening
//! only regular files through `open`), refuses what is no route at all (`identify`), tells its
//! format (`format`),
//! parses a route file (`parse`) or imports another format ([`import`]), and runs the checker
//! (`check`) over the result into a `loaded` route; what goes wrong is a located [`Problem`] (`problem`). Saving
//! (`save`) writes whole files through `atomic`. [`verbatim`] finds a quote's words in the text
//! of its source.

mod atomic;
pub mod background;
mod check;
mod format;
mod identify;
pub mod import;
mod kmz;
mod loaded;
mod locate;
pub mod migrate;
mod open;
mod pair;
mod parse;
mod problem;
mod read;
mod save;
mod schema;
#[cfg(test)]
mod testing;
pub mod verbatim;

pub use atomic::write_atomic;
pub use check::{YEARS, check_route};
pub use format::Format;
pub use loaded::{LoadStage, LoadedRoute};
pub use locate::{line_column, locate};
pub use parse::{BUILTIN_ROUTE_JSON, BUILTIN_ROUTE_NAME, builtin_route, parse_route};
pub use problem::{LoadError, Problem, Said, SpecialFile, Words};
pub use read::{MAX_FILE_BYTES, load_files, load_route_file, read_route_text};
pub use save::{SaveError, save_route};
pub use schema::route_schema_json;
