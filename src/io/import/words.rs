//! Words a property may take, such as a node's kind or a link's mode, with the other words
//! understood to mean the same.

use crate::model::{LinkMode, LinkStatus, NodeKind, ValueKind};

use super::Notes;
use super::feature::{Field, Record};
use crate::i18n::{Arg, msg};
use crate::io::Words;

/// Words a property may take, with their meaning.
pub(super) struct Vocabulary<T: 'static> {
    what: &'static str,
    /// The names the route format uses, in the order they are listed in messages.
    names: &'static [(&'static str, T)],
    /// Other words understood to mean the same.
    aliases: &'static [(&'static str, T)],
}

impl<T: Copy + PartialEq> Vocabulary<T> {
    /// The meaning of `text`, case, spaces and dashes aside; else what a message needs to list
    /// the words and suggest the closest.
    pub(super) fn read(&self, text: &str) -> Result<T, Unknown> {
        let word: String = text
            .trim()
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        let all = || self.names.iter().chain(self.aliases);
        if let Some((_, meaning)) = all().find(|(name, _)| *name == word) {
            return Ok(*meaning);
        }
        let listed: Vec<&str> = self.names.iter().map(|(name, _)| *name).collect();
        let suggestion = crate::suggest::closest(&word, all().map(|(name, _)| *name))
            .and_then(|near| all().find(|(name, _)| *name == near))
            .and_then(|(_, meaning)| self.names.iter().find(|(_, m)| m == meaning))
            .map(|(name, _)| *name);
        Err(Unknown {
            what: self.what,
            word: text.trim().to_string(),
            listed: listed.join(", "),
            suggestion,
        })
    }

    pub(super) fn name(&self, meaning: T) -> &'static str {
        self.names
            .iter()
            .find(|(_, m)| *m == meaning)
            .map_or("", |(name, _)| name)
    }
}

/// A word that is not one of a vocabulary's.
#[derive(Debug, PartialEq)]
pub(super) struct Unknown {
    /// What the word says, such as `kind` or `value kind`.
    pub(super) what: &'static str,
    pub(super) word: String,
    /// The vocabulary's words, separated by commas.
    pub(super) listed: String,
    /// The closest word, if one is close.
    pub(super) suggestion: Option<&'static str>,
}

impl Unknown {
    /// The message for the word, `…-suggested` when there is a suggestion, with its arguments
    /// and `more`.
    pub(super) fn words<const N: usize>(
        self,
        id: &'static str,
        suggested: &'static str,
        more: [(&'static str, Arg); N],
    ) -> Words {
        let id = if self.suggestion.is_some() {
            suggested
        } else {
            id
        };
        let mut args = vec![
            ("what", self.what.into()),
            ("word", self.word.into()),
            ("listed", self.listed.into()),
            ("suggestion", self.suggestion.unwrap_or_default().into()),
        ];
        args.extend(more);
        Words {
            id,
            args: args.into(),
        }
    }
}

pub(super) const NODE_KINDS: Vocabulary<NodeKind> = Vocabulary {
    what: "kind",
    names: &[
        ("port", NodeKind::Port),
        ("rail_junction", NodeKind::RailJunction),
        ("border_crossing", NodeKind::BorderCrossing),
        ("city", NodeKind::City),
        ("terminal", NodeKind::Terminal),
        ("place", NodeKind::Place),
    ],
    aliases: &[
        ("sea_port", NodeKind::Port),
        ("seaport", NodeKind::Port),
        ("harbour", NodeKind::Port),
        ("harbor", NodeKind::Port),
        ("junction", NodeKind::RailJunction),
        ("station", NodeKind::RailJunction),
        ("rail_station", NodeKind::RailJunction),
        ("railway_station", NodeKind::RailJunction),
        ("border", NodeKind::BorderCrossing),
        ("checkpoint", NodeKind::BorderCrossing),
        ("town", NodeKind::City),
        ("oil_terminal", NodeKind::Terminal),
    ],
};

pub(super) const MODES: Vocabulary<LinkMode> = Vocabulary {
    what: "mode",
    names: &[
        ("rail", LinkMode::Rail),
        ("sea_ferry", LinkMode::SeaFerry),
        ("pipeline", LinkMode::Pipeline),
        ("subsea_cable", LinkMode::SubseaCable),
        ("road", LinkMode::Road),
        ("power", LinkMode::Power),
    ],
    aliases: &[
        ("railway", LinkMode::Rail),
        ("railroad", LinkMode::Rail),
        ("train", LinkMode::Rail),
        ("sea", LinkMode::SeaFerry),
        ("ferry", LinkMode::SeaFerry),
        ("ship", LinkMode::SeaFerry),
        ("shipping", LinkMode::SeaFerry),
        ("maritime", LinkMode::SeaFerry),
        ("pipe", LinkMode::Pipeline),
        ("cable", LinkMode::SubseaCable),
        ("submarine_cable", LinkMode::SubseaCable),
        ("highway", LinkMode::Road),
        ("motorway", LinkMode::Road),
        ("truck", LinkMode::Road),
        ("power_line", LinkMode::Power),
        ("powerline", LinkMode::Power),
        ("electricity", LinkMode::Power),
    ],
};

pub(super) const STATUSES: Vocabulary<LinkStatus> = Vocabulary {
    what: "status",
    names: &[
        ("operating", LinkStatus::Operating),
        ("under_construction", LinkStatus::UnderConstruction),
        ("planned", LinkStatus::Planned),
    ],
    aliases: &[
        ("operational", LinkStatus::Operating),
        ("open", LinkStatus::Operating),
        ("existing", LinkStatus::Operating),
        ("active", LinkStatus::Operating),
        ("construction", LinkStatus::UnderConstruction),
        ("building", LinkStatus::UnderConstruction),
        ("proposed", LinkStatus::Planned),
        ("plan", LinkStatus::Planned),
    ],
};

pub(super) const VALUE_KINDS: Vocabulary<ValueKind> = Vocabulary {
    what: "value kind",
    names: &[
        ("actual", ValueKind::Actual),
        ("estimate", ValueKind::Estimate),
        ("plan", ValueKind::Plan),
    ],
    aliases: &[
        ("estimated", ValueKind::Estimate),
        ("planned", ValueKind::Plan),
        ("target", ValueKind::Plan),
        ("forecast", ValueKind::Plan),
    ],
};

/// Reads a property that takes one of a vocabulary's words; warns and uses `default` otherwise.
pub(super) fn word<T: Copy + PartialEq>(
    record: &Record,
    field: Option<&Field>,
    vocabulary: &Vocabulary<T>,
    default: T,
    notes: &mut Notes,
) -> T {
    let Some(field) = field else { return default };
    let [record_is, name] = record.who();
    let default_word = ("default", vocabulary.name(default).into());
    let read = match field.value.text() {
        Some(text) => vocabulary.read(&text).map_err(|unknown| {
            unknown.words(
                msg("problem-import-unknown-word"),
                msg("problem-import-unknown-word-suggested"),
                [record_is, name, default_word],
            )
        }),
        None => {
            let [found, value] = field.value.said();
            Err(Words::new(
                msg("problem-import-not-a-word"),
                [
                    ("what", vocabulary.what.into()),
                    found,
                    value,
                    record_is,
                    name,
                    default_word,
                ],
            ))
        }
    };
    read.unwrap_or_else(|words| {
        notes.warn(record.field(field), words);
        default
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_accept_aliases_and_suggest_the_closest() {
        assert_eq!(MODES.read("Sea ferry"), Ok(LinkMode::SeaFerry));
        assert_eq!(MODES.read("railway"), Ok(LinkMode::Rail));
        let unknown = NODE_KINDS.read("prot").expect_err("a typo");
        assert_eq!(unknown.suggestion, Some("port"));
        let unknown = NODE_KINDS.read("harbuor").expect_err("a typo of an alias");
        assert_eq!(unknown.suggestion, Some("port"));
    }
}
