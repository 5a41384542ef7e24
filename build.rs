//! Embeds every translation file in `i18n/`, so that adding a language is adding one file.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    let mut files: Vec<_> = std::fs::read_dir("i18n")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let mut code = String::from("/// Every translation file: its language code and its text.\n");
    code.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        let Some(code_name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let absolute = Path::new(&manifest_dir).join(path);
        println!("cargo:rerun-if-changed={}", absolute.display());
        let _ = writeln!(
            code,
            "    ({code_name:?}, include_str!({:?})),",
            absolute.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("translations.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
