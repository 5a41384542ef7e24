//! A bounded history of states for Undo and Redo. Each step keeps a whole state, named by the
//! change that left it: states in this app are small, and a whole state cannot be taken back
//! wrongly the way a replayed change can.

use std::collections::VecDeque;

/// How many changes can be taken back; the oldest are forgotten first.
pub const DEPTH: usize = 100;

/// A change by name, and the state on the other side of it.
struct Step<S, L> {
    label: L,
    state: S,
}

/// Undo and Redo stacks of states `S`, each step named by a label `L`: a text, or what a text
/// is made from when it is shown, in whatever language the interface speaks by then. A change
/// made with a key `K` joins the step before it when that step was made with the same key, so
/// typing into one field is one step, not one per letter.
pub struct History<S, K, L = String> {
    /// Each the state before the change its label names, newest last.
    undo: VecDeque<Step<S, L>>,
    /// Each the state after the change its label names, the next to redo last.
    redo: Vec<Step<S, L>>,
    /// The key of the newest step while later changes may still join it.
    joining: Option<K>,
}

impl<S, K, L> Default for History<S, K, L> {
    fn default() -> Self {
        History {
            undo: VecDeque::new(),
            redo: Vec::new(),
            joining: None,
        }
    }
}

impl<S, K: PartialEq, L: Clone> History<S, K, L> {
    /// Notes that a change named `label` left `before` behind. With a `key` equal to the newest
    /// step's, the change joins that step. A new change forgets what could be redone.
    pub fn record(&mut self, label: L, before: S, key: Option<K>) {
        let joins = key.is_some() && key == self.joining && !self.undo.is_empty();
        if !joins {
            self.undo.push_back(Step {
                label,
                state: before,
            });
            while self.undo.len() > DEPTH {
                self.undo.pop_front();
            }
        }
        self.redo.clear();
        self.joining = key;
    }

    /// The key later changes need to join the newest step.
    pub fn joining(&self) -> Option<&K> {
        self.joining.as_ref()
    }

    /// The next change starts a step of its own.
    pub fn stop_joining(&mut self) {
        self.joining = None;
    }

    /// Takes back the newest change: returns its name and the state before it, and keeps `now`
    /// to redo it.
    pub fn undo(&mut self, now: S) -> Option<(L, S)> {
        let step = self.undo.pop_back()?;
        self.joining = None;
        self.redo.push(Step {
            label: step.label.clone(),
            state: now,
        });
        Some((step.label, step.state))
    }

    /// Makes again the change last taken back: returns its name and the state after it, and
    /// keeps `now` to undo it again.
    pub fn redo(&mut self, now: S) -> Option<(L, S)> {
        let step = self.redo.pop()?;
        self.joining = None;
        self.undo.push_back(Step {
            label: step.label.clone(),
            state: now,
        });
        Some((step.label, step.state))
    }

    /// The name of the change Undo would take back.
    pub fn undo_label(&self) -> Option<&L> {
        self.undo.back().map(|s| &s.label)
    }

    /// The name of the change Redo would make again.
    pub fn redo_label(&self) -> Option<&L> {
        self.redo.last().map(|s| &s.label)
    }

    /// Every state kept, to change what they say about the world outside, such as whether they
    /// match the saved file.
    pub fn states_mut(&mut self) -> impl Iterator<Item = &mut S> {
        self.undo
            .iter_mut()
            .chain(self.redo.iter_mut())
            .map(|s| &mut s.state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_back_and_forth() {
        let mut h: History<i32, ()> = History::default();
        assert!(h.undo(0).is_none(), "nothing to undo at first");
        h.record("one".into(), 0, None);
        h.record("two".into(), 1, None);
        assert_eq!(h.undo_label().map(String::as_str), Some("two"));
        assert_eq!(h.undo(2), Some(("two".into(), 1)));
        assert_eq!(h.redo_label().map(String::as_str), Some("two"));
        assert_eq!(h.undo(1), Some(("one".into(), 0)));
        assert!(h.undo(0).is_none());
        assert_eq!(h.redo(0), Some(("one".into(), 1)));
        assert_eq!(h.redo(1), Some(("two".into(), 2)));
        assert!(h.redo(2).is_none());
    }

    #[test]
    fn a_new_change_forgets_the_redo() {
        let mut h: History<i32, ()> = History::default();
        h.record("one".into(), 0, None);
        h.undo(1);
        h.record("other".into(), 0, None);
        assert_eq!(h.redo_label(), None);
        assert_eq!(h.undo_label().map(String::as_str), Some("other"));
    }

    #[test]
    fn changes_with_the_same_key_join_one_step() {
        let mut h: History<&str, u8> = History::default();
        h.record("type".into(), "", Some(1));
        h.record("type".into(), "a", Some(1));
        h.record("type".into(), "ab", Some(1));
        h.record("other field".into(), "abc", Some(2));
        assert_eq!(h.undo("abcd"), Some(("other field".into(), "abc")));
        assert_eq!(
            h.undo("abc"),
            Some(("type".into(), "")),
            "one step for the typing"
        );
        assert!(h.undo("").is_none());

        h.record("type".into(), "", Some(1));
        h.stop_joining();
        h.record("type".into(), "a", Some(1));
        assert_eq!(
            h.undo("ab"),
            Some(("type".into(), "a")),
            "focus left between"
        );
    }

    #[test]
    fn the_history_is_bounded() {
        let mut h: History<usize, ()> = History::default();
        for i in 0..DEPTH + 10 {
            h.record(i.to_string(), i, None);
        }
        let mut count = 0;
        while h.undo(0).is_some() {
            count += 1;
        }
        assert_eq!(count, DEPTH);
    }
}
