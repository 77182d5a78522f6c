//! Position encoding: negotiated at `initialize`, used for every position read or sent.
//!
//! The server prefers UTF-8 (no conversion cost) when the client offers it and otherwise uses
//! UTF-16, the protocol's default.

use cfn_fargate_core::{Encoding, LineCol, LineIndex, Span};
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// Choose the position encoding from the client's `general.positionEncodings` (in the client's
/// order of preference, as the strings the protocol defines).
pub fn negotiate_encoding(offered: &[&str]) -> Encoding {
    if offered.contains(&"utf-8") {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    }
}

/// The protocol's name of an encoding.
pub fn encoding_name(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Utf8 => "utf-8",
        Encoding::Utf16 => "utf-16",
        Encoding::Utf32 => "utf-32",
    }
}

pub fn encoding_kind(encoding: Encoding) -> PositionEncodingKind {
    match encoding {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

/// Text plus its line index, for converting between byte offsets and LSP positions.
pub struct Positions<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: Encoding,
}

impl Positions<'_> {
    pub fn position(&self, offset: usize) -> Position {
        let LineCol { line, col } = self.index.position(self.text, offset, self.encoding);
        Position::new(line, col)
    }

    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    pub fn offset(&self, position: Position) -> usize {
        self.index.offset(
            self.text,
            LineCol {
                line: position.line,
                col: position.character,
            },
            self.encoding,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_utf8_and_defaults_to_utf16() {
        assert_eq!(negotiate_encoding(&["utf-16", "utf-8"]), Encoding::Utf8);
        assert_eq!(negotiate_encoding(&["utf-32"]), Encoding::Utf16);
        assert_eq!(negotiate_encoding(&[]), Encoding::Utf16);
        assert_eq!(encoding_name(negotiate_encoding(&[])), "utf-16");
    }

    /// The column of a finding after non-ASCII text, in each encoding a client may negotiate.
    #[test]
    fn finding_ranges_after_non_ascii_text() {
        let text = include_str!("../../cfn-fargate-core/tests/fixtures/positions/non-ascii.yaml");
        let analysis = cfn_fargate_core::analyze(text, cfn_fargate_core::Format::Yaml);
        let f = analysis
            .findings
            .iter()
            .find(|f| f.code == "TD-02")
            .unwrap();
        let index = LineIndex::new(text);
        let at = |encoding| {
            Positions {
                text,
                index: &index,
                encoding,
            }
            .range(f.span)
            .start
        };
        // Line 19 of the fixture; `bridge` follows emoji, accents, CJK and a non-BMP character.
        assert_eq!(at(Encoding::Utf16), Position::new(18, 76));
        assert_eq!(at(Encoding::Utf8), Position::new(18, 88));
        let p = Positions {
            text,
            index: &index,
            encoding: Encoding::Utf16,
        };
        assert_eq!(p.offset(Position::new(18, 76)), f.span.start);
    }
}
