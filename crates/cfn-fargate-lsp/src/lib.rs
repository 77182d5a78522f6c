//! The cfn-fargate language server (in progress): the only crate that will know LSP types.
//!
//! What is here now is the position-encoding negotiation the server will use: LSP positions are
//! a line and a character offset whose unit the client and server agree on at `initialize`.
//! The server prefers UTF-8 (no conversion cost) when the client offers it and otherwise uses
//! UTF-16, the protocol's default.

use cfn_fargate_core::{Encoding, LineCol, LineIndex, Span};

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

/// A span as an LSP range (zero-based lines and characters in `encoding`).
pub fn range(text: &str, index: &LineIndex, span: Span, encoding: Encoding) -> (LineCol, LineCol) {
    (
        index.position(text, span.start, encoding),
        index.position(text, span.end, encoding),
    )
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
        // Line 19 of the fixture; `bridge` follows emoji, accents, CJK and a non-BMP character.
        let at = |enc| range(text, &index, f.span, enc).0;
        assert_eq!(at(Encoding::Utf32), LineCol { line: 18, col: 75 });
        assert_eq!(at(Encoding::Utf16), LineCol { line: 18, col: 76 });
        assert_eq!(at(Encoding::Utf8), LineCol { line: 18, col: 88 });
    }
}
