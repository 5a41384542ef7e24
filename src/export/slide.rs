//! The cards a slide of the talk shows over the map, laid out as the presentation lays them out:
//! the title and text, the quotes with who said them and where, and the slide's number. With
//! them, `render --slides` writes a deck that reads like the talk.

use egui::{Align2, Color32, Pos2, Rect, Vec2, pos2, vec2};

use crate::model::{Quote, Route};
use crate::scene::{MeasureText, style};
use crate::ui::presentation::{self, SlidePage, first_sentences};
use crate::ui::side_panel::source_line;

use super::svg::{SvgWriter, wrap_width};

const GREY: Color32 = Color32::from_rgb(0x6B, 0x65, 0x5B);

/// One line of a card.
struct Line {
    text: String,
    size: f32,
    bold: bool,
    color: Color32,
    measured: Vec2,
}

/// Lines of text in a card, each paragraph wrapped to the card's width.
struct Card<'m, 'a> {
    lines: Vec<Line>,
    gaps: Vec<f32>,
    width: f32,
    measure: &'m MeasureText<'a>,
}

impl<'m, 'a> Card<'m, 'a> {
    fn new(width: f32, measure: &'m MeasureText<'a>) -> Self {
        Card {
            lines: Vec::new(),
            gaps: Vec::new(),
            width,
            measure,
        }
    }

    fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Color32) {
        for (i, line) in wrap_width(text, size, bold, self.width, self.measure)
            .into_iter()
            .enumerate()
        {
            let measured = (self.measure)(&line, size, bold);
            self.gaps.push(if i == 0 && !self.lines.is_empty() {
                size * 0.3
            } else {
                0.0
            });
            self.lines.push(Line {
                text: line,
                size,
                bold,
                color,
                measured,
            });
        }
    }

    fn size(&self, padding: f32) -> Vec2 {
        let width = self.lines.iter().map(|l| l.measured.x).fold(0.0, f32::max);
        let height: f32 =
            self.lines.iter().map(|l| l.measured.y).sum::<f32>() + self.gaps.iter().sum::<f32>();
        vec2(width, height) + Vec2::splat(2.0 * padding)
    }

    /// Draws the card with its `pivot` corner at `at`; returns where it went.
    fn draw(&self, svg: &mut SvgWriter, at: Pos2, pivot: Align2, centred: bool, s: f32) -> Rect {
        let padding = 18.0 * s;
        let rect = pivot.anchor_size(at, self.size(padding));
        svg.rect(
            rect.translate(vec2(0.0, 4.0)),
            10.0 * s,
            Color32::from_black_alpha(40),
            None,
        );
        svg.rect(
            rect,
            10.0 * s,
            Color32::from_rgba_unmultiplied(255, 255, 255, 236),
            None,
        );
        let mut y = rect.top() + padding;
        for (line, gap) in self.lines.iter().zip(&self.gaps) {
            y += gap;
            let (x, anchor) = if centred {
                (rect.center().x, Align2::CENTER_TOP)
            } else {
                (rect.left() + padding, Align2::LEFT_TOP)
            };
            svg.text(
                pos2(x, y),
                anchor,
                &line.text,
                line.size,
                line.measured,
                line.bold,
                line.color,
                None,
            );
            y += line.measured.y;
        }
        rect
    }
}

/// Draws the cards of slide `index` (0 is the title slide) over a map of `screen`; returns where
/// the slide's number went, so other text keeps clear of it.
pub fn cards(
    svg: &mut SvgWriter,
    screen: Rect,
    route: &Route,
    index: usize,
    measure: &MeasureText<'_>,
) -> Rect {
    let s = presentation::scale(screen);
    match presentation::page(route, index) {
        SlidePage::Title => {
            let mut card = Card::new(screen.width() * 0.7 - 36.0 * s, measure);
            card.paragraph(&route.title, 64.0 * s, true, style::LABEL);
            if !route.description.is_empty() {
                card.paragraph(
                    &first_sentences(&route.description, 2),
                    24.0 * s,
                    false,
                    style::LABEL,
                );
            }
            card.paragraph(
                &format!(
                    "{} slides · quotes and figures from {} sources",
                    presentation::count(route),
                    route.sources.len()
                ),
                18.0 * s,
                false,
                GREY,
            );
            card.draw(
                svg,
                screen.center_bottom() - vec2(0.0, 48.0 * s),
                Align2::CENTER_BOTTOM,
                true,
                s,
            );
        }
        SlidePage::Closing => {
            let mut card = Card::new(screen.width() * 0.7 - 36.0 * s, measure);
            card.paragraph("Outlook and sources", 44.0 * s, true, style::LABEL);
            card.paragraph(
                "Every quote and figure in this talk comes from these texts:",
                22.0 * s,
                false,
                style::LABEL,
            );
            for source in &route.sources {
                card.paragraph(
                    &format!("• {} — {}", source_line(source), source.title),
                    18.0 * s,
                    false,
                    style::LABEL,
                );
            }
            card.paragraph("Basemap: Natural Earth.", 16.0 * s, false, GREY);
            card.draw(
                svg,
                screen.center_bottom() - vec2(0.0, 48.0 * s),
                Align2::CENTER_BOTTOM,
                false,
                s,
            );
        }
        SlidePage::Story(slide) => {
            let mut card = Card::new(screen.width() * 0.46 - 36.0 * s, measure);
            card.paragraph(&slide.title, 44.0 * s, true, style::LABEL);
            if !slide.text.is_empty() {
                card.paragraph(&slide.text, 24.0 * s, false, style::LABEL);
            }
            if let Some(year) = slide.year {
                card.paragraph(&format!("Flows in {year}"), 20.0 * s, false, GREY);
            }
            card.draw(
                svg,
                screen.left_top() + vec2(28.0, 24.0) * s,
                Align2::LEFT_TOP,
                false,
                s,
            );
            let quotes: Vec<&Quote> = slide
                .quotes
                .iter()
                .filter_map(|id| route.quotes.iter().find(|q| q.id == *id))
                .collect();
            let mut bottom = screen.bottom() - 56.0 * s;
            for quote in quotes.into_iter().rev() {
                let mut card = Card::new(screen.width() * 0.72 - 36.0 * s, measure);
                card.paragraph(&format!("«{}»", quote.text), 26.0 * s, false, style::LABEL);
                let who = [quote.speaker.as_str(), quote.role.as_str()]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                card.paragraph(&format!("— {who}"), 20.0 * s, true, style::LABEL);
                if let Some(source) = route.source(&quote.source) {
                    card.paragraph(
                        &source_line(source),
                        16.0 * s,
                        false,
                        Color32::from_gray(100),
                    );
                }
                let drawn = card.draw(
                    svg,
                    pos2(screen.center().x, bottom),
                    Align2::CENTER_BOTTOM,
                    false,
                    s,
                );
                bottom = drawn.top() - 8.0 * s;
            }
        }
    }
    let number = format!("{} / {}", index + 1, presentation::count(route));
    let size = 22.0 * s;
    let measured = measure(&number, size, false);
    let at = screen.right_bottom() - vec2(20.0, 14.0) * s;
    let number_rect = Align2::RIGHT_BOTTOM.anchor_size(at, measured);
    svg.rect(number_rect, 0.0, Color32::from_white_alpha(200), None);
    svg.text(
        at,
        Align2::RIGHT_BOTTOM,
        &number,
        size,
        measured,
        false,
        Color32::from_rgb(0x33, 0x33, 0x33),
        None,
    );
    number_rect
}
