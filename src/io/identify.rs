//! What a file really is when it cannot be a route of any kind: a web page saved instead of the
//! download, an empty file, or one that holds only a byte-order mark. Each is told apart from a
//! broken route, so that the message says what happened and what to do rather than where the
//! JSON or XML first goes wrong.

use std::path::Path;

use super::line_column;
use super::problem::{LoadError, Problem, Words, invalid};
use crate::i18n::msg;

/// The byte-order mark some editors write before UTF-8 text.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Refuses a file that holds no route whatever its name says; `text` is what was read from it,
/// byte-order mark already taken off.
pub(super) fn refuse_non_route(path: &Path, text: &str) -> Result<(), LoadError> {
    let file = path.display().to_string();
    let problem = if text.trim().is_empty() {
        Some(Problem::worded(&file, blank_words(path, text)))
    } else {
        web_page(text).map(|(offset, words)| {
            let (line, column) = line_column(text, offset);
            Problem {
                line,
                column,
                ..Problem::worded(&file, words)
            }
        })
    };
    match problem {
        Some(problem) => Err(invalid(&file, vec![problem])),
        None => Ok(()),
    }
}

/// The words for a file with nothing in it but, at most, blank space or a byte-order mark.
fn blank_words(path: &Path, text: &str) -> Words {
    if !text.is_empty() {
        return Words::new(msg("problem-file-blank"), []);
    }
    // The text comes without its mark, so the file's first bytes tell a mark alone from nothing.
    let starts_with_mark = super::open::open_regular(path).is_ok_and(|file| {
        use std::io::Read as _;
        let mut first = [0u8; 3];
        file.take(3).read_exact(&mut first).is_ok() && first == BOM
    });
    if starts_with_mark {
        Words::new(msg("problem-file-only-bom"), [])
    } else {
        Words::new(msg("problem-file-empty"), [])
    }
}

/// Where an HTML page's first element starts, with the words naming it by its title; `None` for
/// anything that is not one.
fn web_page(text: &str) -> Option<(usize, Words)> {
    let (offset, name) = root_element(text)?;
    if !(name.eq_ignore_ascii_case("html") || name.eq_ignore_ascii_case("!doctype")) {
        return None;
    }
    // `<!DOCTYPE svg …>` and others name what follows; only an html one is a page.
    if name.starts_with('!') {
        let rest = text.get(offset + "<!doctype".len()..)?.trim_start();
        if !rest
            .get(..4)
            .is_some_and(|word| word.eq_ignore_ascii_case("html"))
        {
            return None;
        }
    }
    let words = match title(text) {
        Some(title) => Words::new(
            msg("problem-file-web-page-titled"),
            [("title", title.into())],
        ),
        None => Words::new(msg("problem-file-web-page"), []),
    };
    Some((offset, words))
}

/// The byte offset and name of the first element of a markup text, after an XML declaration,
/// comments and processing instructions; a document type counts as an element named
/// `!DOCTYPE`. `None` when the text does not start with markup.
pub(super) fn root_element(text: &str) -> Option<(usize, &str)> {
    let mut at = 0;
    loop {
        let rest = text.get(at..)?;
        let skipped = rest.len() - rest.trim_start().len();
        at += skipped;
        let rest = text.get(at..)?;
        if !rest.starts_with('<') {
            return None;
        }
        let closing = if rest.starts_with("<!--") {
            Some("-->")
        } else if rest.starts_with("<?") {
            Some("?>")
        } else {
            None
        };
        match closing {
            Some(end) => at += rest.find(end)? + end.len(),
            None => {
                let name_end = rest
                    .char_indices()
                    .skip(1)
                    .find(|&(_, c)| c.is_whitespace() || c == '>' || c == '/')
                    .map_or(rest.len(), |(i, _)| i);
                return Some((at, rest.get(1..name_end)?));
            }
        }
    }
}

/// Longest page title a message repeats.
const MAX_TITLE_CHARS: usize = 80;

/// The text of a page's `<title>`, spaces made single; `None` when it has none in its first few
/// kilobytes.
fn title(text: &str) -> Option<String> {
    let head: String = text.chars().take(16 * 1024).collect();
    let lower = head.to_ascii_lowercase();
    let open = lower.find("<title")?;
    let start = open + lower.get(open..)?.find('>')? + 1;
    let end = start + lower.get(start..)?.find("</title")?;
    let title = head
        .get(start..end)?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if title.is_empty() {
        return None;
    }
    Some(if title.chars().count() > MAX_TITLE_CHARS {
        let cut: String = title.chars().take(MAX_TITLE_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        title
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Tr;
    use crate::io::testing::temp_dir;

    /// The problem a file with these bytes gets, in English and in Russian.
    fn refused(name: &str, bytes: &[u8]) -> Option<(Problem, String)> {
        let path = temp_dir(&format!("identify-{name}")).join(name);
        std::fs::write(&path, bytes).expect("write");
        let text = String::from_utf8_lossy(bytes);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let err = refuse_non_route(&path, text).err()?;
        let problem = err.problems().remove(0);
        assert_eq!(problem.message_in(&Tr::new("en")), problem.message);
        let russian = problem.message_in(&Tr::new("ru"));
        Some((problem, russian))
    }

    #[test]
    fn a_saved_web_page_is_named_with_its_title_and_where_it_starts() {
        let page = b"\n\n<!DOCTYPE html>\n<html lang=\"en\"><head><title>\n  corridor/route.geojson at main \xc2\xb7 example/corridor\n</title></head><body>...</body></html>";
        let (problem, russian) = refused("route.geojson", page).expect("refused");
        assert_eq!((problem.line, problem.column), (3, 1));
        assert_eq!(
            problem.message,
            "this is an HTML page ('corridor/route.geojson at main · example/corridor'), not a route: the download probably saved the web page; download the raw file (on a code hosting site, the Raw button) and open that"
        );
        assert!(russian.starts_with("Это веб-страница HTML"), "{russian}");

        let bare = b"<html><body>Not found</body></html>";
        let (problem, _) = refused("route.json", bare).expect("refused");
        assert!(
            problem
                .message
                .starts_with("this is an HTML page, not a route"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn markup_that_is_not_a_page_is_left_to_its_reader() {
        for text in [
            "<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<kml><Document><description><![CDATA[<html><body>x</body></html>]]></description></Document></kml>",
            "<!DOCTYPE gpx>\n<gpx/>",
            "{\"type\": \"FeatureCollection\", \"features\": []}",
            "id,name,lat,lon\n",
        ] {
            assert!(
                refused("a.kml", text.as_bytes()).is_none(),
                "{text} was refused"
            );
        }
    }

    #[test]
    fn empty_blank_and_mark_only_files_say_which_they_are() {
        let (empty, russian) = refused("empty.json", b"").expect("refused");
        assert!(empty.message.starts_with("the file is empty"), "{empty:?}");
        assert!(russian.starts_with("Файл пуст"), "{russian}");
        let (mark, russian) = refused("bom.csv", BOM).expect("refused");
        assert!(
            mark.message.contains("only a byte-order mark"),
            "{}",
            mark.message
        );
        assert!(russian.contains("метка порядка байтов"), "{russian}");
        let (blank, _) = refused("blank.kml", b" \r\n\t\n").expect("refused");
        assert!(
            blank.message.contains("only blank space"),
            "{}",
            blank.message
        );
    }

    #[test]
    fn the_first_element_is_found_past_declarations_and_comments() {
        assert_eq!(
            root_element("<?xml version=\"1.0\"?>\n<!-- x -->\n<gpx version=\"1.1\">"),
            Some((33, "gpx"))
        );
        assert_eq!(root_element("  <kml>"), Some((2, "kml")));
        assert_eq!(root_element("<!DOCTYPE html>"), Some((0, "!DOCTYPE")));
        assert_eq!(root_element("{}"), None);
        assert_eq!(root_element("<!-- never closed"), None);
    }
}
