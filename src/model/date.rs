//! When a source was published, or words were said, as the source gives it.
//!
//! A date field of a route file is a text: empty when the file says nothing, `"not given"` where
//! the source prints no date, else a date such as `2025-10-21`. Saying "not given" keeps a reader
//! from taking a guess ("around 2025-10-20") for what a source printed.

use super::{Quote, Route, Source};

/// What a route file writes where the source prints no date.
pub const NOT_GIVEN: &str = "not given";

/// What a date field says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dating<'a> {
    /// Nothing: for a quote, the date of its source applies.
    Unset,
    /// The source prints no date.
    NotGiven,
    /// A date as written: `YYYY-MM-DD` or `YYYY-MM`, or the free text of an older file such as
    /// "before 2025-10-20".
    Given(&'a str),
}

impl<'a> Dating<'a> {
    /// Reads a date field; "not given" in any case, and spaces round it, count.
    pub fn of(date: &'a str) -> Self {
        let date = date.trim();
        if date.is_empty() {
            Dating::Unset
        } else if date.eq_ignore_ascii_case(NOT_GIVEN) {
            Dating::NotGiven
        } else {
            Dating::Given(date)
        }
    }
}

impl Source {
    /// When the source was published, as it says.
    pub fn dating(&self) -> Dating<'_> {
        Dating::of(&self.date)
    }
}

impl Quote {
    /// When the words were said, as the source says; [`Dating::Unset`] where only the source's
    /// own date is known.
    pub fn dating(&self) -> Dating<'_> {
        Dating::of(&self.date)
    }
}

impl Route {
    /// When a quote's words were said or, where the quote does not say, when its source was
    /// published: a quote from an undated source is itself undated.
    pub fn quote_dating<'a>(&'a self, quote: &'a Quote) -> Dating<'a> {
        match quote.dating() {
            Dating::Unset => self
                .source(&quote.source)
                .map_or(Dating::Unset, Source::dating),
            said => said,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_field_reads_as_unset_not_given_or_a_date() {
        assert_eq!(Dating::of(""), Dating::Unset);
        assert_eq!(Dating::of("  "), Dating::Unset);
        assert_eq!(Dating::of("not given"), Dating::NotGiven);
        assert_eq!(Dating::of(" Not Given "), Dating::NotGiven);
        assert_eq!(Dating::of("2025-10-21"), Dating::Given("2025-10-21"));
        assert_eq!(
            Dating::of("before 2025-10-20"),
            Dating::Given("before 2025-10-20")
        );
    }

    #[test]
    fn a_quote_without_a_date_takes_its_sources() {
        let route = Route {
            sources: vec![
                Source {
                    id: "undated".into(),
                    date: NOT_GIVEN.into(),
                    ..Source::default()
                },
                Source {
                    id: "dated".into(),
                    date: "2025-10-21".into(),
                    ..Source::default()
                },
            ],
            ..Route::default()
        };
        let quote = |source: &str, date: &str| Quote {
            id: "q".into(),
            kind: Default::default(),
            nodes: Vec::new(),
            speaker: "S".into(),
            role: Default::default(),
            affiliation: Default::default(),
            source: source.into(),
            text: "words".into(),
            language: "ru".into(),
            translation: Default::default(),
            date: date.into(),
            note: Default::default(),
        };
        let undated = quote("undated", "");
        assert_eq!(route.quote_dating(&undated), Dating::NotGiven);
        let dated = quote("dated", "");
        assert_eq!(route.quote_dating(&dated), Dating::Given("2025-10-21"));
        let said_earlier = quote("dated", NOT_GIVEN);
        assert_eq!(route.quote_dating(&said_earlier), Dating::NotGiven);
        let unknown_source = quote("gone", "");
        assert_eq!(route.quote_dating(&unknown_source), Dating::Unset);
    }
}
