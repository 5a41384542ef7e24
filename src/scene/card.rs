//! A card of text over the map: paragraphs wrapped to a width, on a rounded white panel with a
//! soft shadow. Slides, titles and the talk's legend are made of these.

use ecolor::Color32;
use emath::{Align2, Pos2, Rect, Vec2, pos2, vec2};

use crate::text::{MeasureText, wrap_width};

use super::display::{Font, Item, RectShape, Shadow, Text};

/// One laid-out line of a card.
#[derive(Clone, Debug)]
struct CardLine {
    text: String,
    font: Font,
    color: Color32,
    measured: Vec2,
    /// Space above the line: a gap before a new paragraph.
    gap: f32,
    /// The paragraph the line belongs to.
    paragraph: usize,
}

/// Text a reader can take in as one piece, and where it is: a card's paragraph, for a screen
/// reader or a test to find by its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Readable {
    pub rect: Rect,
    pub text: String,
}

/// Paragraphs of text wrapped to a width, not yet placed.
pub struct Card<'m, 'a> {
    lines: Vec<CardLine>,
    paragraphs: Vec<String>,
    width: f32,
    padding: f32,
    measure: &'m MeasureText<'a>,
}

impl<'m, 'a> Card<'m, 'a> {
    /// A card whose text is at most `width` points wide, with `padding` round it.
    pub fn new(width: f32, padding: f32, measure: &'m MeasureText<'a>) -> Self {
        Card {
            lines: Vec::new(),
            paragraphs: Vec::new(),
            width: width.max(1.0),
            padding,
            measure,
        }
    }

    /// Adds a paragraph, wrapped at spaces to the card's width.
    pub fn paragraph(&mut self, text: &str, font: Font, color: Color32) {
        let paragraph = self.paragraphs.len();
        self.paragraphs.push(text.to_owned());
        for (i, line) in wrap_width(text, font.size, font.bold, self.width, self.measure)
            .into_iter()
            .enumerate()
        {
            let measured = (self.measure)(&line, font.size, font.bold);
            let gap = if i == 0 && !self.lines.is_empty() {
                font.size * 0.3
            } else {
                0.0
            };
            self.lines.push(CardLine {
                text: line,
                font,
                color,
                measured,
                gap,
                paragraph,
            });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The card's size, padding included.
    pub fn size(&self) -> Vec2 {
        let width = self.lines.iter().map(|l| l.measured.x).fold(0.0, f32::max);
        let height: f32 = self.lines.iter().map(|l| l.measured.y + l.gap).sum();
        vec2(width, height) + Vec2::splat(2.0 * self.padding)
    }

    /// Places the card with its `pivot` corner at `at`: the panel, then its lines, left-aligned
    /// or centred. Returns the panel's rectangle.
    pub fn place(
        &self,
        at: Pos2,
        pivot: Align2,
        centred: bool,
        style: &CardStyle,
        items: &mut Vec<Item>,
        readable: &mut Vec<Readable>,
    ) -> Rect {
        let rect = pivot.anchor_size(at, self.size());
        items.push(
            RectShape {
                rect,
                corner_radius: style.corner_radius,
                fill: style.fill,
                stroke: style.stroke,
                shadow: style.shadow,
            }
            .into(),
        );
        let mut y = rect.top() + self.padding;
        let mut paragraph_rects: Vec<Option<Rect>> = vec![None; self.paragraphs.len()];
        for line in &self.lines {
            y += line.gap;
            let (x, anchor) = if centred {
                (rect.center().x, Align2::CENTER_TOP)
            } else {
                (rect.left() + self.padding, Align2::LEFT_TOP)
            };
            let text = Text {
                at: pos2(x, y),
                anchor,
                text: line.text.clone(),
                font: line.font,
                color: line.color,
                halo: None,
                size: line.measured,
            };
            if let Some(r) = paragraph_rects.get_mut(line.paragraph) {
                *r = Some(r.map_or(text.rect(), |r| r.union(text.rect())));
            }
            items.push(text.into());
            y += line.measured.y;
        }
        for (text, r) in self.paragraphs.iter().zip(paragraph_rects) {
            if let Some(rect) = r {
                readable.push(Readable {
                    rect,
                    text: text.clone(),
                });
            }
        }
        rect
    }
}

/// How a card's panel looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardStyle {
    pub fill: Color32,
    pub corner_radius: f32,
    pub stroke: Option<super::display::Stroke>,
    pub shadow: Option<Shadow>,
}

impl CardStyle {
    /// A slide's card, at type scale `s`: white, round-cornered, lifted off the map.
    pub fn slide(s: f32) -> Self {
        CardStyle {
            fill: Color32::from_rgba_unmultiplied(255, 255, 255, 236),
            corner_radius: 10.0 * s,
            stroke: None,
            shadow: Some(Shadow {
                offset: vec2(0.0, 4.0 * s),
                blur: 16.0 * s,
                color: Color32::from_black_alpha(60),
            }),
        }
    }

    /// A flat card with a thin edge, for print: titles and legends on exported maps.
    pub fn plain() -> Self {
        CardStyle {
            fill: Color32::from_white_alpha(235),
            corner_radius: 6.0,
            stroke: Some(super::display::Stroke::new(1.0, Color32::from_gray(200))),
            shadow: None,
        }
    }
}
