//! The house's layers: arrows point down. The route model, loaders, map, scene, text and
//! exporters know nothing of the egui app; the exporters draw without it; and no two sibling
//! files import each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code of a file without its comments, line by line.
fn code_lines(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("a source file");
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) => line[..i].to_owned(),
            None => line.to_owned(),
        })
        .collect()
}

/// Lines of files under `module` (a folder or a file of `src`) that mention any of `words`.
fn mentions(module: &str, words: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    let base = src().join(module);
    if base.is_dir() {
        sources(&base, &mut files);
    } else {
        files.push(base.with_extension("rs"));
    }
    let mut found = Vec::new();
    for file in files {
        for (n, line) in code_lines(&file).iter().enumerate() {
            for word in words {
                let at = line.match_indices(word).any(|(i, _)| {
                    // A whole path segment: `egui::` but not `egui_plot::` or `my_egui::`.
                    !line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                });
                if at {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn export_draws_without_the_app() {
    let found = mentions(
        "export",
        &["crate::ui", "super::ui", "super::super::ui", "egui::"],
    );
    assert!(
        found.is_empty(),
        "export reaches into the app:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_layers_below_the_app_know_nothing_of_egui() {
    for module in ["model", "io", "flows", "map", "scene", "text", "export"] {
        let found = mentions(module, &["crate::ui", "egui::", "eframe::"]);
        assert!(
            found.is_empty(),
            "{module} knows of the app:\n{}",
            found.join("\n")
        );
    }
}

/// The modules of `siblings` a file names after any of `prefixes` (such as `super::` or
/// `crate::ui::`), in `use` lines and paths alike.
fn sibling_imports(
    file: &Path,
    siblings: &BTreeSet<String>,
    prefixes: &[String],
) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in code_lines(file) {
        for prefix in prefixes {
            for (i, _) in line.match_indices(prefix.as_str()) {
                if line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue;
                }
                let rest = &line[i + prefix.len()..];
                let mut names: Vec<&str> = Vec::new();
                if let Some(group) = rest.strip_prefix('{') {
                    let end = group.find('}').unwrap_or(group.len());
                    names.extend(
                        group[..end]
                            .split(',')
                            .map(|n| n.trim().split("::").next().unwrap_or("").trim()),
                    );
                } else {
                    let end = rest
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(rest.len());
                    names.push(&rest[..end]);
                }
                found.extend(
                    names
                        .into_iter()
                        .filter(|n| siblings.contains(*n))
                        .map(str::to_owned),
                );
            }
        }
    }
    found
}

#[test]
fn no_two_sibling_modules_import_each_other() {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let mut folders: BTreeSet<PathBuf> = BTreeSet::new();
    for file in &files {
        if let Some(dir) = file.parent() {
            folders.insert(dir.to_owned());
        }
    }
    let mut circles = Vec::new();
    for dir in folders {
        // The modules of this folder: its files, and its folders (each a module of its own).
        let mut modules: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                let mut inner = Vec::new();
                sources(&path, &mut inner);
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                if let Some(name) = name {
                    modules.insert(name, inner);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                if let Some(stem) = stem.filter(|s| !["mod", "lib", "main"].contains(&s.as_str())) {
                    modules.insert(stem, vec![path]);
                }
            }
        }
        let siblings: BTreeSet<String> = modules.keys().cloned().collect();
        let relative = dir.strip_prefix(src()).unwrap_or(&dir).to_owned();
        let crate_path = std::iter::once("crate".to_owned())
            .chain(relative.iter().map(|c| c.to_string_lossy().into_owned()))
            .collect::<Vec<_>>()
            .join("::");
        let mut imports: BTreeMap<&String, BTreeSet<String>> = BTreeMap::new();
        for (name, files) in &modules {
            let entry = imports.entry(name).or_default();
            for file in files {
                // How many `super::` lead from this file up to the folder's module.
                let inside = file
                    .strip_prefix(&dir)
                    .map(|p| p.components().count())
                    .unwrap_or(1);
                let is_mod = file.file_name().is_some_and(|n| n == "mod.rs");
                let ups = if is_mod { inside - 1 } else { inside };
                let mut prefixes = vec![format!("{crate_path}::")];
                if ups >= 1 {
                    prefixes.push("super::".repeat(ups));
                }
                entry.extend(sibling_imports(file, &siblings, &prefixes));
            }
            entry.remove(name);
        }
        for (a, uses) in &imports {
            for b in uses {
                if *a < b && imports.get(b).is_some_and(|u| u.contains(*a)) {
                    circles.push(format!("{}: {a} ↔ {b}", relative.display()));
                }
            }
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}
