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

/// Gives each feature an id: the ones the file names first, so that a generated id never takes
/// a name the file uses, then `prefix-N` for the rest.
pub(super) fn assign_ids(
    features: &[Feature],
    prefix: &'static str,
    ids: &mut Ids,
    notes: &mut Notes,
) -> Vec<String> {
    let mut assigned: Vec<Option<String>> = Vec::with_capacity(features.len());
    for (index, feature) in features.iter().enumerate() {
        let record = &feature.record;
        let Some(field) = record.properties.get(Slot::Id) else {
            assigned.push(None);
            continue;
        };
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
            assigned.push(None);
            continue;
        };
        let wanted = match feature.part {
            Some(part) => format!("{base}-{part}"),
            None => base,
        };
        let id = ids.claim(&wanted, index);
        if id != wanted {
            notes.warn(
                record.field(field),
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
        assigned.push(Some(id));
    }
    assigned
        .into_iter()
        .enumerate()
        .map(|(index, id)| id.unwrap_or_else(|| ids.generate(prefix, index)))
        .collect()
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
