//! The interface's words, kept in egui's context so that any widget can ask for them without
//! each function being handed the app.

use crate::i18n::Tr;

fn key() -> egui::Id {
    egui::Id::unique("interface-language")
}

/// Gives the interface's words to every widget of `ctx`.
pub fn set(ctx: &egui::Context, tr: &Tr) {
    if ctx.data(|d| d.get_temp::<Tr>(key())).as_ref() != Some(tr) {
        ctx.data_mut(|d| d.insert_temp(key(), tr.clone()));
    }
}

/// The interface's words, from egui's context.
pub trait TrContext {
    fn tr(&self) -> Tr;
}

impl TrContext for egui::Context {
    fn tr(&self) -> Tr {
        self.data(|d| d.get_temp::<Tr>(key())).unwrap_or_default()
    }
}

impl TrContext for egui::Ui {
    fn tr(&self) -> Tr {
        self.ctx().tr()
    }
}
