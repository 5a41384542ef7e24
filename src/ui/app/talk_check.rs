//! The talk's layout checked on a worker thread whenever the route is opened, reloaded or
//! saved: where a slide breaks the rules of a hall at the screen sizes halls have, shown among
//! the route's warnings as `check` prints them. Texts with letters no font draws are found
//! first, which takes the system's fonts for the route's other scripts before anything is laid
//! out.

use crate::io::Problem;
use crate::worker::{News, Worker};

use super::CorridorApp;

/// A check of the talk under way.
pub(super) type TalkCheck = Worker<(), Vec<Problem>>;

impl CorridorApp {
    /// Checks the talk on screen afresh, in the background.
    pub(super) fn check_talk(&mut self) {
        let route = self.route.clone();
        let file = self.route_file.clone();
        let path = self.route_path.clone();
        let wake = std::sync::Arc::clone(&self.wake);
        // The slides laid out in the talk's language, the warnings told in the interface's.
        let (talk, words) = (self.talk_tr.clone(), self.tr.clone());
        self.talk_check = Some(Worker::spawn(
            "slide layout check",
            move || wake(),
            move |_| {
                let text = path.and_then(|p| crate::io::read_route_text(&p));
                let mut warnings =
                    crate::text::undrawn::undrawn_warnings(&route, &file, text.as_deref());
                let fonts = crate::text::TextMeasure::default();
                warnings.extend(crate::scene::slide_check::talk_warnings(
                    &route,
                    &file,
                    text.as_deref(),
                    &talk,
                    &words,
                    &fonts.as_fn(),
                ));
                warnings
            },
        ));
    }

    /// Takes the check's result when it is done.
    pub(super) fn poll_talk_check(&mut self) {
        let Some(news) = self.talk_check.as_ref().and_then(Worker::poll) else {
            return;
        };
        if let News::Done(result) = news {
            self.talk_check = None;
            // A check that could not run says so rather than pass for a clean talk.
            self.layout_warnings =
                result.unwrap_or_else(|e| vec![Problem::in_file(&self.route_file, e.to_string())]);
        }
    }

    /// Whether the talk's layout is being checked.
    pub fn is_checking_talk(&self) -> bool {
        self.talk_check.is_some()
    }

    /// Where the talk breaks the rules of a hall, once checked.
    pub fn layout_warnings(&self) -> &[Problem] {
        &self.layout_warnings
    }
}
