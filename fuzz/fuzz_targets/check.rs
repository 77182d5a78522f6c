//! Bytes in, findings out: every finding's span must lie inside the text, on char boundaries, and
//! its start must survive a round trip through `LineIndex` in UTF-16 (the LSP's encoding).
#![no_main]

use cfn_fargate_core::{Encoding, Format, LineIndex, Span, analyze};
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
        let pos = index.position(text, finding.span.start, Encoding::Utf16);
        let back = index.offset(text, pos, Encoding::Utf16);
        assert_eq!(
            back, finding.span.start,
            "{what}: offset {} -> {pos:?} -> offset {back}",
            finding.span.start
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

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(text, Format::Json);
    check(text, Format::Yaml);
});
