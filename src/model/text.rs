//! Texts a route shows, each in one language or in several.
//!
//! A text field of a route file is either a plain string, in the route's default language, or an
//! object of language code → text such as `{"en": "Aktau", "ru": "Актау"}`. A [`Text`] holds the
//! text shown, so the rest of the app reads it as a `&str`, and the languages it was given in, so
//! a route can be shown in another of them ([`Route::in_language`]) and saved back as it came.
//!
//! Every text field of a route is visited in one place, [`Route::texts`] and
//! [`Route::texts_mut`], each with a [`TextPath`] that names it in the file's terms.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Route;

/// The language of a route that does not name one.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A text of the route: the one shown, and every language it was given in.
///
/// It reads as the text shown (`&*text`, `text.is_empty()`, `format!("{text}")`). That is the
/// route's default language's text once the route is read, or after [`Route::in_language`] the
/// chosen language's, or the default's when the chosen one has none ([`Text::fell_back`]).
#[derive(Clone, Debug, Default)]
pub struct Text {
    /// The text shown.
    shown: String,
    /// The language of `shown`; empty when not known, as for a text made in code.
    shown_language: String,
    /// Every language's text, in the file's order, when the file gave an object; `None` for a
    /// plain string.
    languages: Option<Vec<(String, String)>>,
    /// Whether `shown` is the default language's text because the wanted language had none.
    fell_back: bool,
}

impl Text {
    /// The text shown.
    pub fn as_str(&self) -> &str {
        &self.shown
    }

    /// Whether there is no text at all: an empty plain string, as a field left out of a file
    /// reads. An object of languages is never absent, so saving keeps it as it came.
    pub fn is_absent(&self) -> bool {
        self.languages.is_none() && self.shown.is_empty()
    }

    /// Whether the text shown is the default language's because the language asked for in
    /// [`Route::in_language`] had none.
    pub fn fell_back(&self) -> bool {
        self.fell_back
    }

    /// Whether the file gave this text as an object of languages rather than a plain string.
    pub fn is_multilingual(&self) -> bool {
        self.languages.is_some()
    }

    /// The language of the text shown; empty when not known (a text made in code, not read).
    pub fn shown_language(&self) -> &str {
        &self.shown_language
    }

    /// This language's text, if it has one. A plain string is in the route's default language,
    /// which a text knows once the route has been read.
    pub fn get(&self, language: &str) -> Option<&str> {
        match &self.languages {
            Some(all) => all
                .iter()
                .find(|(code, _)| code == language)
                .map(|(_, text)| text.as_str()),
            None => (!self.shown_language.is_empty() && self.shown_language == language)
                .then_some(self.shown.as_str()),
        }
    }

    /// The languages this text is given in, in the file's order; for a plain string, the
    /// route's default language once the route has been read.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let listed = self
            .languages
            .iter()
            .flatten()
            .map(|(code, _)| code.as_str());
        let plain = (self.languages.is_none() && !self.shown_language.is_empty())
            .then_some(self.shown_language.as_str());
        listed.chain(plain)
    }

    /// Sets this language's text, for editing. A plain string stays plain when `language` is
    /// the route's default; another language turns it into an object that keeps the default
    /// language's text, even an empty one. The text shown changes when it is in `language`.
    pub fn set(&mut self, language: &str, default_language: &str, value: impl Into<String>) {
        let value = value.into();
        if self.languages.is_none() {
            if language == default_language {
                self.shown = value;
                self.shown_language = language.to_string();
                self.fell_back = false;
                return;
            }
            // The default language's text is kept even when empty, so the text still has one
            // and reads back as it is now.
            self.languages = Some(vec![(default_language.to_string(), self.shown.clone())]);
            if self.shown_language.is_empty() {
                self.shown_language = default_language.to_string();
            }
        }
        let all = self.languages.get_or_insert_with(Vec::new);
        match all.iter_mut().find(|(code, _)| code == language) {
            Some((_, text)) => text.clone_from(&value),
            None => all.push((language.to_string(), value.clone())),
        }
        if self.shown_language == language || self.shown_language.is_empty() {
            self.shown = value;
            self.shown_language = language.to_string();
            self.fell_back = false;
        }
    }

    /// Replaces the text shown, in the language it is in, for editing in place: a plain string
    /// stays plain, and in an object the shown language's entry changes with it.
    pub fn replace_shown(&mut self, value: impl Into<String>) {
        let value = value.into();
        if let Some(all) = &mut self.languages
            && let Some((_, text)) = all.iter_mut().find(|(c, _)| *c == self.shown_language)
        {
            text.clone_from(&value);
        }
        self.shown = value;
    }

    /// Shows `language`'s text, or else the default language's (marked as fallen back), or for
    /// an object without the default language, its first language's.
    fn show(&mut self, language: &str, default_language: &str) {
        let Some(all) = &self.languages else {
            self.shown_language = default_language.to_string();
            self.fell_back = language != default_language;
            return;
        };
        let pick = |code: &str| {
            all.iter()
                .find(|(c, _)| c == code)
                .map(|(c, t)| (c.clone(), t.clone()))
        };
        // An empty text in the wanted language is as good as none; the default's is kept as given.
        let wanted = pick(language).filter(|(_, t)| !t.is_empty() || language == default_language);
        let (chosen, fell_back) = match wanted {
            Some(found) => (Some(found), false),
            None => (
                pick(default_language).or_else(|| all.first().cloned()),
                language != default_language,
            ),
        };
        if let Some((code, text)) = chosen {
            self.shown = text;
            self.shown_language = code;
        }
        self.fell_back = fell_back;
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.shown
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.shown
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.shown
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.shown)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::from(text.to_string())
    }
}

impl From<String> for Text {
    fn from(shown: String) -> Self {
        Text {
            shown,
            ..Text::default()
        }
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        Text::from(text.clone())
    }
}

impl From<&Text> for String {
    fn from(text: &Text) -> Self {
        text.shown.clone()
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.shown
    }
}

/// Two texts are equal when they show the same text and hold the same languages; whether the
/// text shown fell back, and its language, do not count.
impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.shown == other.shown && self.languages == other.languages
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.shown == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.shown == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        &self.shown == other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.shown
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        *self == other.shown
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.shown
    }
}

impl Serialize for Text {
    /// As it came: a plain string stays a string, an object of languages an object.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.languages {
            None => serializer.serialize_str(&self.shown),
            Some(all) => serializer.collect_map(all.iter().map(|(code, text)| (code, text))),
        }
    }
}

/// What a text field must hold, for error messages.
const EXPECTED: &str =
    "a text, or an object of language code → text such as {\"en\": \"Aktau\", \"ru\": \"Актау\"}";

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(EXPECTED)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
        let mut all: Vec<(String, String)> = Vec::new();
        while let Some(code) = map.next_key::<String>()? {
            if code.trim().is_empty() {
                return Err(de::Error::custom(format!(
                    "a language code is empty; name each text's language, as in {}",
                    "{\"en\": \"Aktau\", \"ru\": \"Актау\"}"
                )));
            }
            if all.iter().any(|(c, _)| *c == code) {
                return Err(de::Error::custom(format!(
                    "language \"{code}\" is given twice in one text; keep one"
                )));
            }
            let text = map.next_value_seed(LanguageText(&code))?;
            all.push((code, text));
        }
        let Some((code, text)) = all.first().cloned() else {
            return Err(de::Error::custom(format!(
                "this text is an empty object; give {EXPECTED}"
            )));
        };
        Ok(Text {
            shown: text,
            shown_language: code,
            languages: Some(all),
            fell_back: false,
        })
    }
}

/// One language's text in an object of texts, which must be a string.
struct LanguageText<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for LanguageText<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LanguageText<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the text in language \"{}\" as a string", self.0)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
        Ok(text.to_string())
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<String, E> {
        Ok(text)
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Text").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A text in the route's language, or an object of language code → text such as {\"en\": \"Aktau\", \"ru\": \"Актау\"}.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": { "minLength": 1 },
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

/// Where a text sits in a route, such as `nodes[aktau].name` or `story[3].notes`: items with an
/// id are named by it, others by their place in the list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TextPath(Vec<Step>);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Step {
    Field(&'static str),
    Item { index: usize, id: Option<String> },
}

impl TextPath {
    fn root() -> Self {
        TextPath(Vec::new())
    }

    /// This path's field `name`.
    fn field(&self, name: &'static str) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Field(name));
        TextPath(steps)
    }

    /// Item `index` of this path's list `list`, named by `id` when it has one.
    fn item(&self, list: &'static str, index: usize, id: Option<&str>) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Field(list));
        steps.push(Step::Item {
            index,
            id: id.filter(|id| !id.trim().is_empty()).map(str::to_string),
        });
        TextPath(steps)
    }

    /// The JSON path with every item by its place, such as `nodes[0].name`, which locates the
    /// text in the file.
    pub fn json_path(&self) -> String {
        self.write(false)
    }

    fn write(&self, by_id: bool) -> String {
        let mut out = String::new();
        for step in &self.0 {
            match step {
                Step::Field(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Step::Item { id: Some(id), .. } if by_id => {
                    out.push('[');
                    out.push_str(id);
                    out.push(']');
                }
                Step::Item { index, .. } => out.push_str(&format!("[{index}]")),
            }
        }
        out
    }
}

impl fmt::Display for TextPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.write(true))
    }
}

/// Visits every text field of a route, with a way to its path: the one list of them, shared by
/// [`Route::texts`], [`Route::texts_mut`] and the visits that want no paths, so that a route of
/// millions of values does not build a path for each. `$r` is `&` or `&mut`, `$iter` `iter` or
/// `iter_mut`; `$visit` takes a `&dyn Fn() -> TextPath` and the text.
macro_rules! each_text {
    ($route:expr, [$($r:tt)+], $iter:ident, $visit:expr) => {{
        let route = $route;
        let mut visit = $visit;
        let at = TextPath::root;
        visit(&|| at().field("title"), $($r)+ route.title);
        visit(&|| at().field("description"), $($r)+ route.description);
        for (i, s) in route.sources.$iter().enumerate() {
            let at = || at().item("sources", i, Some(&s.id));
            visit(&|| at().field("title"), $($r)+ s.title);
            visit(&|| at().field("outlet"), $($r)+ s.outlet);
            visit(&|| at().field("author"), $($r)+ s.author);
        }
        for (i, n) in route.nodes.$iter().enumerate() {
            let at = || at().item("nodes", i, Some(&n.id));
            visit(&|| at().field("name"), $($r)+ n.name);
            visit(&|| at().field("description"), $($r)+ n.description);
        }
        for (i, l) in route.links.$iter().enumerate() {
            let at = || at().item("links", i, Some(&l.id));
            visit(&|| at().field("name"), $($r)+ l.name);
            visit(&|| at().field("description"), $($r)+ l.description);
        }
        for (i, f) in route.figures.$iter().enumerate() {
            let at = || at().item("figures", i, Some(&f.id));
            visit(&|| at().field("label"), $($r)+ f.label);
            visit(&|| at().field("value"), $($r)+ f.value);
            visit(&|| at().field("note"), $($r)+ f.note);
        }
        for (i, q) in route.quotes.$iter().enumerate() {
            let at = || at().item("quotes", i, Some(&q.id));
            visit(&|| at().field("speaker"), $($r)+ q.speaker);
            visit(&|| at().field("role"), $($r)+ q.role);
            visit(&|| at().field("affiliation"), $($r)+ q.affiliation);
            visit(&|| at().field("translation"), $($r)+ q.translation);
            visit(&|| at().field("note"), $($r)+ q.note);
        }
        for (i, d) in route.disagreements.$iter().enumerate() {
            let at = || at().item("disagreements", i, Some(&d.id));
            visit(&|| at().field("topic"), $($r)+ d.topic);
            for (j, c) in d.claims.$iter().enumerate() {
                visit(&|| at().item("claims", j, None).field("value"), $($r)+ c.value);
            }
        }
        for (i, l) in route.layers.$iter().enumerate() {
            let at = || at().item("layers", i, Some(&l.id));
            visit(&|| at().field("name"), $($r)+ l.name);
            visit(&|| at().field("unit"), $($r)+ l.unit);
            visit(&|| at().field("description"), $($r)+ l.description);
            for (j, v) in l.values.$iter().enumerate() {
                visit(&|| at().item("values", j, None).field("note"), $($r)+ v.note);
            }
        }
        for (i, s) in route.story.$iter().enumerate() {
            let at = || at().item("story", i, None);
            visit(&|| at().field("title"), $($r)+ s.title);
            visit(&|| at().field("text"), $($r)+ s.text);
            visit(&|| at().field("notes"), $($r)+ s.notes);
        }
        for (i, a) in route.areas.$iter().enumerate() {
            let at = || at().item("areas", i, Some(&a.id));
            visit(&|| at().field("name"), $($r)+ a.name);
            visit(&|| at().field("description"), $($r)+ a.description);
        }
    }};
}

impl Route {
    /// The route's default language: its `language`, or English when it names none.
    pub fn default_language(&self) -> &str {
        if self.language.trim().is_empty() {
            DEFAULT_LANGUAGE
        } else {
            &self.language
        }
    }

    /// Every text of the route with where it sits, in the order of the file format.
    pub fn texts(&self) -> impl Iterator<Item = (TextPath, &Text)> {
        let mut all = Vec::new();
        each_text!(self, [&], iter, |path: &dyn Fn() -> TextPath, text| all
            .push((path(), text)));
        all.into_iter()
    }

    /// Every text of the route, to change, with where it sits.
    pub fn texts_mut(&mut self) -> impl Iterator<Item = (TextPath, &mut Text)> {
        let mut all = Vec::new();
        each_text!(self, [&mut], iter_mut, |path: &dyn Fn() -> TextPath, text| all
            .push((path(), text)));
        all.into_iter()
    }

    /// The texts given in several languages, with where they sit: the only ones the checks of
    /// languages look into.
    pub fn multilingual_texts(&self) -> Vec<(TextPath, &Text)> {
        let mut found = Vec::new();
        each_text!(self, [&], iter, |path: &dyn Fn() -> TextPath, text| {
            if Text::is_multilingual(text) {
                found.push((path(), text));
            }
        });
        found
    }

    /// Changes every text by `change`, building no paths.
    fn change_texts(&mut self, mut change: impl FnMut(&mut Text)) {
        each_text!(self, [&mut], iter_mut, |_: &dyn Fn() -> TextPath, text| change(
            text
        ));
    }

    /// Makes every text show the default language's text, as a route does once it is read; an
    /// object without the default language shows its first language's (which the checker
    /// reports).
    pub fn settle_texts(&mut self) {
        let default = self.default_language().to_string();
        self.change_texts(|text| {
            text.show(&default, &default);
            text.fell_back = false;
        });
    }

    /// A copy of the route with every text in `language`, or where a text has none in it, in the
    /// default language, marked [`Text::fell_back`].
    pub fn in_language(&self, language: &str) -> Route {
        let mut route = self.clone();
        route.show_language(language);
        route
    }

    /// Shows every text in `language`, falling back to the default language's, marked; the
    /// route stays whole, with every language's texts, and saves as it came.
    pub fn show_language(&mut self, language: &str) {
        let default = self.default_language().to_string();
        self.change_texts(|text| text.show(language, &default));
    }

    /// Of the texts a reader of `language` needs, how many there are and which `language` lacks:
    /// empty texts do not count, nor translations of quotes said in that language, whose reader
    /// reads the original words.
    pub fn coverage(&self, language: &str) -> (usize, Vec<TextPath>) {
        let originals: Vec<String> = self
            .quotes
            .iter()
            .filter(|q| q.language == language)
            .map(|q| format!("quotes[{}].translation", q.id))
            .collect();
        let mut total = 0;
        let mut missing = Vec::new();
        each_text!(self, [&], iter, |path: &dyn Fn() -> TextPath, text: &Text| {
            if text.trim().is_empty() {
                return;
            }
            let lacking = text.get(language).is_none_or(|t| t.trim().is_empty());
            // Only a text that lacks the language is worth its path.
            if lacking || !originals.is_empty() {
                let path = path();
                if originals.contains(&path.to_string()) {
                    return;
                }
                if lacking {
                    missing.push(path);
                }
            }
            total += 1;
        });
        (total, missing)
    }

    /// The languages the route's texts are given in: the default first, then the others in the
    /// order they first appear.
    pub fn languages(&self) -> Vec<String> {
        let mut all = vec![self.default_language().to_string()];
        for (_, text) in self.multilingual_texts() {
            for code in text.languages.iter().flatten().map(|(code, _)| code) {
                if !all.contains(code) {
                    all.push(code.clone());
                }
            }
        }
        all
    }
}

/// A text as an argument of an interface message, such as a layer's name in a tooltip.
impl From<&Text> for crate::i18n::Arg {
    fn from(text: &Text) -> Self {
        crate::i18n::Arg::Text(text.as_str().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Text, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn a_plain_string_reads_and_writes_as_a_string() {
        let text = parse("\"Aktau\"").expect("a string");
        assert_eq!(text, "Aktau");
        assert!(!text.is_multilingual());
        assert_eq!(serde_json::to_string(&text).expect("json"), "\"Aktau\"");
    }

    #[test]
    fn an_object_reads_and_writes_as_an_object_in_its_order() {
        let text = parse(r#"{"ru": "Актау", "en": "Aktau"}"#).expect("an object");
        assert!(text.is_multilingual());
        assert_eq!(text.get("en"), Some("Aktau"));
        assert_eq!(text.get("ru"), Some("Актау"));
        assert_eq!(text.get("kk"), None);
        assert_eq!(text.languages().collect::<Vec<_>>(), ["ru", "en"]);
        assert_eq!(
            serde_json::to_string(&text).expect("json"),
            r#"{"ru":"Актау","en":"Aktau"}"#
        );
    }

    #[test]
    fn an_empty_object_is_refused_with_what_to_write() {
        let err = parse("{}").expect_err("no language");
        assert!(err.to_string().contains("empty object"), "{err}");
        assert!(err.to_string().contains("{\"en\": \"Aktau\""), "{err}");
    }

    #[test]
    fn a_number_where_a_text_belongs_is_refused_with_what_to_write() {
        let err = parse("5").expect_err("a number");
        assert!(
            err.to_string()
                .contains("expected a text, or an object of language code"),
            "{err}"
        );
        let err = parse(r#"{"en": "Aktau", "ru": 5}"#).expect_err("a number in an object");
        assert!(
            err.to_string()
                .contains("text in language \"ru\" as a string"),
            "{err}"
        );
    }

    #[test]
    fn an_empty_or_repeated_language_code_is_refused() {
        let err = parse(r#"{"": "Aktau"}"#).expect_err("empty code");
        assert!(err.to_string().contains("language code is empty"), "{err}");
        let err = parse(r#"{"en": "Aktau", "en": "Aqtau"}"#).expect_err("twice");
        assert!(err.to_string().contains("given twice"), "{err}");
    }

    #[test]
    fn setting_the_default_language_keeps_a_plain_string_plain() {
        let mut text = Text::from("Aktau");
        text.set("en", "en", "Aqtau");
        assert_eq!(text, "Aqtau");
        assert!(!text.is_multilingual());
        assert_eq!(serde_json::to_string(&text).expect("json"), "\"Aqtau\"");
    }

    #[test]
    fn setting_another_language_makes_an_object_that_keeps_the_default() {
        let mut text = Text::from("Aktau");
        text.set("ru", "en", "Актау");
        assert_eq!(text, "Aktau", "the shown text stays the default's");
        assert_eq!(text.get("ru"), Some("Актау"));
        assert_eq!(
            serde_json::to_string(&text).expect("json"),
            r#"{"en":"Aktau","ru":"Актау"}"#
        );
        text.set("en", "en", "Aqtau");
        assert_eq!(text, "Aqtau");
        assert_eq!(text.get("en"), Some("Aqtau"));
    }

    #[test]
    fn replacing_the_shown_text_changes_its_language_entry_alone() {
        let mut text = parse(r#"{"en": "Aktau", "ru": "Актау"}"#).expect("an object");
        text.replace_shown("Aqtau");
        assert_eq!(text, "Aqtau");
        assert_eq!(text.get("en"), Some("Aqtau"));
        assert_eq!(text.get("ru"), Some("Актау"));
        let mut plain = Text::from("Poti");
        plain.replace_shown("Poti port");
        assert_eq!(
            serde_json::to_string(&plain).expect("json"),
            "\"Poti port\""
        );
    }

    #[test]
    fn a_translation_of_an_empty_text_keeps_the_empty_default() {
        let mut text = Text::default();
        text.set("ru", "en", "Порт");
        assert_eq!(text, "");
        assert_eq!(
            serde_json::to_string(&text).expect("json"),
            r#"{"en":"","ru":"Порт"}"#
        );
    }

    #[test]
    fn a_text_reads_as_the_string_it_shows() {
        let text = Text::from("Poti");
        assert_eq!(&*text, "Poti");
        assert_eq!(format!("[{text:>6}]"), "[  Poti]");
        assert_eq!(text.len(), 4);
        assert!("Poti" == text);
    }

    #[test]
    fn paths_name_items_by_id_or_by_place() {
        let at = TextPath::root().item("layers", 0, Some("oil"));
        let path = at.item("values", 2, None).field("note");
        assert_eq!(path.to_string(), "layers[oil].values[2].note");
        assert_eq!(path.json_path(), "layers[0].values[2].note");
        let unnamed = TextPath::root().item("nodes", 4, Some("")).field("name");
        assert_eq!(unnamed.to_string(), "nodes[4].name");
    }
}
