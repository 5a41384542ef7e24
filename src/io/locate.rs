//! Finds where a JSON path such as `links[3].from` sits in a file's text, so that a problem found
//! after parsing can still point at a line and column.

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = text
        .get(line_start..offset)
        .map_or(1, |s| s.chars().count() + 1);
    (line, column)
}

/// One step of a JSON path.
#[derive(Debug, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn parse_path(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let end = stripped.find(']')?;
            steps.push(Step::Index(stripped[..end].parse().ok()?));
            rest = &stripped[end + 1..];
        }
    }
    Some(steps)
}

/// Byte offset of the value at `path` (as written by [`crate::io`]: `a.b[2].c`), or of the deepest
/// enclosing value that exists. `None` if the text is not JSON enough to walk.
pub fn locate(text: &str, path: &str) -> Option<usize> {
    let steps = parse_path(path)?;
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        pos: 0,
    };
    scanner.skip_ws();
    let mut found = scanner.pos;
    for step in steps {
        match scanner.enter(&step) {
            Some(pos) => found = pos,
            None => break,
        }
    }
    Some(found)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Moves from the start of an object or array to the start of the member named by `step`.
    fn enter(&mut self, step: &Step<'_>) -> Option<usize> {
        match (step, self.peek()?) {
            (Step::Key(key), b'{') => {
                self.pos += 1;
                loop {
                    self.skip_ws();
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let name = self.string()?;
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    self.skip_ws();
                    if name == key.as_bytes() {
                        return Some(self.pos);
                    }
                    self.skip_value()?;
                    self.skip_ws();
                    match self.peek()? {
                        b',' => self.pos += 1,
                        _ => return None,
                    }
                }
            }
            (Step::Index(index), b'[') => {
                self.pos += 1;
                for _ in 0..*index {
                    self.skip_ws();
                    self.skip_value()?;
                    self.skip_ws();
                    match self.peek()? {
                        b',' => self.pos += 1,
                        _ => return None,
                    }
                }
                self.skip_ws();
                (self.peek()? != b']').then_some(self.pos)
            }
            _ => None,
        }
    }

    /// Reads a string at the cursor and returns its raw bytes between the quotes.
    fn string(&mut self) -> Option<&'a [u8]> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.pos + 1;
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    let bytes: &'a [u8] = self.bytes;
                    let s = &bytes[start..self.pos];
                    self.pos += 1;
                    return Some(s);
                }
                _ => self.pos += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while !matches!(
                    self.peek()?,
                    b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'
                ) {
                    self.pos += 1;
                }
            }
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"nodes\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"lat\": 91}\n  ],\n  \"title\": \"x\"\n}";

    #[test]
    fn finds_nested_member() {
        let offset = locate(TEXT, "nodes[1].lat").expect("walkable");
        assert_eq!(&TEXT[offset..offset + 2], "91");
        assert_eq!(line_column(TEXT, offset), (4, 24));
    }

    #[test]
    fn falls_back_to_deepest_existing_value() {
        let offset = locate(TEXT, "nodes[5].lat").expect("walkable");
        assert_eq!(line_column(TEXT, offset), (2, 12));
    }

    #[test]
    fn skips_strings_with_brackets_and_escapes() {
        let text = r#"{"a": "x]\"}", "b": [1, [2, 3], {"c": "}"}, 4]}"#;
        let offset = locate(text, "b[3]").expect("walkable");
        assert_eq!(&text[offset..offset + 1], "4");
    }
}
