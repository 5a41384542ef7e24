//! Checks of what is read beside the map: quotes, figures, disagreements between sources, and
//! the story's slides.

use std::collections::HashSet;

use crate::model::{Route, Slide};

use super::{Checker, Known, words};
use crate::i18n::msg;

impl Checker<'_> {
    /// That each quote has words and a speaker, and cites a known source about known nodes.
    pub(super) fn quotes(&mut self, route: &Route, known: &Known) {
        for (i, quote) in route.quotes.iter().enumerate() {
            self.non_empty(&format!("quotes[{i}].text"), &quote.text, "quote-text");
            self.non_empty(
                &format!("quotes[{i}].speaker"),
                &quote.speaker,
                "quote-speaker",
            );
            self.reference(
                &format!("quotes[{i}].source"),
                &quote.source,
                "source",
                &known.sources,
            );
            for (j, node) in quote.nodes.iter().enumerate() {
                self.reference(
                    &format!("quotes[{i}].nodes[{j}]"),
                    node,
                    "node",
                    &known.nodes,
                );
            }
        }
    }

    /// That each figure cites a known source about known nodes.
    pub(super) fn figures(&mut self, route: &Route, known: &Known) {
        for (i, figure) in route.figures.iter().enumerate() {
            self.reference(
                &format!("figures[{i}].source"),
                &figure.source,
                "source",
                &known.sources,
            );
            for (j, node) in figure.nodes.iter().enumerate() {
                self.reference(
                    &format!("figures[{i}].nodes[{j}]"),
                    node,
                    "node",
                    &known.nodes,
                );
            }
        }
    }

    pub(super) fn story(&mut self, route: &Route, known: &Known) {
        let layer_ids: HashSet<&str> = route.layers.iter().map(|l| l.id.as_str()).collect();
        let quote_ids: HashSet<&str> = route.quotes.iter().map(|q| q.id.as_str()).collect();
        for (i, slide) in route.story.iter().enumerate() {
            self.slide(&format!("story[{i}]"), slide, known, &layer_ids, &quote_ids);
        }
    }

    /// A slide: a title, a focus on known nodes or a box on the globe, known layers and quotes,
    /// a year in range and a positive time to show it.
    fn slide(
        &mut self,
        at: &str,
        slide: &Slide,
        known: &Known,
        layer_ids: &HashSet<&str>,
        quote_ids: &HashSet<&str>,
    ) {
        self.non_empty(&format!("{at}.title"), &slide.title, "slide-title");
        for (j, node) in slide.focus.nodes.iter().enumerate() {
            self.reference(
                &format!("{at}.focus.nodes[{j}]"),
                node,
                "node",
                &known.nodes,
            );
        }
        if let Some(b) = &slide.focus.bounds {
            self.coordinate(&format!("{at}.focus.bounds"), b.south, b.west);
            self.coordinate(&format!("{at}.focus.bounds"), b.north, b.east);
            if b.south >= b.north {
                self.error(
                    format!("{at}.focus.bounds.north"),
                    words(msg("problem-bounds-upside-down")),
                );
            }
        }
        for (j, layer) in slide.layers.iter().flatten().enumerate() {
            self.reference(&format!("{at}.layers[{j}]"), layer, "layer", layer_ids);
        }
        for (j, quote) in slide.quotes.iter().enumerate() {
            self.reference(&format!("{at}.quotes[{j}]"), quote, "quote", quote_ids);
        }
        if let Some(year) = slide.year {
            self.year(format!("{at}.year"), year);
        }
        if let Some(s) = slide.seconds
            && (s.is_nan() || s <= 0.0)
        {
            self.error(
                format!("{at}.seconds"),
                words(msg("problem-seconds-not-positive")),
            );
        }
    }

    /// That each disagreement compares at least two claims, each from a known source.
    pub(super) fn disagreements(&mut self, route: &Route, known: &Known) {
        for (i, d) in route.disagreements.iter().enumerate() {
            if d.claims.len() < 2 {
                self.warn(
                    format!("disagreements[{i}].claims"),
                    words(msg("problem-disagreement-one-claim")),
                );
            }
            for (j, claim) in d.claims.iter().enumerate() {
                self.reference(
                    &format!("disagreements[{i}].claims[{j}].source"),
                    &claim.source,
                    "source",
                    &known.sources,
                );
            }
            for (j, node) in d.nodes.iter().enumerate() {
                self.reference(
                    &format!("disagreements[{i}].nodes[{j}]"),
                    node,
                    "node",
                    &known.nodes,
                );
            }
        }
    }
}
