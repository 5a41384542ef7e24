//! Any text as a native route file: parsing, migrating and checking must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = corridor_atlas::io::parse_route(&text, "fuzz.json");
});
