//! Writing a talk without losing anything: Undo and Redo of story edits, the question before
//! unsaved edits are lost, and the app's own path window where no file dialog opens.

mod common;

use std::path::Path;
use std::sync::Arc;

use corridor_atlas::CorridorApp;
use corridor_atlas::model::Slide;
use corridor_atlas::ui::app::StartRoute;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const SHIFT_COMMAND: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

/// What the app asked of its window in the last frame.
fn sent(harness: &Harness<'_, CorridorApp>) -> Vec<ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

/// Presses `key` with `modifiers`, one frame for the press and one for the release, and returns
/// what the app asked of its window in either: a command sent in any frame is seen.
fn press(
    harness: &mut Harness<'_, CorridorApp>,
    modifiers: Modifiers,
    key: Key,
) -> Vec<ViewportCommand> {
    let mut commands = Vec::new();
    for pressed in [true, false] {
        harness.event(Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        });
        harness.step();
        commands.extend(sent(harness));
    }
    harness.run();
    commands
}

/// Clicks the button `label` in one frame and returns what the app asked of its window in it.
fn click(harness: &mut Harness<'_, CorridorApp>, label: &str) -> Vec<ViewportCommand> {
    harness.get_by_label(label).click_accesskit();
    harness.step();
    let commands = sent(harness);
    harness.run();
    commands
}

/// The window's close button, as eframe reports it.
fn close_button(harness: &mut Harness<'_, CorridorApp>) -> Vec<ViewportCommand> {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    harness.step();
    let commands = sent(harness);
    harness.run();
    commands
}

/// An unsaved edit: a slide added from the view in the Story tab.
fn add_slide(harness: &mut Harness<'_, CorridorApp>) {
    let before = harness.state().route().story.len();
    harness.get_by_label(&format!("Story ({before})")).click();
    harness.run();
    harness.get_by_label("Add slide from current view").click();
    harness.run();
    assert_eq!(harness.state().route().story.len(), before + 1);
    assert!(harness.state().has_unsaved_edits());
}

/// Replaces the text of the focused path field with `text`, as typed.
fn type_path(harness: &mut Harness<'_, CorridorApp>, text: &Path) {
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Path")
            .is_focused(),
        "the path field has the keyboard"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Path")
        .type_text(&text.display().to_string());
    harness.run();
}

fn path_field(harness: &Harness<'_, CorridorApp>) -> String {
    harness
        .get_by_role_and_label(Role::TextInput, "Path")
        .value()
        .unwrap_or_default()
}

fn titles(story: &[Slide]) -> Vec<&str> {
    story.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn ctrl_q_over_unsaved_edits_asks_and_cancel_keeps_them_and_discard_quits() {
    let mut harness = common::builtin();
    add_slide(&mut harness);
    let story = harness.state().route().story.clone();

    let commands = press(&mut harness, Modifiers::COMMAND, Key::Q);
    assert!(!commands.contains(&ViewportCommand::Close), "{commands:?}");
    harness.get_by_label_contains("Save changes to");
    harness.get_by_label_contains("before quitting?");
    harness.get_by_label("Save");
    harness.get_by_label("Discard");

    let commands = click(&mut harness, "Cancel");
    assert!(!commands.contains(&ViewportCommand::Close), "{commands:?}");
    assert!(harness.query_by_label_contains("Save changes to").is_none());
    assert_eq!(harness.state().route().story, story);
    assert!(harness.state().has_unsaved_edits());

    // Esc is Cancel too, and goes no further: the Story tab and its slides stay.
    press(&mut harness, Modifiers::COMMAND, Key::Q);
    harness.get_by_label_contains("before quitting?");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label_contains("Save changes to").is_none());
    harness.get_by_label("Add slide from current view");

    press(&mut harness, Modifiers::COMMAND, Key::Q);
    let commands = click(&mut harness, "Discard");
    assert!(commands.contains(&ViewportCommand::Close), "{commands:?}");
}

/// The same question in Russian: its words and its buttons, which answer as in English.
#[test]
fn the_unsaved_changes_question_speaks_russian() {
    let mut harness = common::builtin();
    add_slide(&mut harness);
    let ctx = harness.ctx.clone();
    harness.state_mut().set_language(&ctx, "ru");
    harness.run();

    let commands = press(&mut harness, Modifiers::COMMAND, Key::Q);
    assert!(!commands.contains(&ViewportCommand::Close), "{commands:?}");
    harness.get_by_label_contains("Сохранить изменения в «");
    harness.get_by_label_contains("перед выходом?");
    harness.get_by_label("Несохранённые изменения будут потеряны.");
    harness.get_by_label("Сохранить");
    harness.get_by_label("Не сохранять");
    assert!(harness.query_by_label_contains("Save changes to").is_none());

    let commands = click(&mut harness, "Отмена");
    assert!(!commands.contains(&ViewportCommand::Close), "{commands:?}");
    assert!(
        harness
            .query_by_label_contains("Сохранить изменения")
            .is_none()
    );
    assert!(harness.state().has_unsaved_edits());

    press(&mut harness, Modifiers::COMMAND, Key::Q);
    let commands = click(&mut harness, "Не сохранять");
    assert!(commands.contains(&ViewportCommand::Close), "{commands:?}");
}

#[test]
fn the_window_close_button_is_held_back_by_unsaved_edits() {
    let mut harness = common::builtin();
    let commands = close_button(&mut harness);
    assert!(
        !commands.contains(&ViewportCommand::CancelClose),
        "nothing to lose: the window closes"
    );

    add_slide(&mut harness);
    let commands = close_button(&mut harness);
    assert!(
        commands.contains(&ViewportCommand::CancelClose),
        "{commands:?}"
    );
    harness.get_by_label_contains("before quitting?");

    let commands = click(&mut harness, "Discard");
    assert!(commands.contains(&ViewportCommand::Close), "{commands:?}");
    // The close that follows is let through.
    let commands = close_button(&mut harness);
    assert!(
        !commands.contains(&ViewportCommand::CancelClose),
        "{commands:?}"
    );
}

#[test]
fn save_in_the_question_saves_where_typed_then_quits() {
    let dir = common::temp_dir("save-then-quit");
    let mut harness = common::builtin();
    add_slide(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::Q);

    // The built-in route has no file: Save asks where, here in the path window.
    let commands = click(&mut harness, "Save");
    assert!(!commands.contains(&ViewportCommand::Close), "{commands:?}");
    harness.get_by_label("Save the route");
    assert!(path_field(&harness).ends_with("middle-corridor.json"));

    let saved = dir.join("talk.json");
    type_path(&mut harness, &saved);
    let commands = click(&mut harness, "OK");
    assert!(commands.contains(&ViewportCommand::Close), "{commands:?}");
    assert!(!harness.state().has_unsaved_edits());
    let back = corridor_atlas::io::load_route_file(&saved).expect("the saved route loads");
    assert_eq!(
        titles(&back.route.story),
        titles(&harness.state().route().story)
    );
}

#[test]
fn a_save_that_fails_keeps_the_app_open_and_says_why() {
    let dir = common::temp_dir("save-fails");
    let path = dir.join("route.json");
    std::fs::write(&path, common::SMALL_ROUTE).expect("write");
    let mut harness = common::app_harness(StartRoute::Files(vec![path.clone()]));
    common::step_until(&mut harness, "the route is open", |app| {
        app.route().id == "test-route"
    });
    add_slide(&mut harness);
    std::fs::remove_dir_all(&dir).expect("the folder goes");

    press(&mut harness, Modifiers::COMMAND, Key::Q);
    // Enter is Save.
    let commands = press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(!commands.contains(&ViewportCommand::Close), "{commands:?}");
    harness.get_by_label_contains("Not saved: cannot write");
    harness.get_by_label_contains("before quitting?");
    assert!(harness.state().has_unsaved_edits());
    assert_eq!(harness.state().route().story.len(), 1);
}

#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn opening_another_file_over_unsaved_edits_asks_first() {
    let dir = common::temp_dir("open-over-edits");
    let path = dir.join("other.json");
    std::fs::write(&path, common::SMALL_ROUTE).expect("write");
    let mut harness = common::builtin();
    add_slide(&mut harness);

    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path.clone())));
    harness.run();
    harness.get_by_label_contains("before opening other.json?");
    assert!(
        !harness.state().is_loading(),
        "nothing opens before the answer"
    );
    assert_eq!(harness.state().route().id, "middle-corridor");

    click(&mut harness, "Discard");
    common::step_until(&mut harness, "the dropped file is open", |app| {
        app.route().id == "test-route"
    });
    assert!(!harness.state().has_unsaved_edits());
}

#[test]
fn deleting_a_slide_then_ctrl_z_brings_it_back_and_ctrl_shift_z_deletes_it_again() {
    let mut harness = common::builtin();
    let story = harness.state().route().story.clone();
    assert!(story.len() > 2);
    let mut without = story.clone();
    let deleted = without.remove(1);

    harness
        .get_by_label(&format!("Story ({})", story.len()))
        .click();
    harness.run();
    // Slide 3 in the Story tab: the title slide is 1. The "×" buttons are named by what they do.
    harness
        .get_all_by_label("Delete this slide")
        .nth(1)
        .expect("a delete button on the second slide")
        .click();
    harness.run();
    assert_eq!(titles(&harness.state().route().story), titles(&without));

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().route().story, story);
    assert_eq!(harness.state().route().story[1].title, deleted.title);
    harness.get_by_label("Undid: delete slide 3");
    assert!(
        !harness.state().has_unsaved_edits(),
        "back to the story as it was opened"
    );

    press(&mut harness, SHIFT_COMMAND, Key::Z);
    assert_eq!(titles(&harness.state().route().story), titles(&without));
    harness.get_by_label("Redid: delete slide 3");
    assert!(harness.state().has_unsaved_edits());

    // And Ctrl+Y redoes as well.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().route().story, story);
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(titles(&harness.state().route().story), titles(&without));
}

#[test]
fn typing_into_a_field_is_one_step_and_undo_is_greyed_out_with_nothing_to_undo() {
    let mut harness = common::builtin();
    harness.get_by_label("Edit").click();
    harness.run();
    // Menu entries are labelled with their keys, such as "Undo Ctrl+Z".
    let disabled = |harness: &Harness<'_, CorridorApp>, label: &str| {
        harness
            .get_by_label_contains(label)
            .accesskit_node()
            .is_disabled()
    };
    assert!(disabled(&harness, "Undo"));
    assert!(disabled(&harness, "Redo"));
    harness.get_by_label("Edit").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("Undo").is_none(),
        "the menu closed"
    );

    let story = harness.state().route().story.clone();
    harness
        .get_by_label(&format!("Story ({})", story.len()))
        .click();
    harness.run();
    harness
        .get_by_label(&format!("2. {}", story[0].title))
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::End);
    for letter in ["a", "b", "c"] {
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .type_text(letter);
        harness.run();
    }
    let typed = format!("{}abc", story[0].title);
    assert_eq!(harness.state().route().story[0].title, typed);
    // Focus leaves the field: Ctrl+Z is the story's again, not the field's own.
    harness.get_by_label("Story").click();
    harness.run();

    harness.get_by_label("Edit").click();
    harness.run();
    assert!(!disabled(&harness, "Undo"));
    assert!(disabled(&harness, "Redo"));
    harness.get_by_label("Edit").click();
    harness.run();

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().route().story,
        story,
        "three letters, one step"
    );
    harness.get_by_label("Undid: edit the title of slide 2");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    harness.get_by_label("Nothing to undo");
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(harness.state().route().story[0].title, typed);
}

#[test]
fn without_a_file_dialog_open_asks_for_a_path_and_names_a_missing_one() {
    let dir = common::temp_dir("path-open");
    let path = dir.join("route.json");
    std::fs::write(&path, common::SMALL_ROUTE).expect("write");
    let mut harness = common::builtin();

    press(&mut harness, Modifiers::COMMAND, Key::O);
    harness.get_by_label_contains("Open a route file");
    harness.get_by_label_contains("No file dialog opens on this system");
    if let Some(home) = std::env::home_dir() {
        assert!(
            path_field(&harness).starts_with(&home.display().to_string()),
            "the built-in route has no folder: the field starts at home"
        );
    }

    let missing = dir.join("missing.json");
    type_path(&mut harness, &missing);
    click(&mut harness, "OK");
    harness.get_by_label_contains(&format!("There is no file at {}", missing.display()));
    assert_eq!(harness.state().route().id, "middle-corridor");
    assert!(!harness.state().is_loading());

    type_path(&mut harness, &path);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    common::step_until(&mut harness, "the typed file is open", |app| {
        app.route().id == "test-route"
    });
    assert!(
        harness
            .query_by_label_contains("Open a route file")
            .is_none()
    );
    harness.get_by_label("Lobito");
}

#[test]
fn without_a_file_dialog_save_as_and_export_write_where_typed() {
    let dir = common::temp_dir("path-save-export");
    let mut harness = common::builtin();

    press(&mut harness, SHIFT_COMMAND, Key::S);
    harness.get_by_label("Save the route");
    let nowhere = dir.join("gone").join("talk.json");
    type_path(&mut harness, &nowhere);
    click(&mut harness, "OK");
    harness.get_by_label_contains(&format!(
        "The folder {} does not exist",
        dir.join("gone").display()
    ));

    type_path(&mut harness, &dir.join("talk"));
    click(&mut harness, "OK");
    let saved = dir.join("talk.json");
    assert!(saved.is_file(), "saved with the .json a route file has");
    assert!(harness.query_by_label("Save the route").is_none());

    press(&mut harness, Modifiers::COMMAND, Key::E);
    harness.get_by_label("Export…").click();
    harness.run();
    harness.get_by_label("Export the map");
    assert!(
        path_field(&harness).starts_with(&dir.display().to_string()),
        "the field starts in the route's folder: {}",
        path_field(&harness)
    );
    let picture = dir.join("map.svg");
    type_path(&mut harness, &picture);
    // The export's spinner turns until it is written.
    harness.get_by_label("OK").click_accesskit();
    harness.step();
    common::step_until(&mut harness, "the export is written", |app| {
        !app.is_exporting()
    });
    let svg = std::fs::read_to_string(&picture).expect("the picture is written");
    assert!(svg.contains("<svg"), "an SVG");
}
