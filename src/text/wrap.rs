//! Breaking text into lines that fit a width, as cards, credits and legends lay it out.

use super::MeasureText;

/// Breaks `text` at its line breaks, and at spaces into lines no wider than `width`.
pub fn wrap_width(
    text: &str,
    size: f32,
    bold: bool,
    width: f32,
    measure: &MeasureText<'_>,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && measure(&candidate, size, bold).x > width {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            } else {
                line = candidate;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_at_spaces() {
        let measure =
            |t: &str, _: f32, _: bool| epaint::vec2(t.chars().count() as f32 * 10.0, 14.0);
        let lines = wrap_width("one two three four\nfive", 11.0, false, 105.0, &measure);
        assert_eq!(lines, ["one two", "three four", "five"]);
    }
}
