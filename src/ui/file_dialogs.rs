//! Whether the system's file dialogs are used, and how a dialog that was cancelled is told from
//! one that never opened (rfd answers `None` for both).
//!
//! The rule: Windows and macOS always have a dialog. On Linux and the BSDs the dialog comes from
//! the desktop portal, over the session bus, or else from `zenity`; with neither a session bus
//! nor `zenity` on the `PATH` (looked for once), there is none. And wherever a dialog came back
//! empty less than half a second after it was asked for, none was shown, since nobody answers a
//! dialog that fast: a portal without a file chooser, or a `zenity` that cannot reach the display.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Faster than anyone answers a file dialog.
const QUICKEST_ANSWER: Duration = Duration::from_millis(500);

/// Where the app asks for file paths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FileDialogs {
    /// The system's dialog where there is one, by the rule above; the app's own window where not.
    #[default]
    System,
    /// Always the app's own path window, as on a system with no dialog.
    PathWindow,
}

/// What came of asking for a path.
#[derive(Debug, PartialEq, Eq)]
pub enum Picked<T> {
    Chosen(T),
    /// A dialog was shown and the user closed it.
    Cancelled,
    /// No dialog could be shown: ask in the app's own window.
    NoDialog,
}

impl FileDialogs {
    /// Runs `dialog`, which shows a system dialog and returns what was chosen.
    pub fn pick<T>(self, dialog: impl FnOnce() -> Option<T>) -> Picked<T> {
        if self == FileDialogs::PathWindow || !system_has_dialogs() {
            return Picked::NoDialog;
        }
        let asked = Instant::now();
        match dialog() {
            Some(chosen) => Picked::Chosen(chosen),
            None if asked.elapsed() < QUICKEST_ANSWER => {
                log::warn!("the file dialog came back at once: taking it that none can open");
                Picked::NoDialog
            }
            None => Picked::Cancelled,
        }
    }
}

/// Whether this system can show a file dialog at all, looked up once.
fn system_has_dialogs() -> bool {
    static HAS: OnceLock<bool> = OnceLock::new();
    *HAS.get_or_init(|| {
        if cfg!(any(
            target_os = "linux",
            target_os = "freebsd",
            target_os = "dragonfly",
            target_os = "netbsd",
            target_os = "openbsd"
        )) {
            session_bus() || on_path("zenity")
        } else {
            true
        }
    })
}

/// Whether a session bus is there for the desktop portal.
fn session_bus() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists())
}

/// Whether a program called `name` is in a folder of the `PATH`.
fn on_path(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_window_never_runs_a_dialog() {
        let picked = FileDialogs::PathWindow.pick(|| -> Option<()> {
            panic!("no dialog may be shown");
        });
        assert_eq!(picked, Picked::NoDialog);
    }

    #[test]
    fn an_empty_answer_at_once_means_no_dialog() {
        if system_has_dialogs() {
            assert_eq!(FileDialogs::System.pick(|| None::<()>), Picked::NoDialog);
            assert_eq!(FileDialogs::System.pick(|| Some(1)), Picked::Chosen(1));
            let slow = FileDialogs::System.pick(|| {
                std::thread::sleep(QUICKEST_ANSWER);
                None::<()>
            });
            assert_eq!(
                slow,
                Picked::Cancelled,
                "a person took their time and closed it"
            );
        }
    }
}
