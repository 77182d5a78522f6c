//! Conversion between byte offsets and line/character positions.
//!
//! The engine works in byte offsets. Outside it, positions are a zero-based line and a character
//! offset in one of three encodings: Unicode scalar values (the CLI), UTF-16 code units (the LSP
//! default) or UTF-8 bytes (the LSP when the client offers it). `\n`, `\r\n` and a lone `\r` all end
//! a line, as they do for YAML, JSON and the LSP.

/// How the character part of a position is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 code units (bytes).
    Utf8,
    /// UTF-16 code units.
    Utf16,
    /// Unicode scalar values (what a person counts as characters in most terminals).
    Utf32,
}

/// A zero-based line and character offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Line starts of one text, for converting offsets to positions and back.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset at which each line starts; the first is always 0.
    line_starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            line_starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte offset of the start of `line` (zero-based), if the line exists.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line).copied()
    }

    /// The byte range of `line` without its line terminator.
    pub fn line_range(&self, text: &str, line: usize) -> Option<std::ops::Range<usize>> {
        let start = self.line_start(line)?;
        let mut end = self.line_starts.get(line + 1).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        while end > start && matches!(bytes.get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        Some(start..end)
    }

    /// Zero-based line containing `offset` (offsets past the end clamp to the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Position of a byte offset. An offset inside a multi-byte character counts from the start
    /// of that character; offsets past the end clamp to the end.
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> LineCol {
        let mut offset = floor_char_boundary(text, offset.min(self.len));
        // Between the `\r` and `\n` of a CRLF is not a place on either line: use the `\r`.
        if offset > 0
            && text.as_bytes().get(offset) == Some(&b'\n')
            && text.as_bytes()[offset - 1] == b'\r'
        {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let segment = &text[start..offset];
        let col = match encoding {
            Encoding::Utf8 => segment.len(),
            Encoding::Utf16 => segment.chars().map(char::len_utf16).sum(),
            Encoding::Utf32 => segment.chars().count(),
        };
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    /// Byte offset of a position. A character offset past the end of its line clamps to the end of
    /// the line; one that falls inside a character (half a surrogate pair, a byte inside a UTF-8
    /// sequence) moves to the start of that character; a line past the end clamps to the end.
    pub fn offset(&self, text: &str, pos: LineCol, encoding: Encoding) -> usize {
        let Some(range) = self.line_range(text, pos.line as usize) else {
            return self.len;
        };
        let line_text = &text[range.clone()];
        let want = pos.col as usize;
        let mut counted = 0;
        for (byte, ch) in line_text.char_indices() {
            let width = match encoding {
                Encoding::Utf8 => ch.len_utf8(),
                Encoding::Utf16 => ch.len_utf16(),
                Encoding::Utf32 => 1,
            };
            if counted + width > want {
                return range.start + byte;
            }
            counted += width;
        }
        range.end
    }
}

/// The largest char boundary not after `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    if offset >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_in_each_encoding_after_non_ascii() {
        let text = "a: é😀中x\r\nb\rc";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            index.position(text, x, Encoding::Utf8),
            LineCol { line: 0, col: 12 }
        );
        assert_eq!(
            index.position(text, x, Encoding::Utf16),
            LineCol { line: 0, col: 7 }
        );
        assert_eq!(
            index.position(text, x, Encoding::Utf32),
            LineCol { line: 0, col: 6 }
        );
        let c = text.rfind('c').unwrap();
        assert_eq!(
            index.position(text, c, Encoding::Utf32),
            LineCol { line: 2, col: 0 }
        );
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for off in [0, x, c, text.len()] {
                assert_eq!(index.offset(text, index.position(text, off, enc), enc), off);
            }
        }
    }

    #[test]
    fn inside_crlf_is_the_end_of_the_line() {
        let text = "ab\r\ncd";
        let index = LineIndex::new(text);
        assert_eq!(
            index.position(text, 3, Encoding::Utf16),
            LineCol { line: 0, col: 2 }
        );
        assert_eq!(
            index.position(text, 4, Encoding::Utf16),
            LineCol { line: 1, col: 0 }
        );
    }

    #[test]
    fn offsets_clamp_instead_of_panicking() {
        let text = "é\n";
        let index = LineIndex::new(text);
        assert_eq!(
            index.position(text, 1, Encoding::Utf16),
            LineCol { line: 0, col: 0 }
        );
        assert_eq!(
            index.offset(text, LineCol { line: 9, col: 9 }, Encoding::Utf16),
            3
        );
        assert_eq!(
            index.offset(text, LineCol { line: 0, col: 99 }, Encoding::Utf16),
            2
        );
    }
}
