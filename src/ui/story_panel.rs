//! The Story tab: the talk's slides, to add from the map, edit, reorder, delete and present.

use crate::ui::a11y::name_button;
use crate::ui::tr::TrContext;
use egui::{RichText, Ui};

use crate::model::{Route, Slide, Text};
use crate::tr;

use super::commands::Command;

/// What the Story tab asks of the app, beyond the edits it makes to slides itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryAction {
    /// A new slide from the map as it is now.
    Add,
    /// Set this slide's view, layers, year and quote from the map as it is now.
    Capture(usize),
    /// Start the talk at this slide.
    PresentFrom(usize),
    Delete(usize),
    /// Swap this slide with the one after it.
    MoveDown(usize),
}

/// Lists the slides; the one being edited shows its fields. Returns what to do, and whether a
/// field was edited.
pub fn show(
    ui: &mut Ui,
    story: &mut [Slide],
    editing: &mut Option<usize>,
) -> (Option<StoryAction>, bool) {
    let mut action = None;
    let mut edited = false;
    let tr = ui.tr();
    ui.label(RichText::new(tr.t("story-title")).font(crate::text::fonts::bold(22.0)));
    ui.label(tr.t("story-intro"));
    ui.horizontal(|ui| {
        if ui
            .button(Command::AddSlide.label(&tr))
            .on_hover_text(Command::AddSlide.tooltip(&tr))
            .clicked()
        {
            action = Some(StoryAction::Add);
        }
        let present = Command::StartPresentation;
        let text = match present.shortcut_text(ui.ctx()) {
            Some(key) => format!("{} ({key})", present.label(&tr)),
            None => present.label(&tr),
        };
        if ui
            .button(text)
            .on_hover_text(present.tooltip(&tr))
            .clicked()
        {
            action = Some(StoryAction::PresentFrom(0));
        }
    });
    ui.separator();
    let n = story.len();
    for (i, slide) in story.iter_mut().enumerate() {
        let open = *editing == Some(i);
        ui.horizontal(|ui| {
            let title = format!("{}. {}", i + 2, slide.title);
            if ui.selectable_label(open, title).clicked() {
                *editing = if open { None } else { Some(i) };
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let delete = tr.t("story-delete");
                if name_button(ui.small_button("×"), &delete)
                    .on_hover_text(&delete)
                    .clicked()
                {
                    action = Some(StoryAction::Delete(i));
                }
                let later = tr.t("story-move-later");
                let button = ui.add_enabled(i + 1 < n, egui::Button::new("▼").small());
                if name_button(button, &later).on_hover_text(&later).clicked() {
                    action = Some(StoryAction::MoveDown(i));
                }
                let earlier = tr.t("story-move-earlier");
                let button = ui.add_enabled(i > 0, egui::Button::new("▲").small());
                if name_button(button, &earlier)
                    .on_hover_text(&earlier)
                    .clicked()
                {
                    action = Some(StoryAction::MoveDown(i - 1));
                }
            });
        });
        if open {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                let label = ui.label(tr.t("story-slide-title"));
                edited |= ui
                    .text_edit_singleline(&mut slide.title)
                    .labelled_by(label.id)
                    .changed();
                let label = ui.label(tr.t("story-slide-text"));
                edited |= ui
                    .text_edit_multiline(&mut slide.text)
                    .labelled_by(label.id)
                    .changed();
                let label = ui.label(tr.t("story-slide-notes"));
                edited |= ui
                    .text_edit_multiline(&mut slide.notes)
                    .labelled_by(label.id)
                    .changed();
                let year = slide.shown_year().map_or_else(
                    || tr.t("story-year-kept"),
                    |y| crate::flows::year_words(&tr, y),
                );
                let layers = slide.layers.as_ref().map_or_else(
                    || tr.t("story-layers-all"),
                    |l| {
                        if l.is_empty() {
                            tr.t("story-layers-none")
                        } else {
                            l.join(", ")
                        }
                    },
                );
                ui.weak(tr!(
                    tr,
                    "story-slide-summary",
                    year = year,
                    layers = layers,
                    quotes = slide.quotes.join(", "),
                ));
                ui.horizontal(|ui| {
                    if ui
                        .button(tr.t("story-take-view"))
                        .on_hover_text(tr.attr("story-take-view", "tooltip"))
                        .clicked()
                    {
                        action = Some(StoryAction::Capture(i));
                    }
                    if ui.button(tr.t("story-present-from-here")).clicked() {
                        action = Some(StoryAction::PresentFrom(i + 1));
                    }
                });
            });
        }
    }
    if n == 0 {
        ui.weak(tr.t("story-no-slides"));
    }
    (action, edited)
}

/// Applies a reorder or delete to the story, keeping the edited slide under the cursor.
pub fn apply(route: &mut Route, editing: &mut Option<usize>, action: StoryAction) {
    match action {
        StoryAction::Delete(i) if i < route.story.len() => {
            route.story.remove(i);
            *editing = None;
        }
        StoryAction::MoveDown(i) if i + 1 < route.story.len() => {
            route.story.swap(i, i + 1);
            *editing = match *editing {
                Some(e) if e == i => Some(i + 1),
                Some(e) if e == i + 1 => Some(i),
                other => other,
            };
        }
        _ => {}
    }
}

/// A route's text edited in place: the text shown changes, in the language it is shown in.
impl egui::TextBuffer for Text {
    fn is_mutable(&self) -> bool {
        true
    }

    fn as_str(&self) -> &str {
        Text::as_str(self)
    }

    fn insert_text(&mut self, text: &str, char_index: egui::text::CharIndex) -> usize {
        let mut shown = self.to_string();
        let inserted = shown.insert_text(text, char_index);
        self.replace_shown(shown);
        inserted
    }

    fn delete_char_range(&mut self, char_range: std::ops::Range<egui::text::CharIndex>) {
        let mut shown = self.to_string();
        shown.delete_char_range(char_range);
        self.replace_shown(shown);
    }

    fn type_id(&self) -> std::any::TypeId {
        std::any::TypeId::of::<Self>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route() -> Route {
        Route {
            story: ["a", "b", "c"]
                .into_iter()
                .map(|t| Slide {
                    title: t.into(),
                    ..Slide::default()
                })
                .collect(),
            ..Route::default()
        }
    }

    fn titles(r: &Route) -> Vec<&str> {
        r.story.iter().map(|s| s.title.as_str()).collect()
    }

    #[test]
    fn reorder_and_delete() {
        let mut r = route();
        let mut editing = Some(0);
        apply(&mut r, &mut editing, StoryAction::MoveDown(0));
        assert_eq!(titles(&r), ["b", "a", "c"]);
        assert_eq!(editing, Some(1), "the edited slide moves with it");
        apply(&mut r, &mut editing, StoryAction::MoveDown(2));
        assert_eq!(
            titles(&r),
            ["b", "a", "c"],
            "the last slide cannot move down"
        );
        apply(&mut r, &mut editing, StoryAction::Delete(0));
        assert_eq!(titles(&r), ["a", "c"]);
        assert_eq!(editing, None);
    }
}
