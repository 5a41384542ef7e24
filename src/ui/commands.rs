//! Everything a user can ask of the app, with its label, tooltip and key, so that menus, buttons
//! and shortcuts cannot disagree. Commands are queued during the frame and applied after it.

use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    OpenFile,
    OpenBuiltin,
    Quit,
    FitRoute,
    ZoomIn,
    ZoomOut,
    PanLeft,
    PanRight,
    PanUp,
    PanDown,
    ClearSelection,
    ShowOverview,
    ShowSources,
    ToggleTranslation,
    ToggleLegend,
    PlayPause,
    NextYear,
    PreviousYear,
    ToggleMotion,
    ShowControls,
    ShowAbout,
}

impl Command {
    pub const ALL: [Command; 21] = [
        Command::OpenFile,
        Command::OpenBuiltin,
        Command::Quit,
        Command::FitRoute,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::PanLeft,
        Command::PanRight,
        Command::PanUp,
        Command::PanDown,
        Command::ClearSelection,
        Command::ShowOverview,
        Command::ShowSources,
        Command::ToggleTranslation,
        Command::ToggleLegend,
        Command::PlayPause,
        Command::NextYear,
        Command::PreviousYear,
        Command::ToggleMotion,
        Command::ShowControls,
        Command::ShowAbout,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Command::OpenFile => "Open route…",
            Command::OpenBuiltin => "Open the Middle Corridor",
            Command::Quit => "Quit",
            Command::FitRoute => "Fit route",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::PanLeft => "Pan left",
            Command::PanRight => "Pan right",
            Command::PanUp => "Pan up",
            Command::PanDown => "Pan down",
            Command::ClearSelection => "Clear selection",
            Command::ShowOverview => "Corridor overview",
            Command::ShowSources => "Sources",
            Command::ToggleTranslation => "Show translations",
            Command::ToggleLegend => "Layers and legend",
            Command::PlayPause => "Play or pause the years",
            Command::NextYear => "Next year",
            Command::PreviousYear => "Previous year",
            Command::ToggleMotion => "Moving flows",
            Command::ShowControls => "Controls",
            Command::ShowAbout => "About Corridor Atlas",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            Command::OpenFile => "Open a route file (JSON) from disk",
            Command::OpenBuiltin => "Go back to the built-in Middle Corridor route",
            Command::Quit => "Close the app",
            Command::FitRoute => "Show the whole route",
            Command::ZoomIn => "Zoom in on the middle of the map",
            Command::ZoomOut => "Zoom out from the middle of the map",
            Command::PanLeft => "Move the view west",
            Command::PanRight => "Move the view east",
            Command::PanUp => "Move the view north",
            Command::PanDown => "Move the view south",
            Command::ClearSelection => "Deselect the node or link and show the corridor overview",
            Command::ShowOverview => "What the sources say about the corridor as a whole",
            Command::ShowSources => "The articles every quote and figure comes from",
            Command::ToggleTranslation => {
                "Show English translations made for this dataset instead of the original words"
            }
            Command::ToggleLegend => "Show or hide the flow layers and the map legend",
            Command::PlayPause => "Step through the years of the data, looping",
            Command::NextYear => "Show the next year's flows",
            Command::PreviousYear => "Show the previous year's flows",
            Command::ToggleMotion => {
                "Dashes that move along the flows in their direction; off keeps the map still"
            }
            Command::ShowControls => "Mouse and keyboard controls",
            Command::ShowAbout => "Version, data sources and attribution",
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let key = |k| Some(KeyboardShortcut::new(Modifiers::NONE, k));
        match self {
            Command::OpenFile => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
            Command::OpenBuiltin => None,
            Command::Quit => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)),
            Command::FitRoute => key(Key::Home),
            Command::ZoomIn => key(Key::Plus),
            Command::ZoomOut => key(Key::Minus),
            Command::PanLeft => key(Key::ArrowLeft),
            Command::PanRight => key(Key::ArrowRight),
            Command::PanUp => key(Key::ArrowUp),
            Command::PanDown => key(Key::ArrowDown),
            Command::ClearSelection => key(Key::Escape),
            Command::ShowOverview => None,
            Command::ShowSources => None,
            Command::ToggleTranslation => key(Key::T),
            Command::ToggleLegend => key(Key::L),
            Command::PlayPause => key(Key::Space),
            Command::NextYear => key(Key::Period),
            Command::PreviousYear => key(Key::Comma),
            Command::ToggleMotion => key(Key::M),
            Command::ShowControls => key(Key::F1),
            Command::ShowAbout => None,
        }
    }

    /// Other keys that do the same, such as `=` for zoom in on keyboards where `+` needs Shift.
    fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        const EQUALS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Equals);
        const SHIFT_PLUS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::Plus);
        const SHIFT_EQUALS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::Equals);
        match self {
            Command::ZoomIn => &[EQUALS, SHIFT_PLUS, SHIFT_EQUALS],
            _ => &[],
        }
    }

    /// The shortcut as text for menus and help, such as "Ctrl+O".
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcut().map(|s| ctx.format_shortcut(&s))
    }

    /// Commands whose keys were pressed this frame. Map keys (arrows, +, -, Home, T, L) are left
    /// alone while a text field has the keyboard.
    pub fn from_keys(ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut out = Vec::new();
        ctx.input_mut(|input| {
            for command in Command::ALL {
                let Some(primary) = command.shortcut() else {
                    continue;
                };
                if typing && primary.modifiers.is_none() && command != Command::ClearSelection {
                    continue;
                }
                let pressed = std::iter::once(primary)
                    .chain(command.alternative_shortcuts().iter().copied())
                    .any(|s| input.consume_shortcut(&s));
                if pressed {
                    out.push(command);
                }
            }
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for c in Command::ALL {
            if let Some(s) = c.shortcut() {
                assert!(
                    seen.insert((s.modifiers, s.logical_key)),
                    "{c:?} repeats a key"
                );
            }
        }
    }

    #[test]
    fn every_command_is_listed_once() {
        let set: std::collections::HashSet<_> = Command::ALL.into_iter().collect();
        assert_eq!(set.len(), Command::ALL.len());
        for c in Command::ALL {
            assert!(!c.label().is_empty() && !c.tooltip().is_empty());
        }
    }
}
