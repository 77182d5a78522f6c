//! Bytes in, findings out: every finding's span must lie inside the text, on char boundaries, and
//! its start must survive a round trip through `LineIndex` in UTF-16 (the LSP's encoding). And the
//! incremental analysis of the text, reached by an edit from a shorter one, equals a fresh one.
#![no_main]

use cfn_fargate_core::{Encoding, Format, LineIndex, Options, Span, analyze, incremental};
use libfuzzer_sys::fuzz_target;

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of range for text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
}

fn check(text: &str, format: Format) {
    let analysis = analyze(text, format);
    let index = LineIndex::new(text);
    for finding in &analysis.findings {
        let what = format!("{:?} {} ({})", format, finding.code, finding.message);
        check_span(text, finding.span, &what);
        let start = finding.span.start;
        let pos = index.position(text, start, Encoding::Utf16);
        let back = index.offset(text, pos, Encoding::Utf16);
        // A span may start between the `\r` and `\n` of a CRLF (a JSON syntax error for a missing
        // token does, e.g. in `"AWS::\r\n`); `LineIndex::position` maps that offset to the `\r`,
        // so the round trip gives the `\r`'s offset there.
        let inside_crlf = start > 0
            && text.as_bytes()[start - 1] == b'\r'
            && text.as_bytes().get(start) == Some(&b'\n');
        let expected = if inside_crlf { start - 1 } else { start };
        assert_eq!(
            back, expected,
            "{what}: offset {start} -> {pos:?} -> offset {back}"
        );
        for related in &finding.related {
            check_span(text, related.span, &format!("{what} related"));
        }
        if let Some(fix) = &finding.fix {
            for edit in &fix.edits {
                check_span(text, edit.span, &format!("{what} fix edit"));
            }
        }
    }
}

/// Start from `text` without a piece in the middle, then type the piece back: the incremental
/// document must end where a fresh analysis of `text` is.
fn check_incremental(text: &str, format: Format) {
    let len = text.len();
    let mut start = len / 3;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + 1 + len / 7).min(len);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let options = Options::default();
    let without = format!("{}{}", &text[..start], &text[end..]);
    let mut doc = incremental::Document::new(without, format, &options);
    doc.edit(start, start, &text[start..end]);
    doc.update(&options);
    assert_eq!(doc.text(), text);
    let fresh = analyze(text, format);
    assert_eq!(doc.analysis().findings, fresh.findings, "{format:?}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(text, Format::Json);
    check(text, Format::Yaml);
    check_incremental(text, Format::Json);
    check_incremental(text, Format::Yaml);
});
