//! One open document: its text (a rope, edited incrementally), version, the edits not yet
//! analysed, and the analysis state they apply to.

use crate::position::Positions;
use cfn_fargate_core::incremental;
use cfn_fargate_core::{Analysis, Encoding, Format, LineIndex, Options};
use ropey::Rope;
use tower_lsp_server::ls_types::{Position, TextDocumentContentChangeEvent};

/// One change in bytes: `start..end` of the text before it became `text`.
#[derive(Clone, Debug)]
pub struct ByteEdit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

pub struct Document {
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
    /// Set when `format` came from the document's language or name, not its content.
    pub format_known: bool,
    /// Changes since the analysis state last taken, in order; `None` after a change that
    /// replaced the whole text or the format (the next analysis starts from the text).
    pub pending: Option<Vec<ByteEdit>>,
}

/// A consistent view of a document at one version: text, line index and analysis, kept up to
/// date incrementally (the next version's analysis starts from this one).
#[derive(Clone)]
pub struct Snapshot {
    pub version: i32,
    pub format: Format,
    engine: incremental::Document,
}

impl Snapshot {
    /// Analyse `text` from scratch.
    pub fn new(text: String, version: i32, format: Format, options: &Options) -> Snapshot {
        Snapshot {
            version,
            format,
            engine: incremental::Document::new(text, format, options),
        }
    }

    /// The snapshot of a later version: `edits` applied to this one, then analysed again,
    /// reusing what the edits did not touch.
    pub fn advance(mut self, edits: &[ByteEdit], version: i32, options: &Options) -> Snapshot {
        for e in edits {
            self.engine.edit(e.start, e.end, &e.text);
        }
        self.engine.update(options);
        self.version = version;
        self
    }

    pub fn text(&self) -> &str {
        self.engine.text()
    }

    pub fn index(&self) -> &LineIndex {
        self.engine.index()
    }

    pub fn analysis(&self) -> &Analysis {
        self.engine.analysis()
    }

    /// What the last analysis reused, and why not more (for the debug log).
    pub fn reuse(&self) -> String {
        let why = self.engine.fallback();
        match self.engine.reuse() {
            incremental::Reuse::Resources { checked, of } => {
                format!("checked {checked} of {of} resources")
            }
            other if why.is_empty() => format!("{other:?}"),
            other => format!("{other:?} ({why})"),
        }
    }

    pub fn positions(&self, encoding: Encoding) -> Positions<'_> {
        Positions {
            text: self.text(),
            index: self.index(),
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
            pending: None,
        }
    }

    /// Apply one change; positions are in `encoding`. Out-of-range positions clamp to the end.
    pub fn apply(&mut self, change: &TextDocumentContentChangeEvent, encoding: Encoding) {
        match change.range {
            None => {
                self.rope = Rope::from_str(&change.text);
                self.pending = None;
            }
            Some(range) => {
                let start = self.char_index(range.start, encoding);
                let end = self.char_index(range.end, encoding).max(start);
                let edit = ByteEdit {
                    start: self.rope.char_to_byte(start),
                    end: self.rope.char_to_byte(end),
                    text: change.text.clone(),
                };
                self.rope.remove(start..end);
                self.rope.insert(start, &change.text);
                if let Some(pending) = &mut self.pending {
                    pending.push(edit);
                }
            }
        }
        if !self.format_known {
            let format = Format::detect(&self.rope.to_string());
            if format != self.format {
                self.format = format;
                self.pending = None;
            }
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
