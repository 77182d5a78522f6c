//! One open document: its text (a rope, edited incrementally), version and last analysis.

use crate::position::Positions;
use cfn_fargate_core::{Analysis, Encoding, Format, LineIndex, Options, analyze_with};
use ropey::Rope;
use tower_lsp_server::ls_types::{Position, TextDocumentContentChangeEvent};

pub struct Document {
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
    /// Set when `format` came from the document's language or name, not its content.
    pub format_known: bool,
}

/// A consistent view of a document at one version: text, line index and analysis.
pub struct Snapshot {
    pub version: i32,
    pub text: String,
    pub index: LineIndex,
    pub format: Format,
    pub analysis: Analysis,
}

impl Snapshot {
    pub fn positions(&self, encoding: Encoding) -> Positions<'_> {
        Positions {
            text: &self.text,
            index: &self.index,
            encoding,
        }
    }
}

impl Document {
    pub fn new(text: &str, version: i32, language: &str, uri: &str) -> Document {
        let by_name = Format::from_path(uri);
        let by_language = match language {
            "json" | "jsonc" => Some(Format::Json),
            "yaml" | "cloudformation" => Some(Format::Yaml),
            _ => None,
        };
        let known = by_name.or(by_language);
        Document {
            rope: Rope::from_str(text),
            version,
            format: known.unwrap_or_else(|| Format::detect(text)),
            format_known: known.is_some(),
        }
    }

    /// Apply one change; positions are in `encoding`. Out-of-range positions clamp to the end.
    pub fn apply(&mut self, change: &TextDocumentContentChangeEvent, encoding: Encoding) {
        match change.range {
            None => self.rope = Rope::from_str(&change.text),
            Some(range) => {
                let start = self.char_index(range.start, encoding);
                let end = self.char_index(range.end, encoding).max(start);
                self.rope.remove(start..end);
                self.rope.insert(start, &change.text);
            }
        }
        if !self.format_known {
            self.format = Format::detect(&self.rope.to_string());
        }
    }

    /// The char index of a position, clamped to the line and the document.
    fn char_index(&self, position: Position, encoding: Encoding) -> usize {
        let lines = self.rope.len_lines();
        let line = position.line as usize;
        if line >= lines {
            return self.rope.len_chars();
        }
        let line_start = self.rope.line_to_char(line);
        let line_slice = self.rope.line(line);
        // The line without its terminator.
        let mut line_chars = line_slice.len_chars();
        while line_chars > 0 && matches!(line_slice.char(line_chars - 1), '\n' | '\r') {
            line_chars -= 1;
        }
        let want = position.character as usize;
        let mut units = 0;
        for (i, ch) in line_slice.chars().take(line_chars).enumerate() {
            let width = match encoding {
                Encoding::Utf8 => ch.len_utf8(),
                Encoding::Utf16 => ch.len_utf16(),
                Encoding::Utf32 => 1,
            };
            if units + width > want {
                return line_start + i;
            }
            units += width;
        }
        line_start + line_chars
    }

    /// Analyse the current text.
    pub fn snapshot(&self, options: &Options) -> Snapshot {
        let text = self.rope.to_string();
        let index = LineIndex::new(&text);
        let analysis = analyze_with(&text, self.format, options);
        Snapshot {
            version: self.version,
            text,
            index,
            format: self.format,
            analysis,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::Range;

    fn change(sl: u32, sc: u32, el: u32, ec: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(sl, sc), Position::new(el, ec))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn incremental_edits_in_both_encodings() {
        let mut d = Document::new("a: 😀x\nb: é\n", 1, "yaml", "file:///t.yaml");
        // After the emoji: 2 UTF-16 units, 4 UTF-8 bytes.
        d.apply(&change(0, 5, 0, 6, "y"), Encoding::Utf16);
        assert_eq!(d.rope.to_string(), "a: 😀y\nb: é\n");
        d.apply(&change(0, 7, 0, 8, "z"), Encoding::Utf8);
        assert_eq!(d.rope.to_string(), "a: 😀z\nb: é\n");
        d.apply(&change(1, 3, 1, 4, "e"), Encoding::Utf16);
        assert_eq!(d.rope.to_string(), "a: 😀z\nb: e\n");
        d.apply(&change(9, 0, 9, 0, "c: 1\n"), Encoding::Utf16);
        assert_eq!(d.rope.to_string(), "a: 😀z\nb: e\nc: 1\n");
    }
}
