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
        let mut line_starts = vec![0];
        push_line_starts(text.as_bytes(), 0, text.len(), &mut line_starts);
        LineIndex {
            line_starts,
            len: text.len(),
        }
    }

    /// Update the index after the bytes `start..old_end` of the old text were replaced; `text` is
    /// the new text, in which the replacement ends at `new_end`. Costs the size of the replacement
    /// plus one pass over the line starts after it.
    pub fn edit(&mut self, text: &str, start: usize, old_end: usize, new_end: usize) {
        // A line start at `q` depends on the bytes at `q - 1` and `q`, so the starts in
        // `start..=old_end` may change; the ones after move by the change in length.
        let first = self.line_starts.partition_point(|&s| s < start.max(1));
        let last = self.line_starts.partition_point(|&s| s <= old_end);
        let delta = new_end as isize - old_end as isize;
        let mut fresh = Vec::new();
        let bytes = text.as_bytes();
        // Scan from the byte before `start` so that a start right at `start` is seen.
        let from = start.saturating_sub(1);
        let to = (new_end + 1).min(bytes.len());
        push_line_starts(bytes, from, to, &mut fresh);
        fresh.retain(|&s| s >= start.max(1) && s <= new_end);
        let tail: Vec<usize> = self.line_starts[last..]
            .iter()
            .map(|&s| (s as isize + delta) as usize)
            .collect();
        self.line_starts.truncate(first);
        self.line_starts.extend(fresh);
        self.line_starts.extend(tail);
        self.len = text.len();
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

/// Push the start of every line that begins after a terminator in `bytes[from..to]` (`\n`, `\r\n`
/// or a lone `\r`; a `\r` at `to - 1` looks at the byte after it).
fn push_line_starts(bytes: &[u8], from: usize, to: usize, out: &mut Vec<usize>) {
    let mut i = from;
    while i < to {
        let Some(at) = bytes[i..to].iter().position(|&b| b == b'\n' || b == b'\r') else {
            break;
        };
        let mut end = i + at;
        if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end += 1;
        }
        out.push(end + 1);
        i = end + 1;
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
    fn edits_keep_the_index_equal_to_a_fresh_one() {
        // Random replacements made of line terminators and letters, where `\r` and `\n` meet
        // across the edges of the edit.
        let pieces = ["\r", "\n", "\r\n", "a", "é", "\n\r", "xy\r", ""];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut text = String::from("a\r\nb\rc\nd");
        let mut index = LineIndex::new(&text);
        for _ in 0..5000 {
            let mut start = next(text.len() + 1);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + next(4)).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            let insert: String = (0..next(3)).map(|_| pieces[next(pieces.len())]).collect();
            text.replace_range(start..end, &insert);
            index.edit(&text, start, end, start + insert.len());
            let fresh = LineIndex::new(&text);
            assert_eq!(index.line_starts, fresh.line_starts, "{text:?}");
            assert_eq!(index.len, fresh.len);
            if text.len() > 200 {
                let cut = (0..=20)
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                text.truncate(cut);
                index = LineIndex::new(&text);
            }
        }
    }

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
