//! Enter and Esc for a window that waits for an answer. They are taken before the app reads its
//! own keys, so Esc answers the window instead of clearing the selection under it.

/// The answer keys pressed this frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModalKeys {
    /// Enter: the window's first answer, such as Save or OK.
    pub enter: bool,
    /// Esc: leave everything as it was.
    pub escape: bool,
}

impl ModalKeys {
    /// Takes Enter and Esc out of this frame's input.
    pub fn take(ctx: &egui::Context) -> Self {
        ctx.input_mut(|i| ModalKeys {
            enter: i.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
            escape: i.consume_key(egui::Modifiers::NONE, egui::Key::Escape),
        })
    }
}
