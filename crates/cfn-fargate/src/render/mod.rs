//! Output formats, one file each.

pub(crate) mod github;
pub(crate) mod json;
pub(crate) mod junit;
pub(crate) mod rules;
pub(crate) mod sarif;
pub(crate) mod text;

use crate::check::CheckedFile;
use cfn_fargate_core::{Encoding, LineCol, Span};

/// 1-based line and column (Unicode scalar values) of a byte offset, as users count them.
pub(crate) fn human_position(file: &CheckedFile, offset: usize) -> (u32, u32) {
    let LineCol { line, col } = file
        .line_index
        .position(&file.text, offset, Encoding::Utf32);
    (line + 1, col + 1)
}

pub(crate) fn human_range(file: &CheckedFile, span: Span) -> ((u32, u32), (u32, u32)) {
    (
        human_position(file, span.start),
        human_position(file, span.end),
    )
}
