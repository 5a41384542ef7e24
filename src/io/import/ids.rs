//! Ids for imported nodes, links and areas: the ones the file gives where they are free, made
//! up where not.

use std::collections::HashMap;

use super::Notes;
use super::feature::{Feature, Slot};
use crate::i18n::msg;
use crate::io::Words;

/// Ids handed out in one list, such as the nodes, so that each is unique.
#[derive(Default)]
pub(super) struct Ids {
    /// Each id given, with the index of what it names.
    given: HashMap<String, usize>,
    /// Per wanted id, the last suffix tried, so a thousand repeats do not each count up from 2.
    last_suffix: HashMap<String, usize>,
    /// Per prefix, the last number generated.
    last_generated: HashMap<&'static str, usize>,
}

impl Ids {
    /// `wanted` if free, else `wanted-2`, `wanted-3`…
    pub(super) fn claim(&mut self, wanted: &str, index: usize) -> String {
        if !self.given.contains_key(wanted) {
            self.given.insert(wanted.to_string(), index);
            return wanted.to_string();
        }
        let suffix = self.last_suffix.entry(wanted.to_string()).or_insert(1);
        loop {
            *suffix += 1;
            let id = format!("{wanted}-{suffix}");
            if !self.given.contains_key(&id) {
                self.given.insert(id.clone(), index);
                return id;
            }
        }
    }

    /// A new id `prefix-N` not given before.
    pub(super) fn generate(&mut self, prefix: &'static str, index: usize) -> String {
        let last = self.last_generated.entry(prefix).or_default();
        loop {
            *last += 1;
            let id = format!("{prefix}-{last}");
            if !self.given.contains_key(&id) {
                self.given.insert(id.clone(), index);
                return id;
            }
        }
    }

    pub(super) fn get(&self, id: &str) -> Option<usize> {
        self.given.get(id).copied()
    }

    /// Every id given so far, for suggestions.
    pub(super) fn names(&self) -> impl Iterator<Item = &str> {
        self.given.keys().map(String::as_str)
    }
}

/// Gives each feature an id: first every id the file names, each to its first holder, so that
/// renaming a repeat (`a` again becoming `a-2`) never takes an id a later feature names; then
/// the repeats, renamed; then `prefix-N` for features without one. A part of a multi-part
/// feature (`a-1`, `a-2`) yields to a feature the file itself names so.
pub(super) fn assign_ids(
    features: &[Feature],
    prefix: &'static str,
    ids: &mut Ids,
    notes: &mut Notes,
) -> Vec<String> {
    let wanted: Vec<Option<String>> = features
        .iter()
        .map(|feature| wanted_id(feature, notes))
        .collect();
    let mut assigned: Vec<Option<String>> = vec![None; features.len()];
    let named_by_file = |index: usize| features.get(index).is_some_and(|f| f.part.is_none());
    for whole in [true, false] {
        for (index, wanted) in wanted.iter().enumerate() {
            if let Some(wanted) = wanted
                && named_by_file(index) == whole
                && ids.get(wanted).is_none()
                && let Some(slot) = assigned.get_mut(index)
            {
                *slot = Some(ids.claim(wanted, index));
            }
        }
    }
    for (index, (feature, wanted)) in features.iter().zip(&wanted).enumerate() {
        let (Some(wanted), Some(slot)) = (wanted, assigned.get_mut(index)) else {
            continue;
        };
        if slot.is_some() {
            continue;
        }
        let id = ids.claim(wanted, index);
        if let Some(field) = feature.record.properties.get(Slot::Id) {
            notes.warn(
                feature.record.field(field),
                Words::new(
                    msg("problem-import-id-taken"),
                    [
                        ("wanted", wanted.into()),
                        ("prefix", prefix.into()),
                        ("id", (&id).into()),
                    ],
                ),
            );
        }
        *slot = Some(id);
    }
    assigned
        .into_iter()
        .enumerate()
        .map(|(index, id)| id.unwrap_or_else(|| ids.generate(prefix, index)))
        .collect()
}

/// The id a feature asks for: its own, with its part number for a part of a multi-part
/// feature; `None`, with a warning when the id is not text, for a feature without one.
fn wanted_id(feature: &Feature, notes: &mut Notes) -> Option<String> {
    let record = &feature.record;
    let field = record.properties.get(Slot::Id)?;
    let Some(base) = field.value.text() else {
        let [found, value] = field.value.said();
        let [record_is, name] = record.who();
        notes.warn(
            record.field(field),
            Words::new(
                msg("problem-import-id-not-text"),
                [found, value, record_is, name],
            ),
        );
        return None;
    };
    Some(match feature.part {
        Some(part) => format!("{base}-{part}"),
        None => base,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_stay_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.claim("a", 0), "a");
        assert_eq!(ids.claim("a", 1), "a-2");
        assert_eq!(ids.claim("a-3", 2), "a-3");
        assert_eq!(ids.claim("a", 3), "a-4");
        assert_eq!(ids.generate("a", 4), "a-1");
        assert_eq!(ids.generate("a", 5), "a-5");
    }
}
