//! Every language has exactly the messages the code uses: none missing, none left over, and each
//! message takes the same arguments and attributes in every language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

/// A message's attributes and the variables it uses.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables_of(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

/// The messages of one translation file, with their shapes; fails on a syntax error or a
/// message defined twice.
fn messages(path: &Path) -> BTreeMap<String, Shape> {
    let text = std::fs::read_to_string(path).expect("translation file");
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut shape = Shape::default();
            if let Some(value) = &message.value {
                variables_of(value, &mut shape.variables);
            }
            for attribute in &message.attributes {
                shape.attributes.insert(attribute.id.name.to_owned());
                variables_of(&attribute.value, &mut shape.variables);
            }
            let id = message.id.name.to_owned();
            assert!(
                out.insert(id.clone(), shape).is_none(),
                "{}: {id} is defined twice",
                path.display()
            );
        }
    }
    out
}

/// The message ids the code asks for: the first string of `.t(`, `.t_args(`, `.attr(`, `tr!(…,`
/// and `msg(`, which marks an id kept for later.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut files = vec![Path::new("src").to_path_buf()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("source folder") {
                files.push(entry.expect("entry").path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source file");
        for opener in [".t(", ".t_args(", ".attr(", "msg(", "tr!("] {
            for (at, _) in text.match_indices(opener) {
                // `include_str!(` is not `tr!(`, nor `some_msg(` `msg(`.
                let before = text[..at].chars().next_back();
                if !opener.starts_with('.')
                    && before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                let rest = &text[at + opener.len()..];
                // `tr!(tr, "id", …)` names the translations first.
                let rest = if opener == "tr!(" {
                    match rest.find(',') {
                        Some(comma) => &rest[comma + 1..],
                        None => continue,
                    }
                } else {
                    rest
                };
                let rest = rest.trim_start();
                let Some(quoted) = rest.strip_prefix('"') else {
                    continue;
                };
                let Some(end) = quoted.find('"') else {
                    continue;
                };
                let id = &quoted[..end];
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

fn translation_files() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir("i18n")
        .expect("i18n folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

#[test]
fn english_has_exactly_the_messages_the_code_uses() {
    let english: BTreeSet<String> = messages(Path::new("i18n/en.ftl")).into_keys().collect();
    let used = ids_in_code();
    let missing: Vec<_> = used.difference(&english).collect();
    let unused: Vec<_> = english.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "the code uses messages en.ftl lacks: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "en.ftl has messages the code never uses: {unused:?}"
    );
}

#[test]
fn every_language_has_the_same_messages_as_english() {
    let english = messages(Path::new("i18n/en.ftl"));
    let files = translation_files();
    assert!(files.len() >= 2, "English and at least one other language");
    for path in files {
        let language = messages(&path);
        let mut problems = Vec::new();
        for (id, shape) in &english {
            match language.get(id) {
                None => problems.push(format!("lacks {id}")),
                Some(theirs) => {
                    if theirs.attributes != shape.attributes {
                        problems.push(format!(
                            "{id} has attributes {:?}, English {:?}",
                            theirs.attributes, shape.attributes
                        ));
                    }
                    // A translation may leave out a variable (Russian needs no count in "one"
                    // forms of some words) but never use one the code does not pass.
                    let extra: Vec<_> = theirs.variables.difference(&shape.variables).collect();
                    if !extra.is_empty() {
                        problems.push(format!("{id} uses variables English does not: {extra:?}"));
                    }
                }
            }
        }
        for id in language.keys() {
            if !english.contains_key(id) {
                problems.push(format!("has {id}, which English does not"));
            }
        }
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
    }
}

/// Every letter of every translation and of the built-in route's texts is in the fonts the app
/// ships, so that no language shows boxes for letters on the screen or in a picture.
#[test]
fn the_shipped_fonts_have_every_letter_of_every_language() {
    use skrifa::{FontRef, MetadataProvider};
    let files: Vec<Vec<u8>> = std::fs::read_dir("assets/fonts")
        .expect("fonts")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ttf"))
        .map(|p| std::fs::read(p).expect("font"))
        .collect();
    let fonts: Vec<FontRef<'_>> = files
        .iter()
        .map(|b| FontRef::new(b).expect("a font"))
        .collect();
    let covered = |c: char| c.is_whitespace() || fonts.iter().any(|f| f.charmap().map(c).is_some());
    assert!(
        !covered('\u{4E2D}'),
        "the check can fail: no Chinese in the shipped fonts"
    );
    // Arrows on the window's buttons and tabs, which egui's own fonts draw behind the shipped
    // ones; no slide or picture uses them.
    let interface_arrows = ['←', '→', '▶', '◀'];
    let mut texts: Vec<(String, String)> = translation_files()
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("translation file");
            // Comments may say anything; messages are what is shown.
            let shown: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            (p.display().to_string(), shown)
        })
        .collect();
    texts.push((
        "data/middle-corridor.json".into(),
        std::fs::read_to_string("data/middle-corridor.json").expect("built-in route"),
    ));
    let mut missing = std::collections::BTreeSet::new();
    for (file, text) in &texts {
        let is_translation = file.ends_with(".ftl");
        let drawn = |c: char| covered(c) || (is_translation && interface_arrows.contains(&c));
        for c in text.chars().filter(|&c| !drawn(c)) {
            missing.insert(format!("{file}: {c:?} (U+{:04X})", c as u32));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
