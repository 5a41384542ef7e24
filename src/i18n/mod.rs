//! The interface's words in the user's language.
//!
//! Every string a user sees comes from a Project Fluent file in `i18n/`, one per language, named
//! by its language code (`en.ftl`, `ru.ftl`). Adding a language is adding one file: the build
//! embeds every file it finds, and a test checks each has exactly the messages the code uses.
//! English is the fallback for a message a file lacks.

mod numbers;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use numbers::{NumberStyle, quoted_number, shorten_long_numbers};

mod files {
    include!(concat!(env!("OUT_DIR"), "/translations.rs"));
}

/// The language every other falls back to, and the one a route's texts are in by default.
pub const FALLBACK: &str = "en";

/// One language's messages.
struct Catalogue {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    fn parse(code: &'static str, text: &'static str) -> Catalogue {
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        // A file with syntax errors still gives the messages that parse; the test for the files
        // reports the errors.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: the fonts draw them as boxes.
        bundle.set_use_isolating(false);
        // Later duplicates are reported by the test; the first definition wins.
        let _ = bundle.add_resource(resource);
        Catalogue { code, bundle }
    }
}

fn catalogues() -> &'static [Catalogue] {
    static ALL: OnceLock<Vec<Catalogue>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<Catalogue> = files::FILES
            .iter()
            .map(|&(code, text)| Catalogue::parse(code, text))
            .collect();
        // English first: the fallback, and the first entry of the language menu.
        all.sort_by_key(|c| (c.code != FALLBACK, c.code));
        all
    })
}

/// The codes of the languages the interface speaks, English first.
pub fn languages() -> Vec<&'static str> {
    catalogues().iter().map(|c| c.code).collect()
}

/// The text of every translation file, by language code: for the test of the files.
pub fn files() -> &'static [(&'static str, &'static str)] {
    files::FILES
}

/// The language of the interface when the user has not chosen one: the system's, if the app
/// speaks it, else English.
pub fn system_language() -> &'static str {
    let wanted = sys_locale::get_locales().collect::<Vec<_>>();
    best_match(wanted.iter().map(String::as_str))
}

/// The first of `wanted` (locale names such as `ru-RU` or `kk_KZ.UTF-8`) that the app speaks,
/// by language alone; English when none.
pub fn best_match<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    let known = languages();
    wanted
        .into_iter()
        .find_map(|locale| {
            let primary = locale
                .split(['-', '_', '.', '@'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            known.iter().copied().find(|&code| code == primary)
        })
        .unwrap_or(FALLBACK)
}

/// Marks a message id kept for later use, such as a command's, so the test of the translation
/// files finds it.
pub const fn msg(id: &'static str) -> &'static str {
    id
}

/// An argument of a message: a number (which picks plural forms) or a text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

/// The words of the interface in one language, with English behind it for anything missing.
///
/// Cheap to clone; the app keeps one for the interface and one for the talk.
#[derive(Clone)]
pub struct Tr {
    inner: Arc<TrInner>,
}

struct TrInner {
    language: &'static str,
    numbers: NumberStyle,
    /// Messages already formatted without arguments, which is most of them.
    plain: std::sync::Mutex<HashMap<&'static str, String>>,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({})", self.inner.language)
    }
}

impl PartialEq for Tr {
    fn eq(&self, other: &Self) -> bool {
        self.inner.language == other.inner.language
    }
}

impl Default for Tr {
    fn default() -> Self {
        Tr::new(FALLBACK)
    }
}

impl Tr {
    /// The words of `language` (a code such as `ru`); English if the app does not speak it.
    pub fn new(language: &str) -> Tr {
        let language = languages()
            .into_iter()
            .find(|&code| code == language)
            .unwrap_or(FALLBACK);
        let mut tr = Tr {
            inner: Arc::new(TrInner {
                language,
                numbers: NumberStyle::default(),
                plain: Default::default(),
            }),
        };
        let numbers = NumberStyle::from_messages(&tr);
        if let Some(inner) = Arc::get_mut(&mut tr.inner) {
            inner.numbers = numbers;
        }
        tr
    }

    /// The language's code, such as `ru`.
    pub fn language(&self) -> &'static str {
        self.inner.language
    }

    /// The language's own name, such as "Русский", for the language menu.
    pub fn language_name(language: &str) -> String {
        Tr::new(language).t("language-name")
    }

    /// How this language writes numbers.
    pub fn numbers(&self) -> &NumberStyle {
        &self.inner.numbers
    }

    /// A message without arguments.
    pub fn t(&self, id: &'static str) -> String {
        if let Ok(plain) = self.inner.plain.lock()
            && let Some(text) = plain.get(id)
        {
            return text.clone();
        }
        let text = self.format(id, None, &[]);
        if let Ok(mut plain) = self.inner.plain.lock() {
            plain.insert(id, text.clone());
        }
        text
    }

    /// A message with arguments, such as `("count", 3.into())`.
    pub fn t_args(&self, id: &'static str, args: &[(&str, Arg)]) -> String {
        self.format(id, None, args)
    }

    /// An attribute of a message, such as a command's `.tooltip`.
    pub fn attr(&self, id: &'static str, attribute: &str) -> String {
        self.format(id, Some(attribute), &[])
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            }
        }
        let wanted = [self.inner.language, FALLBACK];
        for code in wanted {
            let Some(catalogue) = catalogues().iter().find(|c| c.code == code) else {
                continue;
            };
            let Some(message) = catalogue.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let args = (!args.is_empty()).then_some(&fluent_args);
                return catalogue
                    .bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        // Only reachable when a file and English both lack it, which the test of the files
        // forbids: show the id rather than nothing.
        match attribute {
            Some(name) => format!("{id}.{name}"),
            None => id.to_owned(),
        }
    }
}

/// A message with named arguments: `tr!(tr, "quotes-count", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($tr:expr, $id:literal) => {
        $tr.t($id)
    };
    ($tr:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $tr.t_args($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_plurals_take_three_forms() {
        let ru = Tr::new("ru");
        assert_eq!(tr!(ru, "quotes-count", count = 1usize), "1 цитата");
        assert_eq!(tr!(ru, "quotes-count", count = 2usize), "2 цитаты");
        assert_eq!(tr!(ru, "quotes-count", count = 5usize), "5 цитат");
        assert_eq!(tr!(ru, "quotes-count", count = 21usize), "21 цитата");
        assert_eq!(tr!(ru, "quotes-count", count = 12usize), "12 цитат");
        let en = Tr::new("en");
        assert_eq!(tr!(en, "quotes-count", count = 1usize), "1 quote");
        assert_eq!(tr!(en, "quotes-count", count = 5usize), "5 quotes");
    }

    #[test]
    fn the_system_locale_picks_a_known_language() {
        assert_eq!(best_match(["ru-RU"]), "ru");
        assert_eq!(best_match(["ru_KZ.UTF-8"]), "ru");
        assert_eq!(best_match(["xx-YY", "en-GB"]), "en");
        assert_eq!(best_match(["xx"]), "en");
        assert_eq!(best_match([]), "en");
    }

    #[test]
    fn an_unknown_language_speaks_english() {
        assert_eq!(Tr::new("xx").language(), "en");
        assert_eq!(Tr::language_name("ru"), "Русский");
        assert_eq!(Tr::language_name("en"), "English");
    }
}
