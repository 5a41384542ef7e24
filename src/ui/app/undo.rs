//! Undo and Redo for the story. After each frame the slides, the quote picked for the next slide
//! and the edited flag are compared with how they were last seen; a difference is a step, named
//! by what differs. So every way of changing the story is covered, the Story tab's buttons and
//! fields and anything added later, without each having to remember to record itself.

use crate::ui::tr::TrContext;
use egui::Ui;

use crate::i18n::{Tr, msg};
use crate::model::Slide;
use crate::tr;
use crate::ui::commands::Command;
use crate::ui::history::History;

use super::CorridorApp;

/// What Undo puts back.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct StoryState {
    story: Vec<Slide>,
    picked_quote: Option<String>,
    /// Whether this state differs from the file, so undoing back to what was saved is not an
    /// edit.
    dirty: bool,
    /// The slide open for editing, open again when this state comes back.
    editing: Option<usize>,
}

/// A text field of a slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Title,
    Text,
    Notes,
}

/// `slide` with `field` emptied: two slides alike but for that field differ in it alone.
fn without(slide: &Slide, field: Field) -> Slide {
    let mut slide = slide.clone();
    match field {
        Field::Title => slide.title = Default::default(),
        Field::Text => slide.text = Default::default(),
        Field::Notes => slide.notes = Default::default(),
    }
    slide
}

/// Typing into one field of one slide through one text edit: later letters join its step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Typing {
    slide: usize,
    field: Field,
    widget: egui::Id,
}

/// The story's steps, and the state they were last compared with.
#[derive(Default)]
pub(super) struct StoryHistory {
    steps: History<StoryState, Typing, StepName>,
    seen: StoryState,
}

/// What a change did, by the numbers the Story tab gives its slides; worded when shown, in the
/// interface's language of that moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StepName {
    AddSlide(usize),
    DeleteSlide(usize),
    ChangeStory,
    PickQuote,
    UnpickQuote,
    EditRoute,
    SwapSlides(usize, usize),
    EditField(Field, usize),
    TakeView(usize),
}

impl StepName {
    /// The change as the status bar and the Edit menu name it: "delete slide 3".
    fn text(self, tr: &Tr) -> String {
        match self {
            StepName::AddSlide(slide) => tr!(tr, "history-add-slide", slide = slide),
            StepName::DeleteSlide(slide) => tr!(tr, "history-delete-slide", slide = slide),
            StepName::ChangeStory => tr.t("history-change-story"),
            StepName::PickQuote => tr.t("history-pick-quote"),
            StepName::UnpickQuote => tr.t("history-unpick-quote"),
            StepName::EditRoute => tr.t("history-edit-route"),
            StepName::SwapSlides(first, second) => {
                tr!(tr, "history-swap-slides", first = first, second = second)
            }
            StepName::EditField(field, slide) => {
                let id = match field {
                    Field::Title => msg("history-edit-title"),
                    Field::Text => msg("history-edit-text"),
                    Field::Notes => msg("history-edit-notes"),
                };
                tr.t_args(id, &[("slide", slide.into())])
            }
            StepName::TakeView(slide) => tr!(tr, "history-take-view", slide = slide),
        }
    }
}

/// A change as the status bar and the Edit menu name it, and the field it typed into.
#[derive(Debug, PartialEq)]
struct Change {
    name: StepName,
    typed: Option<(usize, Field)>,
}

/// Slides are numbered as the Story tab and the talk number them: the title slide is 1.
fn number(index: usize) -> usize {
    index + 2
}

/// Names the change from `before` to `after`.
fn describe(before: &StoryState, after: &StoryState) -> Change {
    let (old, new) = (&before.story, &after.story);
    let named = |name: StepName| Change { name, typed: None };
    let first_difference = || {
        old.iter()
            .zip(new)
            .position(|(a, b)| a != b)
            .unwrap_or(old.len().min(new.len()))
    };
    if new.len() == old.len() + 1 {
        return named(StepName::AddSlide(number(first_difference())));
    }
    if new.len() + 1 == old.len() {
        return named(StepName::DeleteSlide(number(first_difference())));
    }
    if new.len() != old.len() {
        return named(StepName::ChangeStory);
    }
    let changed: Vec<usize> = (0..new.len()).filter(|&i| old[i] != new[i]).collect();
    match changed.as_slice() {
        [] if before.picked_quote != after.picked_quote => named(match after.picked_quote {
            Some(_) => StepName::PickQuote,
            None => StepName::UnpickQuote,
        }),
        [] => named(StepName::EditRoute),
        &[a, b] if b == a + 1 && old[a] == new[b] && old[b] == new[a] => {
            named(StepName::SwapSlides(number(a), number(b)))
        }
        &[i] => {
            let (was, now) = (&old[i], &new[i]);
            let field = [Field::Title, Field::Text, Field::Notes]
                .into_iter()
                .find(|&f| without(was, f) == without(now, f));
            match field {
                Some(field) => Change {
                    name: StepName::EditField(field, number(i)),
                    typed: Some((i, field)),
                },
                None => named(StepName::TakeView(number(i))),
            }
        }
        _ => named(StepName::ChangeStory),
    }
}

impl StoryHistory {
    /// A history with nothing to undo, starting from `state`.
    fn starting_at(state: StoryState) -> Self {
        StoryHistory {
            steps: History::default(),
            seen: state,
        }
    }
}

impl CorridorApp {
    fn story_state(&self) -> StoryState {
        StoryState {
            story: self.route.story.clone(),
            picked_quote: self.picked_quote.clone(),
            dirty: self.dirty,
            editing: self.editing_slide,
        }
    }

    /// Forgets the story's history: another route, or the file read again, starts afresh.
    pub(super) fn forget_story_history(&mut self) {
        self.history = StoryHistory::starting_at(self.story_state());
    }

    /// The route was saved: every state kept differs from the file now, except the one on screen.
    pub(super) fn story_saved(&mut self) {
        for state in self.history.steps.states_mut() {
            state.dirty = true;
        }
    }

    /// Notices what this frame changed in the story and keeps the state before it as a step.
    /// Typing into the field that was typed into before, still focused, joins that step.
    pub(super) fn track_story(&mut self, ctx: &egui::Context) {
        let focused = ctx
            .memory(|m| m.focused())
            .filter(|_| ctx.text_edit_focused());
        if self
            .history
            .steps
            .joining()
            .is_some_and(|t| Some(t.widget) != focused)
        {
            self.history.steps.stop_joining();
        }
        let seen = &self.history.seen;
        let changed = self.route.story != seen.story
            || self.picked_quote != seen.picked_quote
            || (self.dirty && !seen.dirty);
        if !changed {
            self.history.seen.dirty = self.dirty;
            self.history.seen.editing = self.editing_slide;
            return;
        }
        let now = self.story_state();
        let before = std::mem::replace(&mut self.history.seen, now);
        let change = describe(&before, &self.history.seen);
        let typing = change
            .typed
            .zip(focused)
            .map(|((slide, field), widget)| Typing {
                slide,
                field,
                widget,
            });
        self.history.steps.record(change.name, before, typing);
    }

    /// Takes back the last change to the story.
    pub(super) fn undo(&mut self) {
        let now = self.story_state();
        let step = self.history.steps.undo(now);
        self.restore(step, msg("history-undid"), msg("history-nothing-to-undo"));
    }

    /// Makes again the change last taken back.
    pub(super) fn redo(&mut self) {
        let now = self.story_state();
        let step = self.history.steps.redo(now);
        self.restore(step, msg("history-redid"), msg("history-nothing-to-redo"));
    }

    /// Puts a state back and says so in the status bar: "Undid: delete slide 3". `done` and
    /// `nothing` are the ids of what the status bar says.
    fn restore(
        &mut self,
        step: Option<(StepName, StoryState)>,
        done: &'static str,
        nothing: &'static str,
    ) {
        let Some((name, mut state)) = step else {
            self.save_message = Some(self.tr.t(nothing));
            return;
        };
        state.editing = state.editing.filter(|&i| i < state.story.len());
        self.route.story = state.story.clone();
        self.picked_quote = state.picked_quote.clone();
        self.dirty = state.dirty;
        self.editing_slide = state.editing;
        self.history.seen = state;
        let step = name.text(&self.tr);
        self.save_message = Some(self.tr.t_args(done, &[("step", step.into())]));
    }

    /// The Edit menu: Undo and Redo, greyed out with nothing to take back or make again, and
    /// naming what they would do.
    pub(super) fn edit_menu(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let tr = ui.tr();
        let entries = [
            (
                Command::Undo,
                self.history.steps.undo_label(),
                tr.t("history-nothing-to-undo"),
            ),
            (
                Command::Redo,
                self.history.steps.redo_label(),
                tr.t("history-nothing-to-redo"),
            ),
        ]
        .map(|(c, step, nothing)| {
            (
                c,
                step.map(|s| format!("{}: {}", c.label(&tr), s.text(&tr))),
                nothing,
            )
        });
        for (command, step, nothing) in entries {
            let response = ui
                .add_enabled(step.is_some(), command.menu_button(&ctx, &ctx.tr()))
                .on_disabled_hover_text(nothing);
            let response = match step {
                Some(step) => {
                    response.on_hover_text(format!("{step}\n{}", command.tooltip(&ui.tr())))
                }
                None => response,
            };
            if response.clicked() {
                self.pending.push(command);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(titles: &[&str]) -> StoryState {
        StoryState {
            story: titles
                .iter()
                .map(|t| Slide {
                    title: (*t).into(),
                    ..Slide::default()
                })
                .collect(),
            ..StoryState::default()
        }
    }

    fn label(before: &StoryState, after: &StoryState) -> String {
        describe(before, after).name.text(&Tr::new("en"))
    }

    #[test]
    fn changes_are_named_with_the_slide_numbers_of_the_story_tab() {
        let abc = state(&["a", "b", "c"]);
        assert_eq!(label(&abc, &state(&["a", "c"])), "delete slide 3");
        assert_eq!(label(&abc, &state(&["a", "b", "c", "d"])), "add slide 5");
        assert_eq!(label(&abc, &state(&["a", "c", "b"])), "swap slides 3 and 4");
        let typed = describe(&abc, &state(&["a", "bx", "c"]));
        assert_eq!(typed.name.text(&Tr::new("en")), "edit the title of slide 3");
        assert_eq!(typed.typed, Some((1, Field::Title)));
        let mut noted = abc.clone();
        noted.story[0].notes = "say it slowly".into();
        assert_eq!(label(&abc, &noted), "edit the notes of slide 2");
        let mut framed = abc.clone();
        framed.story[2].year = Some(2024);
        let change = describe(&abc, &framed);
        assert_eq!(
            change.name.text(&Tr::new("en")),
            "take the view from the map for slide 4"
        );
        assert_eq!(change.typed, None, "not typing");
        let mut picked = abc.clone();
        picked.picked_quote = Some("q01".to_owned());
        assert_eq!(label(&abc, &picked), "pick a quote for the next slide");
    }

    #[test]
    fn changes_are_named_in_the_interface_language_when_shown() {
        let abc = state(&["a", "b", "c"]);
        let ru = Tr::new("ru");
        let name = |after: &StoryState| describe(&abc, after).name.text(&ru);
        assert_eq!(name(&state(&["a", "c"])), "удаление слайда 3");
        assert_eq!(name(&state(&["a", "c", "b"])), "перестановка слайдов 3 и 4");
        assert_eq!(name(&state(&["a", "bx", "c"])), "правка заголовка слайда 3");
    }
}
