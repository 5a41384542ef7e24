//! The files the packages are made of agree with each other and with the program: the desktop
//! entry, the MIME type, the icons in every size the packages install, the .ico and .icns, the
//! macOS Info.plist and the Windows installer. scripts/dist.sh builds the packages; .ci/packages
//! installs and runs them.

use std::path::Path;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn bytes(path: &str) -> Vec<u8> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The width and height in a PNG's header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    assert_eq!(&png[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (word(16), word(20))
}

fn desktop_entry(key: &str) -> String {
    read("packaging/linux/corridor-atlas.desktop")
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}=")).map(str::to_owned))
        .unwrap_or_else(|| panic!("the desktop entry has no {key}"))
}

#[test]
fn the_desktop_entry_runs_the_program_with_its_icon_and_window_class() {
    assert_eq!(desktop_entry("Exec"), "corridor-atlas %F");
    assert_eq!(desktop_entry("Icon"), "corridor-atlas");
    // Wayland finds the entry, and with it the icon, by the app id the window gives.
    let main = read("src/main.rs");
    assert!(main.contains(".with_app_id(\"corridor-atlas\")"));
    assert_eq!(desktop_entry("StartupWMClass"), "corridor-atlas");
}

#[test]
fn route_files_have_a_mime_type_that_the_desktop_entry_opens() {
    let mime = read("packaging/linux/corridor-atlas.xml");
    assert!(mime.contains(r#"<mime-type type="application/x-corridor-atlas-route">"#));
    assert!(mime.contains(r#"<glob pattern="*.route.json""#));
    assert!(mime.contains(r#"<sub-class-of type="application/json"/>"#));
    let types = desktop_entry("MimeType");
    for kind in [
        "application/x-corridor-atlas-route",
        "application/json",
        "application/geo+json",
        "application/vnd.google-earth.kml+xml",
        "application/vnd.google-earth.kmz",
        "application/gpx+xml",
        "text/csv",
    ] {
        assert!(types.split(';').any(|t| t == kind), "{kind} in {types}");
    }
}

#[test]
fn every_icon_size_the_packages_install_is_there_and_that_size() {
    let dist = read("scripts/dist.sh");
    let sizes = dist
        .lines()
        .find_map(|line| line.trim().strip_prefix("for px in "))
        .and_then(|rest| rest.strip_suffix("; do"))
        .expect("dist.sh lists the hicolor sizes");
    for size in sizes.split_whitespace() {
        let px: u32 = size.parse().expect("a number");
        let png = bytes(&format!("assets/icon/png/corridor-atlas-{px}.png"));
        assert_eq!(png_size(&png), (px, px), "corridor-atlas-{px}.png");
    }
    assert!(read("assets/icon/corridor-atlas.svg").contains("viewBox=\"0 0 256 256\""));
}

#[test]
fn the_ico_holds_the_pngs_windows_shows_from_16_to_256_pixels() {
    let ico = bytes("assets/icon/corridor-atlas.ico");
    let half = |at: usize| u16::from_le_bytes([ico[at], ico[at + 1]]);
    let word = |at: usize| u32::from_le_bytes([ico[at], ico[at + 1], ico[at + 2], ico[at + 3]]);
    assert_eq!((half(0), half(2)), (0, 1), "an icon file");
    let mut sizes = Vec::new();
    for i in 0..usize::from(half(4)) {
        let entry = 6 + 16 * i;
        let side = if ico[entry] == 0 {
            256
        } else {
            u32::from(ico[entry])
        };
        let (length, offset) = (word(entry + 8) as usize, word(entry + 12) as usize);
        let png = &ico[offset..offset + length];
        assert_eq!(png_size(png), (side, side), "entry {i}");
        assert_eq!(
            png,
            bytes(&format!("assets/icon/png/corridor-atlas-{side}.png"))
        );
        sizes.push(side);
    }
    assert_eq!(sizes, [16, 24, 32, 48, 64, 256]);
}

#[test]
fn the_icns_holds_the_pngs_a_mac_shows_up_to_1024_pixels() {
    let icns = bytes("assets/icon/corridor-atlas.icns");
    let word = |at: usize| u32::from_be_bytes([icns[at], icns[at + 1], icns[at + 2], icns[at + 3]]);
    assert_eq!(&icns[..4], b"icns");
    assert_eq!(word(4) as usize, icns.len());
    let mut at = 8;
    let mut largest = 0;
    while at < icns.len() {
        let length = word(at + 4) as usize;
        let (side, _) = png_size(&icns[at + 8..at + length]);
        largest = largest.max(side);
        at += length;
    }
    assert_eq!(at, icns.len(), "the entries fill the file");
    assert_eq!(largest, 1024);
}

#[test]
fn the_mac_bundle_runs_the_program_with_its_icon_and_version() {
    let plist = read("packaging/macos/Info.plist");
    let value = |key: &str| -> String {
        let after = plist
            .split(&format!("<key>{key}</key>"))
            .nth(1)
            .unwrap_or_else(|| panic!("Info.plist has no {key}"));
        let start = after.find("<string>").expect("a string") + "<string>".len();
        let end = after.find("</string>").expect("its end");
        after[start..end].to_owned()
    };
    assert_eq!(value("CFBundleExecutable"), "corridor-atlas");
    assert_eq!(value("CFBundleIconFile"), "corridor-atlas.icns");
    assert_eq!(value("CFBundleShortVersionString"), "@VERSION@");
    for kind in [
        "public.json",
        "public.geojson",
        "com.google.earth.kml",
        "com.google.earth.kmz",
        "com.topografix.gpx",
    ] {
        assert!(
            plist.contains(&format!("<string>{kind}</string>")),
            "{kind}"
        );
    }
}

#[test]
fn the_windows_installer_installs_the_program_with_a_start_menu_entry_and_an_uninstaller() {
    let nsi = read("packaging/windows/installer.nsi");
    assert!(nsi.contains(r#"!define EXE_NAME "corridor-atlas.exe""#));
    for needed in [
        "CreateShortCut \"$SMPROGRAMS\\${APP}.lnk\"",
        "WriteUninstaller \"$INSTDIR\\uninstall.exe\"",
        "shell\\open\\command",
        "OpenWithProgids",
        "Section \"Uninstall\"",
    ] {
        assert!(nsi.contains(needed), "{needed}");
    }
    // VIProductVersion wants four numbers, made from the version's three.
    let version = env!("CARGO_PKG_VERSION");
    let numbers: Vec<&str> = version
        .split(['-', '+'])
        .next()
        .unwrap_or("")
        .split('.')
        .collect();
    assert_eq!(numbers.len(), 3, "{version}");
    assert!(
        numbers.iter().all(|n| n.parse::<u16>().is_ok()),
        "{version}"
    );
}
