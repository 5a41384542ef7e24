//! Any pair of texts as a locations and a flows CSV (split at the first NUL byte): importing and
//! checking the result must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (locations, flows) = text.split_once('\0').unwrap_or((&text, ""));
    if let Ok(imported) =
        corridor_atlas::io::import::flowmap_csv(locations, "locations.csv", flows, "flows.csv")
    {
        let _ = corridor_atlas::io::check_route(&imported.route, "", "flows.csv");
    }
});
