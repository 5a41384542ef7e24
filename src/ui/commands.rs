//! Everything a user can ask of the app, with its label, tooltip and key, so that menus, buttons
//! and shortcuts cannot disagree. Commands are queued during the frame and applied after it.

use egui::{Key, KeyboardShortcut, Modifiers};
use strum::VariantArray;

use crate::i18n::{Tr, msg};

/// A user's request. `Command::VARIANTS` lists them all, in this order, for the keys and the help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, VariantArray)]
pub enum Command {
    OpenFile,
    Reload,
    OpenBuiltin,
    Quit,
    Undo,
    Redo,
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
    Save,
    SaveAs,
    Export,
    StartPresentation,
    AddSlide,
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    GoToTypedSlide,
    BlackScreen,
    ToggleAutoplay,
    TogglePresenterView,
    ToggleReduceMotion,
    StopPresentation,
    ShowControls,
    ShowAbout,
    ToggleSidePanel,
    ShowTable,
    LargerText,
    SmallerText,
    NormalTextSize,
    LightTheme,
    DarkTheme,
    HighContrastTheme,
}

/// Where a key means a command: browsing the map, or giving a talk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Present,
}

impl Command {
    /// The command's message: its label, with its tooltip as the attribute `tooltip`.
    fn message(self) -> &'static str {
        match self {
            Command::OpenFile => msg("command-open-file"),
            Command::Reload => msg("command-reload"),
            Command::OpenBuiltin => msg("command-open-builtin"),
            Command::Quit => msg("command-quit"),
            Command::Undo => msg("command-undo"),
            Command::Redo => msg("command-redo"),
            Command::FitRoute => msg("command-fit-route"),
            Command::ZoomIn => msg("command-zoom-in"),
            Command::ZoomOut => msg("command-zoom-out"),
            Command::PanLeft => msg("command-pan-left"),
            Command::PanRight => msg("command-pan-right"),
            Command::PanUp => msg("command-pan-up"),
            Command::PanDown => msg("command-pan-down"),
            Command::ClearSelection => msg("command-clear-selection"),
            Command::ShowOverview => msg("command-show-overview"),
            Command::ShowSources => msg("command-show-sources"),
            Command::ToggleTranslation => msg("command-toggle-translation"),
            Command::ToggleLegend => msg("command-toggle-legend"),
            Command::PlayPause => msg("command-play-pause"),
            Command::NextYear => msg("command-next-year"),
            Command::PreviousYear => msg("command-previous-year"),
            Command::ToggleMotion => msg("command-toggle-motion"),
            Command::Save => msg("command-save"),
            Command::SaveAs => msg("command-save-as"),
            Command::Export => msg("command-export"),
            Command::StartPresentation => msg("command-start-presentation"),
            Command::AddSlide => msg("command-add-slide"),
            Command::NextSlide => msg("command-next-slide"),
            Command::PreviousSlide => msg("command-previous-slide"),
            Command::FirstSlide => msg("command-first-slide"),
            Command::LastSlide => msg("command-last-slide"),
            Command::GoToTypedSlide => msg("command-go-to-typed-slide"),
            Command::BlackScreen => msg("command-black-screen"),
            Command::ToggleAutoplay => msg("command-toggle-autoplay"),
            Command::TogglePresenterView => msg("command-toggle-presenter-view"),
            Command::ToggleReduceMotion => msg("command-toggle-reduce-motion"),
            Command::StopPresentation => msg("command-stop-presentation"),
            Command::ShowControls => msg("command-show-controls"),
            Command::ShowAbout => msg("command-show-about"),
            Command::ToggleSidePanel => msg("command-toggle-side-panel"),
            Command::ShowTable => msg("command-show-table"),
            Command::LargerText => msg("command-larger-text"),
            Command::SmallerText => msg("command-smaller-text"),
            Command::NormalTextSize => msg("command-normal-text-size"),
            Command::LightTheme => msg("command-light-theme"),
            Command::DarkTheme => msg("command-dark-theme"),
            Command::HighContrastTheme => msg("command-high-contrast-theme"),
        }
    }

    /// The command's name in menus and on buttons.
    pub fn label(self, tr: &Tr) -> String {
        tr.t(self.message())
    }

    /// What the command does, for tooltips and the controls list.
    pub fn tooltip(self, tr: &Tr) -> String {
        tr.attr(self.message(), "tooltip")
    }

    /// The mode whose keys include this command's; `None` for both.
    pub fn mode(self) -> Option<Mode> {
        match self {
            Command::NextSlide
            | Command::PreviousSlide
            | Command::FirstSlide
            | Command::LastSlide
            | Command::GoToTypedSlide
            | Command::BlackScreen
            | Command::ToggleAutoplay
            | Command::TogglePresenterView
            | Command::StopPresentation => Some(Mode::Present),
            Command::Quit | Command::ToggleTranslation | Command::ToggleReduceMotion => None,
            _ => Some(Mode::Browse),
        }
    }

    /// Keys for the command, the one shown in menus first. Clickers send Page Up and Page Down.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn key(k: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::NONE, k)
        }
        const fn command(k: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, k)
        }
        match self {
            Command::OpenFile => const { &[command(Key::O)] },
            Command::Reload => const { &[command(Key::R)] },
            Command::Quit => const { &[command(Key::Q)] },
            Command::Undo => const { &[command(Key::Z)] },
            Command::Redo => {
                const {
                    &[
                        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
                        command(Key::Y),
                    ]
                }
            }
            Command::FitRoute => const { &[key(Key::Home)] },
            Command::ZoomIn => {
                const {
                    &[
                        key(Key::Plus),
                        key(Key::Equals),
                        KeyboardShortcut::new(Modifiers::SHIFT, Key::Plus),
                        KeyboardShortcut::new(Modifiers::SHIFT, Key::Equals),
                    ]
                }
            }
            Command::ZoomOut => const { &[key(Key::Minus)] },
            Command::PanLeft => const { &[key(Key::ArrowLeft)] },
            Command::PanRight => const { &[key(Key::ArrowRight)] },
            Command::PanUp => const { &[key(Key::ArrowUp)] },
            Command::PanDown => const { &[key(Key::ArrowDown)] },
            Command::ClearSelection => const { &[key(Key::Escape)] },
            Command::ToggleTranslation => const { &[key(Key::T)] },
            Command::ToggleLegend => const { &[key(Key::L)] },
            Command::PlayPause => const { &[key(Key::Space)] },
            Command::NextYear => const { &[key(Key::Period)] },
            Command::PreviousYear => const { &[key(Key::Comma)] },
            Command::ToggleMotion => const { &[key(Key::M)] },
            Command::Save => const { &[command(Key::S)] },
            Command::SaveAs => {
                const {
                    &[KeyboardShortcut::new(
                        Modifiers::COMMAND.plus(Modifiers::SHIFT),
                        Key::S,
                    )]
                }
            }
            Command::Export => const { &[command(Key::E)] },
            Command::StartPresentation => const { &[key(Key::F5)] },
            Command::NextSlide => {
                const {
                    &[
                        key(Key::ArrowRight),
                        key(Key::ArrowDown),
                        key(Key::PageDown),
                        key(Key::Space),
                        key(Key::Enter),
                    ]
                }
            }
            Command::PreviousSlide => {
                const {
                    &[
                        key(Key::ArrowLeft),
                        key(Key::ArrowUp),
                        key(Key::PageUp),
                        key(Key::Backspace),
                    ]
                }
            }
            Command::FirstSlide => const { &[key(Key::Home)] },
            Command::LastSlide => const { &[key(Key::End)] },
            Command::BlackScreen => const { &[key(Key::B)] },
            Command::ToggleAutoplay => const { &[key(Key::A)] },
            Command::TogglePresenterView => const { &[key(Key::P)] },
            Command::StopPresentation => const { &[key(Key::Escape)] },
            Command::ShowControls => const { &[key(Key::F1)] },
            // A letter, so that it is found on Cyrillic layouts too, where egui falls back to
            // the key's place on the keyboard.
            Command::ToggleSidePanel => const { &[key(Key::K)] },
            // As in browsers: Ctrl and the plus key, with or without Shift on layouts where
            // plus is Shift+=.
            Command::LargerText => {
                const {
                    &[
                        command(Key::Equals),
                        command(Key::Plus),
                        KeyboardShortcut::new(
                            Modifiers::COMMAND.plus(Modifiers::SHIFT),
                            Key::Equals,
                        ),
                        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Plus),
                    ]
                }
            }
            Command::SmallerText => const { &[command(Key::Minus)] },
            Command::NormalTextSize => const { &[command(Key::Num0)] },
            Command::OpenBuiltin
            | Command::ShowOverview
            | Command::ShowSources
            | Command::AddSlide
            | Command::GoToTypedSlide
            | Command::ToggleReduceMotion
            | Command::ShowAbout
            | Command::ShowTable
            | Command::LightTheme
            | Command::DarkTheme
            | Command::HighContrastTheme => &[],
        }
    }

    /// The key shown in menus and help.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Every key of the command as text for help, such as "Right, Down, Page Down".
    pub fn all_shortcuts_text(self, ctx: &egui::Context) -> Option<String> {
        let keys: Vec<String> = self
            .shortcuts()
            .iter()
            .filter(|s| s.modifiers != Modifiers::SHIFT)
            .map(|s| ctx.format_shortcut(s))
            .collect();
        (!keys.is_empty()).then(|| keys.join(", "))
    }

    /// The shortcut as text for menus and help, such as "Ctrl+O".
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcut().map(|s| ctx.format_shortcut(&s))
    }

    /// Whether a focused text field keeps this command's keys for itself: a field has its own
    /// Undo and Redo for the typing in it.
    fn yields_to_text_field(self) -> bool {
        matches!(self, Command::Undo | Command::Redo)
    }

    /// Commands whose keys were pressed this frame in `mode`. Plain keys are left alone while a
    /// text field has the keyboard, and so are Undo and Redo while it is a text field. Keys with
    /// more modifiers are looked for first, since egui lets Ctrl+Shift+Z match Ctrl+Z too.
    pub fn from_keys(ctx: &egui::Context, mode: Mode) -> Vec<Command> {
        let typing = ctx.egui_wants_keyboard_input();
        let in_text_field = ctx.text_edit_focused();
        let mut keys: Vec<(Command, &KeyboardShortcut)> = Command::VARIANTS
            .iter()
            .filter(|c| c.mode().is_none_or(|m| m == mode))
            .flat_map(|&c| c.shortcuts().iter().map(move |s| (c, s)))
            .collect();
        let held = |m: Modifiers| {
            usize::from(m.alt)
                + usize::from(m.shift)
                + usize::from(m.command || m.ctrl || m.mac_cmd)
        };
        keys.sort_by_key(|(_, s)| std::cmp::Reverse(held(s.modifiers)));
        let mut out = Vec::new();
        ctx.input_mut(|input| {
            for (command, shortcut) in keys {
                if out.contains(&command) {
                    continue;
                }
                let plain = shortcut.modifiers.is_none() || shortcut.modifiers == Modifiers::SHIFT;
                let blocked = (typing && plain && shortcut.logical_key != Key::Escape)
                    || (in_text_field && command.yields_to_text_field());
                if !blocked && input.consume_shortcut(shortcut) {
                    out.push(command);
                }
            }
        });
        out
    }

    /// The command as a menu entry: its label, and its key on the right.
    pub fn menu_button(self, ctx: &egui::Context, tr: &Tr) -> egui::Button<'static> {
        let button = egui::Button::new(self.label(tr));
        match self.shortcut_text(ctx) {
            Some(text) => button.shortcut_text(text),
            None => button,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_means_one_thing_in_each_mode() {
        for mode in [Mode::Browse, Mode::Present] {
            let mut seen = std::collections::HashMap::new();
            for &c in Command::VARIANTS
                .iter()
                .filter(|c| c.mode().is_none_or(|m| m == mode))
            {
                for s in c.shortcuts() {
                    if let Some(other) = seen.insert((s.modifiers, s.logical_key), c) {
                        panic!("{c:?} and {other:?} share a key in {mode:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn clicker_keys_move_between_slides() {
        let has = |c: Command, k: Key| c.shortcuts().iter().any(|s| s.logical_key == k);
        for k in [
            Key::PageDown,
            Key::ArrowRight,
            Key::Space,
            Key::Enter,
            Key::ArrowDown,
        ] {
            assert!(has(Command::NextSlide, k), "{k:?}");
        }
        for k in [Key::PageUp, Key::ArrowLeft, Key::Backspace, Key::ArrowUp] {
            assert!(has(Command::PreviousSlide, k), "{k:?}");
        }
    }

    /// Presses `key` with `modifiers` for one frame and returns the commands it means.
    fn commands_for(modifiers: Modifiers, key: Key) -> Vec<Command> {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            events: vec![egui::Event::Key {
                key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers,
            }],
            ..egui::RawInput::default()
        };
        let mut out = Vec::new();
        let mut output = ctx.run_ui(input, |ui| out = Command::from_keys(ui.ctx(), Mode::Browse));
        output.textures_delta.clear();
        out
    }

    #[test]
    fn a_key_with_shift_is_not_taken_for_the_key_without() {
        let shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        assert_eq!(commands_for(shift, Key::Z), [Command::Redo]);
        assert_eq!(commands_for(Modifiers::COMMAND, Key::Z), [Command::Undo]);
        assert_eq!(commands_for(Modifiers::COMMAND, Key::Y), [Command::Redo]);
        assert_eq!(commands_for(shift, Key::S), [Command::SaveAs]);
        assert_eq!(commands_for(Modifiers::COMMAND, Key::S), [Command::Save]);
    }

    #[test]
    fn every_command_has_a_label_and_a_tooltip() {
        assert!(!Command::VARIANTS.is_empty());
        for language in crate::i18n::languages() {
            let tr = Tr::new(language);
            for &c in Command::VARIANTS {
                let (label, tooltip) = (c.label(&tr), c.tooltip(&tr));
                assert!(!label.trim().is_empty(), "{c:?} has no label in {language}");
                assert!(
                    !tooltip.trim().is_empty(),
                    "{c:?} has no tooltip in {language}"
                );
                assert!(
                    !label.starts_with("command-"),
                    "{c:?}: {label} in {language}"
                );
                assert!(
                    !tooltip.starts_with("command-"),
                    "{c:?}: {tooltip} in {language}"
                );
            }
        }
    }
}
