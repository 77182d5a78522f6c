//! What is under the cursor: the resource, the property key of the line and the value typed so
//! far. Shared by completion and hover. Line-based, so it works on half-typed text.

use cfn_fargate_core::span::Span;
use cfn_fargate_core::template::{Resource, Template};

#[derive(Debug, Default)]
pub struct Cursor {
    /// The key on the cursor's line (`Cpu` in `      Cpu: 51|`).
    pub key: Option<String>,
    /// The value token being typed, which a completion replaces.
    pub token: Span,
    /// The text of the token up to the cursor.
    pub prefix: String,
    /// The token follows `!Ref `, `Ref: ` or `"Ref": "`.
    pub after_ref: bool,
    /// The token follows `!GetAtt ` or `Fn::GetAtt`.
    pub after_getatt: bool,
    /// The cursor is in the value (after the key's colon), not on the key.
    pub in_value: bool,
}

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':' | ' ')
}

/// Read the cursor's context from the text around `offset`.
pub fn at(text: &str, offset: usize) -> Cursor {
    let offset = cfn_fargate_core::line_index::floor_char_boundary(text, offset);
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let mut cursor = Cursor::default();
    // `key: value` (YAML) or `"key": "value` (JSON), possibly after `- `; the key is read from
    // the whole line, so that the cursor may be on the key itself.
    let line = &text[line_start..line_end];
    let trimmed_line = line.trim_start().trim_start_matches("- ").trim_start();
    let Some(colon) = find_key_colon(trimmed_line) else {
        return cursor;
    };
    let key = trimmed_line[..colon]
        .trim()
        .trim_matches('"')
        .trim_matches('\'');
    if key.is_empty() || key.contains(' ') {
        return cursor;
    }
    cursor.key = Some(key.to_string());
    let colon_offset = line_end - trimmed_line.len() + colon;
    if offset <= colon_offset {
        cursor.token = Span::at(offset);
        return cursor;
    }
    cursor.in_value = true;
    let value = &text[colon_offset + 1..offset];
    let mut rest = value.trim_start();
    for (marker, flag) in [
        ("!Ref ", 0),
        ("!GetAtt ", 1),
        ("{\"Ref\": ", 0),
        ("{Ref: ", 0),
        ("{\"Fn::GetAtt\": [", 1),
    ] {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r;
            if flag == 0 {
                cursor.after_ref = true;
            } else {
                cursor.after_getatt = true;
            }
        }
    }
    if key == "Ref" {
        cursor.after_ref = true;
    }
    if key == "Fn::GetAtt" {
        cursor.after_getatt = true;
    }
    let rest = rest.trim_start_matches(['"', '\'', '[', ' ']);
    // The token: from the start of what is typed to the end of the word after the cursor.
    let token_start = offset - rest.len();
    let after = &text[offset..];
    let tail = after
        .char_indices()
        .find(|(_, c)| !is_token_char(*c) || *c == ' ')
        .map_or(after.len(), |(i, _)| i);
    cursor.token = Span::new(token_start, offset + tail);
    cursor.prefix = rest.to_string();
    cursor
}

/// The colon that ends a key: the first `:` followed by white space or the end.
fn find_key_colon(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut in_quotes = false;
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b':' if !in_quotes && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) => {
                return Some(i);
            }
            _ => {}
        }
    }
    None
}

/// The resource whose text holds `offset`: the last one that starts before it, unless another
/// top-level section starts in between. (While a line is half-typed the parse may end early, so
/// the resource's own span can stop short of the cursor.)
pub fn resource_at(template: &Template, offset: usize) -> Option<Resource<'_>> {
    let resource = template
        .resources()
        .filter(|r| r.id_span.start <= offset)
        .max_by_key(|r| r.id_span.start)?;
    let section_between = template
        .root
        .as_mapping()
        .unwrap_or_default()
        .iter()
        .any(|e| {
            e.key != "Resources"
                && resource.id_span.start < e.key_span.start
                && e.key_span.start <= offset
        });
    (!section_between).then_some(resource)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_and_json_lines() {
        let text = "      Memory: 20\n";
        let c = at(text, 16);
        assert_eq!(c.key.as_deref(), Some("Memory"));
        assert_eq!(c.prefix, "20");
        assert_eq!(&text[c.token.start..c.token.end], "20");
        let text = "        \"Cpu\": \"5\",\n";
        let c = at(text, 16);
        assert_eq!(c.key.as_deref(), Some("Cpu"));
        assert_eq!(&text[c.token.start..c.token.end], "5");
        let text = "      TaskDefinition: !Ref Ta\n";
        let c = at(text, text.len() - 1);
        assert!(c.after_ref);
        assert_eq!(c.prefix, "Ta");
        let text = "      Image: !Sub arn:aws:x\n";
        assert!(!at(text, 20).after_ref);
    }
}

#[cfg(test)]
mod getatt_tests {
    #[test]
    fn getatt_prefix_keeps_the_dot() {
        let text = "        - TargetGroupArn: !GetAtt TG.\n";
        let c = super::at(text, text.len() - 1);
        assert!(c.after_getatt, "{c:?}");
        assert_eq!(c.prefix, "TG.");
    }
}
