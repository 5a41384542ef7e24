//! What a slide's cards say, in type sized to the screen: the title and text of a story slide,
//! the title slide's and closing slide's card, a quote with who said it and where, the slide's
//! number. Where the cards go is [`super::slide_layout`]'s business.

use ecolor::Color32;
use emath::{Align2, Rect, Vec2};

use crate::i18n::Tr;
use crate::model::{Quote, Route, Slide};
use crate::text::MeasureText;
use crate::text::describe::{first_sentences, reported_lead, source_line};

use super::card::Card;
use super::display::{Font, Text};
use super::legend::{LegendType, flows_in};
use super::slide::{PRESENTING_TEXT_SCALE, SlideOptions, SlidePage, count};
use super::style;

/// The least share of the screen's height any text on a slide takes.
pub const SMALLEST_TEXT: f32 = 0.025;
/// The least share of the screen's height a quote's words take.
pub const QUOTE_TEXT: f32 = 0.035;

/// Type sizes of a slide, in points, from the screen's height: the smallest text (sources, the
/// legend, credits, the slide's number) a little over [`SMALLEST_TEXT`], quotes a little over
/// [`QUOTE_TEXT`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlideType {
    /// The title slide's title.
    pub cover: f32,
    pub title: f32,
    pub text: f32,
    pub quote: f32,
    /// Sources, the legend's rows, credits, the slide's number.
    pub small: f32,
    /// Padding inside a card.
    pub padding: f32,
    /// The margin round the screen and between cards.
    pub margin: f32,
}

impl SlideType {
    pub fn for_screen(screen: Rect) -> Self {
        let h = screen.height().max(1.0);
        SlideType {
            cover: 0.058 * h,
            title: 0.041 * h,
            text: 0.027 * h,
            quote: 0.0355 * h,
            small: 0.026 * h,
            padding: 0.015 * h,
            margin: 0.02 * h,
        }
    }

    /// How much larger than on a 1080-line screen: for corners and shadows.
    pub fn scale(&self) -> f32 {
        self.small / (0.026 * 1080.0)
    }

    /// The talk's legend in the slide's type.
    pub fn legend(&self) -> LegendType {
        LegendType {
            heading: self.text,
            text: self.small,
            detail: self.small,
            scale: self.small / 13.0,
        }
    }
}

/// How much larger than on the desk labels on the map are during a talk: half as large again,
/// and growing with a screen taller than 1080 lines.
pub fn label_scale(screen: Rect) -> f32 {
    PRESENTING_TEXT_SCALE * (screen.height() / 1080.0).max(1.0)
}

/// The title card of a story slide: its title, text and year.
pub(super) fn story_card<'m, 'a>(
    slide: &Slide,
    tr: &Tr,
    width: f32,
    t: SlideType,
    measure: &'m MeasureText<'a>,
) -> Card<'m, 'a> {
    let mut card = Card::new(width - 2.0 * t.padding, t.padding, measure);
    card.paragraph(&slide.title, Font::bold(t.title), style::LABEL);
    if !slide.text.is_empty() {
        card.paragraph(&slide.text, Font::regular(t.text), style::LABEL);
    }
    if let Some(year) = slide.shown_year() {
        card.paragraph(&flows_in(tr, year), Font::regular(t.small), GREY);
    }
    card
}

/// The title or closing slide's card.
pub(super) fn cover_card<'m, 'a>(
    route: &Route,
    page: SlidePage<'_>,
    screen: Rect,
    t: SlideType,
    tr: &Tr,
    measure: &'m MeasureText<'a>,
) -> Card<'m, 'a> {
    let width = (0.9 * screen.width()).min(1.5 * screen.height());
    let mut card = Card::new(width - 2.0 * t.padding, t.padding, measure);
    if let SlidePage::Title = page {
        card.paragraph(&route.title, Font::bold(t.cover), style::LABEL);
        if !route.description.is_empty() {
            card.paragraph(
                &first_sentences(&route.description, 1),
                Font::regular(t.text),
                style::LABEL,
            );
        }
        card.paragraph(
            &crate::tr!(
                tr,
                "slide-cover-summary",
                slides = count(route),
                sources = route.sources.len()
            ),
            Font::regular(t.small),
            GREY,
        );
    } else {
        card.paragraph(&page.title(route, tr), Font::bold(t.title), style::LABEL);
        card.paragraph(
            &tr.t("slide-closing-lead"),
            Font::regular(t.text),
            style::LABEL,
        );
        for source in &route.sources {
            card.paragraph(
                &format!("• {} — {}", source_line(tr, source), source.title),
                Font::regular(t.small),
                style::LABEL,
            );
        }
        card.paragraph(&tr.t("slide-closing-basemap"), Font::regular(t.small), GREY);
    }
    card
}

const GREY: Color32 = Color32::from_rgb(0x6B, 0x65, 0x5B);
/// The orange that marks a translation.
const TRANSLATION: Color32 = Color32::from_rgb(0xE8, 0x6A, 0x10);

/// Whether a quote is shown in its translation, marked: only with translations on, where it
/// has one, and where the talk is not in the quote's own language (then the original stands
/// alone). A quote without a language is taken to be in Russian, as the built-in route's are.
pub fn shows_translation(q: &Quote, options: &SlideOptions) -> bool {
    options.translation && !q.translation.is_empty() && quote_language(q) != options.tr.language()
}

fn quote_language(q: &Quote) -> &str {
    if q.language.trim().is_empty() {
        "ru"
    } else {
        q.language.trim()
    }
}

/// A quote's card: the words (or their marked translation), who said them, and where. A
/// reported statement's card says first whose words the article reports, then gives the
/// article's words plain: never in quotation marks, never in a quote's italics.
pub(super) fn quote_card<'m, 'a>(
    route: &Route,
    q: &Quote,
    options: &SlideOptions,
    width: f32,
    t: SlideType,
    measure: &'m MeasureText<'a>,
) -> Card<'m, 'a> {
    let tr = &options.tr;
    let mut card = Card::new(width - 2.0 * t.padding, t.padding, measure);
    if q.is_reported() {
        card.paragraph(&reported_lead(tr, route, q), Font::bold(t.small), GREY);
        let translated = shows_translation(q, options);
        let words = if translated {
            q.translation.as_str()
        } else {
            q.text.as_str()
        };
        card.paragraph(words, Font::regular(t.quote), style::LABEL);
        if translated {
            card.paragraph(
                &crate::tr!(tr, "slide-quote-translation", language = quote_language(q)),
                Font::regular(t.small),
                TRANSLATION,
            );
        }
        if let Some(source) = route.source(&q.source) {
            card.paragraph(
                &source_line(tr, source),
                Font::regular(t.small),
                Color32::from_gray(90),
            );
        }
        return card;
    }
    if shows_translation(q, options) {
        card.paragraph(
            &format!("“{}”", q.translation),
            Font::regular(t.quote).italic(),
            style::LABEL,
        );
        card.paragraph(
            &crate::tr!(tr, "slide-quote-translation", language = quote_language(q)),
            Font::regular(t.small),
            TRANSLATION,
        );
    } else {
        card.paragraph(
            &format!("«{}»", q.text),
            Font::regular(t.quote).italic(),
            style::LABEL,
        );
    }
    let who = [q.speaker.as_str(), q.role.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    card.paragraph(&format!("— {who}"), Font::bold(t.text), style::LABEL);
    if let Some(source) = route.source(&q.source) {
        card.paragraph(
            &source_line(tr, source),
            Font::regular(t.small),
            Color32::from_gray(90),
        );
    }
    card
}

/// The slide's number at the lower right, with what the presenter is typing before it.
pub(super) fn number_text(
    route: &Route,
    index: usize,
    options: &SlideOptions,
    t: SlideType,
    screen: Rect,
    measure: &MeasureText<'_>,
) -> Text {
    let mut number = format!("{} / {}", index + 1, count(route));
    if let Some(status) = &options.status {
        number = format!("{status}   {number}");
    }
    let font = Font::regular(t.small);
    Text {
        at: screen.right_bottom() - Vec2::splat(t.margin * 0.7),
        anchor: Align2::RIGHT_BOTTOM,
        size: measure(&number, font.size, font.bold),
        text: number,
        font,
        color: Color32::from_rgb(0x33, 0x33, 0x33),
        halo: None,
    }
}
