//! What people said, in the side panel: quotes, each in the speaker's words, and reported
//! statements, each in the article's words about what the speaker said, under headings of
//! their own and on cards that never dress the one as the other.

use egui::{RichText, Ui};

use crate::model::{Dating, Quote, Route};
use crate::text::{describe, fonts};
use crate::tr;
use crate::ui::tr::TrContext;

use super::commands::Command;
use super::panel_parts::{card, palette, section};

/// How the statements of a page are shown.
pub struct Statements<'a> {
    pub route: &'a Route,
    /// Whether translations are shown in place of the original words.
    pub translation: bool,
    /// The quote picked for the next slide.
    pub picked: Option<&'a str>,
}

impl Statements<'_> {
    /// The page's quotes under `heading` (given their count), with `none` in place of them when
    /// there are none, then its reported statements under a heading of their own when there are
    /// any. Returns the quote picked for the next slide (`Some(None)`: unpicked), if one was.
    pub fn show(
        &self,
        ui: &mut Ui,
        all: &[&Quote],
        heading: impl FnOnce(usize) -> String,
        none: Option<String>,
    ) -> Option<Option<String>> {
        let (reported, quotes): (Vec<&Quote>, Vec<&Quote>) =
            all.iter().copied().partition(|q| q.is_reported());
        let mut pick = None;
        section(ui, &heading(quotes.len()));
        if quotes.is_empty()
            && let Some(none) = none
        {
            ui.weak(none);
        }
        for q in quotes {
            pick = self.quote_card(ui, q).or(pick);
        }
        if !reported.is_empty() {
            let tr = ui.tr();
            section(ui, &tr!(tr, "panel-reported-said", count = reported.len()));
            for q in reported {
                pick = self.reported_card(ui, q).or(pick);
            }
        }
        pick
    }

    /// Whether this statement is shown in its translation.
    fn translated(&self, q: &Quote) -> bool {
        self.translation && !q.translation.is_empty()
    }

    fn quote_card(&self, ui: &mut Ui, q: &Quote) -> Option<Option<String>> {
        let translated = self.translated(q);
        let is_picked = self.picked == Some(q.id.as_str());
        let key = ("quote", &q.id, translated, is_picked);
        let tr = ui.tr();
        let mut pick = None;
        let colours = palette(ui);
        card(ui, key, colours.card, colours.card_edge, |ui| {
            if translated {
                translation_mark(ui);
                ui.label(RichText::new(format!("“{}”", q.translation)).size(15.5));
            } else {
                ui.label(RichText::new(format!("«{}»", q.text)).size(15.5));
            }
            ui.add_space(2.0);
            ui.label(RichText::new(format!("— {}", q.speaker)).font(fonts::bold(14.5)));
            who(ui, q);
            self.credit(ui, q);
            note(ui, q);
            if translated {
                egui::CollapsingHeader::new(tr.t("panel-original-words"))
                    .id_salt(("original", &q.id))
                    .show(ui, |ui| {
                        ui.label(RichText::new(format!("«{}»", q.text)).size(14.0));
                    });
            }
            pick = use_on_slide(ui, q, is_picked);
        });
        pick
    }

    /// A reported statement: what it is, whose words the article reports, and the article's own
    /// words, set plain — never in quotation marks, never in a quote's italics.
    fn reported_card(&self, ui: &mut Ui, q: &Quote) -> Option<Option<String>> {
        let translated = self.translated(q);
        let is_picked = self.picked == Some(q.id.as_str());
        let key = ("reported", &q.id, translated, is_picked);
        let tr = ui.tr();
        let mut pick = None;
        let colours = palette(ui);
        card(
            ui,
            key,
            colours.reported_card,
            colours.reported_edge,
            |ui| {
                ui.label(
                    RichText::new(tr.t("quote-reported-label"))
                        .size(11.5)
                        .color(colours.quiet_text)
                        .strong(),
                );
                ui.label(
                    RichText::new(describe::reported_lead(&tr, self.route, q))
                        .font(fonts::bold(14.5)),
                );
                if translated {
                    translation_mark(ui);
                    ui.label(RichText::new(q.translation.as_str()).size(15.0));
                } else {
                    ui.label(RichText::new(q.text.as_str()).size(15.0));
                }
                who(ui, q);
                self.credit(ui, q);
                note(ui, q);
                if translated {
                    egui::CollapsingHeader::new(tr.t("panel-original-words"))
                        .id_salt(("original", &q.id))
                        .show(ui, |ui| {
                            ui.label(RichText::new(q.text.as_str()).size(14.0));
                        });
                }
                pick = use_on_slide(ui, q, is_picked);
            },
        );
        pick
    }

    /// The source line and, where the source tells, when the words were said; the source's
    /// title (and address, if it has one) on hover.
    fn credit(&self, ui: &mut Ui, q: &Quote) {
        let tr = ui.tr();
        let credit = describe::source_credit(&tr, self.route, &q.source);
        let line = match q.dating() {
            Dating::Unset => tr!(tr, "panel-source", source = credit),
            Dating::NotGiven => tr!(tr, "panel-quote-source-undated", source = credit),
            Dating::Given(date) => tr!(
                tr,
                "panel-quote-source",
                source = credit,
                date = tr.date(date)
            ),
        };
        let shown = ui.weak(line);
        if let Some(s) = self.route.source(&q.source) {
            if s.reference_is_address() {
                shown.on_hover_text(format!("{}\n{}", s.title, s.reference));
            } else {
                shown.on_hover_text(s.title.as_str());
            }
        }
    }
}

/// "Translation from the original", above words shown in translation.
fn translation_mark(ui: &mut Ui) {
    let tr = ui.tr();
    ui.label(
        RichText::new(tr.t("panel-translation-note"))
            .size(11.5)
            .italics()
            .color(palette(ui).accent_text),
    );
}

/// The speaker's role and affiliation, where the route gives them.
fn who(ui: &mut Ui, q: &Quote) {
    let who = [q.role.as_str(), q.affiliation.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if !who.is_empty() {
        ui.label(RichText::new(who).size(13.0));
    }
}

/// Why the statement stands where it does, or what else a reader needs to know of it.
fn note(ui: &mut Ui, q: &Quote) {
    if !q.note.is_empty() {
        let tr = ui.tr();
        ui.label(
            RichText::new(tr!(tr, "panel-quote-note", note = q.note.as_str()))
                .size(12.5)
                .color(palette(ui).quiet_text),
        );
    }
}

/// The button that picks the statement for the next slide; `Some` when it was clicked.
fn use_on_slide(ui: &mut Ui, q: &Quote, is_picked: bool) -> Option<Option<String>> {
    let tr = ui.tr();
    ui.selectable_label(is_picked, tr.t("panel-use-on-slide"))
        .on_hover_text(tr!(
            tr,
            "panel-use-on-slide-tooltip",
            command = Command::AddSlide.label(&tr)
        ))
        .clicked()
        .then(|| (!is_picked).then(|| q.id.clone()))
}
