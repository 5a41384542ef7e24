//! Any text as GPX: importing and checking the result must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(imported) = corridor_atlas::io::import::gpx(&text, "fuzz.gpx") {
        let _ = corridor_atlas::io::check_route(&imported.route, "", "fuzz.gpx");
    }
});
