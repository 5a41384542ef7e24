//! What the build puts into the program besides its code: every translation file in `i18n/`
//! (adding a language is adding one file), the basemap and fonts deflated (a third of their size,
//! see src/embedded.rs), the commit it was built from (for `--version` and the About box), and on
//! Windows the icon and the version resource that Explorer shows.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    translations();
    deflate_embedded();
    let commit = commit();
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources(commit.as_deref());
    }
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default())
}

fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default())
}

fn translations() {
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
    let manifest_dir = manifest_dir();
    let mut code = String::from("/// Every translation file: its language code and its text.\n");
    code.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        let Some(code_name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let absolute = manifest_dir.join(path);
        println!("cargo:rerun-if-changed={}", absolute.display());
        let _ = writeln!(
            code,
            "    ({code_name:?}, include_str!({:?})),",
            absolute.display().to_string()
        );
    }
    code.push_str("];\n");
    write(&out_dir().join("translations.rs"), &code);
}

/// The folders whose files the program carries deflated, with the ending of those files.
const DEFLATED: &[(&str, &str)] = &[("data/basemap", "json"), ("assets/fonts", "ttf")];

/// Writes each file of [`DEFLATED`] as `OUT_DIR/embedded/NAME.deflate` (raw DEFLATE, best
/// compression). A file already written from the same source is kept: deflating the basemap
/// takes seconds in an unoptimised build script.
fn deflate_embedded() {
    let into = out_dir().join("embedded");
    if let Err(e) = std::fs::create_dir_all(&into) {
        panic!("cannot create {}: {e}", into.display());
    }
    for (folder, ending) in DEFLATED {
        println!("cargo:rerun-if-changed={folder}");
        let Ok(entries) = std::fs::read_dir(manifest_dir().join(folder)) else {
            panic!("cannot read the folder {folder}");
        };
        for path in entries.filter_map(Result::ok).map(|entry| entry.path()) {
            if path.extension().is_none_or(|e| e != *ending) {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let out = into.join(format!("{name}.deflate"));
            let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
            if matches!((modified(&out), modified(&path)), (Some(o), Some(s)) if o >= s) {
                continue;
            }
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 10);
            std::fs::write(&out, packed)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
        }
    }
}

/// The commit the program is built from, as `CORRIDOR_ATLAS_COMMIT`: given in that variable (a
/// build from a source archive that knows it), or asked of git for release builds. Development
/// builds leave it out, so that committing does not make every test build start again.
fn commit() -> Option<String> {
    println!("cargo:rerun-if-env-changed=CORRIDOR_ATLAS_COMMIT");
    let commit = match std::env::var("CORRIDOR_ATLAS_COMMIT") {
        Ok(given) if !given.trim().is_empty() => Some(given.trim().to_owned()),
        _ if std::env::var("PROFILE").as_deref() == Ok("release") => commit_from_git(),
        _ => None,
    };
    if let Some(commit) = &commit {
        println!("cargo:rustc-env=CORRIDOR_ATLAS_COMMIT={commit}");
    }
    commit
}

fn commit_from_git() -> Option<String> {
    let git = |args: &[&str]| -> Option<String> {
        let output = Command::new("git")
            .args(args)
            .current_dir(manifest_dir())
            .output()
            .ok()?;
        let text = String::from_utf8(output.stdout).ok()?;
        (output.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
    };
    let commit = git(&["rev-parse", "--short=9", "HEAD"])?;
    // Build again when HEAD moves: a checkout changes HEAD, a commit changes the branch's ref,
    // which may live loose or in packed-refs. Only files that exist, or cargo would build again
    // every time.
    let mut watched = Vec::new();
    if let Some(dir) = git(&["rev-parse", "--absolute-git-dir"]) {
        watched.push(Path::new(&dir).join("HEAD"));
    }
    if let Some(common) = git(&["rev-parse", "--path-format=absolute", "--git-common-dir"]) {
        let common = PathBuf::from(common);
        if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
            watched.push(common.join(branch));
        }
        watched.push(common.join("packed-refs"));
    }
    for path in watched.iter().filter(|path| path.is_file()) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    Some(commit)
}

/// The icon Explorer and the task bar show for the .exe, and the version its Properties show,
/// compiled by MinGW's windres and linked into the program. Without windres (a `cargo check`
/// on a machine without MinGW) the program builds without them, with a warning.
fn windows_resources(commit: Option<&str>) {
    let manifest_dir = manifest_dir();
    let icon = manifest_dir.join("assets/icon/corridor-atlas.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    println!("cargo:rerun-if-env-changed=WINDRES");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let numbers: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|part| part.parse().unwrap_or(0))
        .chain(std::iter::repeat(0))
        .take(4)
        .collect();
    let numeric = numbers
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let product_version = match commit {
        Some(commit) => format!("{version} (commit {commit})"),
        None => version.clone(),
    };
    let description = std::env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    let license = std::env::var("CARGO_PKG_LICENSE").unwrap_or_default();
    // windres reads paths with forward slashes on every system.
    let icon_path = icon.display().to_string().replace('\\', "/");
    let rc = format!(
        r#"#include <winver.h>
1 ICON "{icon_path}"
1 VERSIONINFO
FILEVERSION {numeric}
PRODUCTVERSION {numeric}
FILEOS VOS_NT_WINDOWS32
FILETYPE VFT_APP
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904b0"
    BEGIN
      VALUE "CompanyName", "Corridor Atlas"
      VALUE "FileDescription", "Corridor Atlas"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "corridor-atlas"
      VALUE "LegalCopyright", "Licensed {license}"
      VALUE "OriginalFilename", "corridor-atlas.exe"
      VALUE "ProductName", "Corridor Atlas"
      VALUE "ProductVersion", "{product_version}"
      VALUE "Comments", "{description}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#
    );
    let out = out_dir();
    let rc_path = out.join("corridor-atlas.rc");
    let object = out.join("corridor-atlas-resources.o");
    write(&rc_path, &rc);
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| {
        let host = std::env::var("HOST").unwrap_or_default();
        if host.contains("windows") {
            "windres".to_owned()
        } else {
            "x86_64-w64-mingw32-windres".to_owned()
        }
    });
    let status = Command::new(&windres)
        .arg("--input")
        .arg(&rc_path)
        .args(["--output-format", "coff", "--output"])
        .arg(&object)
        .status();
    match status {
        Ok(status) if status.success() => {
            println!("cargo:rustc-link-arg-bins={}", object.display());
        }
        Ok(status) => panic!("{windres} could not compile the Windows resources: {status}"),
        Err(e) => println!(
            "cargo:warning=no icon or version resource in the .exe: {windres} did not run ({e}); \
             install MinGW-w64 (Debian: gcc-mingw-w64-x86-64) or set WINDRES"
        ),
    }
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
}
