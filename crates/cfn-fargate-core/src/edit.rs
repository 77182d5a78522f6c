//! Text edits that change a template the way its author would: insert or remove a property,
//! replace a value, keeping indentation, quoting, key order, comments and blank lines elsewhere
//! byte for byte. Everything here works on the source text plus the spans of the value tree.

use crate::finding::Edit;
use crate::line_index::floor_char_boundary;
use crate::span::Span;
use crate::syntax::Format;
use crate::value::{Entry, Node, Value};

/// A value to write into a template.
#[derive(Clone, Debug, PartialEq)]
pub enum NewValue {
    /// A string, written plain in YAML when that is safe and quoted otherwise.
    String(String),
    /// A number or other literal written as is (`512`, `true`).
    Literal(String),
    List(Vec<NewValue>),
    Map(Vec<(String, NewValue)>),
    /// `Ref: X`, written `!Ref X` in YAML files that use short tags.
    Ref(String),
    /// `Fn::GetAtt: [Resource, Attribute]`, written `!GetAtt Resource.Attribute` with short tags.
    GetAtt(String, String),
}

impl NewValue {
    pub fn str(s: impl Into<String>) -> NewValue {
        NewValue::String(s.into())
    }

    fn is_scalar(&self) -> bool {
        matches!(
            self,
            NewValue::String(_) | NewValue::Literal(_) | NewValue::Ref(_) | NewValue::GetAtt(..)
        )
    }
}

/// How the file is written, learnt from its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Style {
    pub format: Format,
    /// One level of indentation (`"  "`, `"    "`, `"\t"`).
    pub indent: String,
    /// YAML: whether the file writes intrinsic functions as short tags (`!Ref`).
    pub short_tags: bool,
    /// The line ending the file uses.
    pub newline: &'static str,
}

impl Style {
    /// Learn the style of a template from its text and tree.
    pub fn of(text: &str, format: Format, root: &Node) -> Style {
        let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let short_tags = format == Format::Yaml
            && ["!Ref ", "!GetAtt ", "!Sub ", "!If ", "!Join "]
                .iter()
                .any(|t| text.contains(t));
        Style {
            format,
            indent: indent_unit(text, root),
            short_tags,
            newline,
        }
    }
}

/// The indentation step between a mapping and its children, from the first nested mapping in
/// block layout (default two spaces).
fn indent_unit(text: &str, root: &Node) -> String {
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        if let Value::Mapping(entries) = &n.value {
            for e in entries {
                if let Value::Mapping(children) = &e.value.value
                    && let Some(child) = children.first()
                {
                    let parent_col = column(text, e.key_span.start);
                    let child_col = column(text, child.key_span.start);
                    if line_start(text, child.key_span.start) != line_start(text, e.key_span.start)
                        && child_col > parent_col
                    {
                        let child_line =
                            &text[line_start(text, child.key_span.start)..child.key_span.start];
                        if child_line.starts_with('\t') {
                            return "\t".to_string();
                        }
                        return " ".repeat(child_col - parent_col);
                    }
                }
                stack.push(&e.value);
            }
        }
    }
    "  ".to_string()
}

/// Byte offset of the start of the line holding `offset`.
pub fn line_start(text: &str, offset: usize) -> usize {
    let offset = floor_char_boundary(text, offset);
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// Byte offset of the end of the line holding `offset` (before its line break).
pub fn line_end(text: &str, offset: usize) -> usize {
    let offset = floor_char_boundary(text, offset);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    if end > 0 && text.as_bytes().get(end - 1) == Some(&b'\r') && end > offset {
        end - 1
    } else {
        end
    }
}

/// Width in bytes of the white space before `offset` on its line.
fn column(text: &str, offset: usize) -> usize {
    offset - line_start(text, offset)
}

/// The leading white space of the line holding `offset`, up to `offset`.
fn indentation_before(text: &str, offset: usize) -> String {
    let prefix = &text[line_start(text, offset)..offset];
    prefix
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect()
}

/// Whether a mapping or sequence is written in flow style (`{...}`, `[...]`): always in JSON.
pub fn is_flow(text: &str, node: &Node) -> bool {
    matches!(text.as_bytes().get(node.span.start), Some(b'{' | b'['))
}

/// A literal list of strings with `item` added at the end, for replacing the list; `None` when
/// the list already has it or is not a list of literal strings.
pub fn list_with(list: &Node, item: &str) -> Option<NewValue> {
    let mut values = Vec::new();
    for element in list.as_sequence()? {
        let s = element.as_scalar()?;
        if s == item {
            return None;
        }
        values.push(NewValue::str(s));
    }
    values.push(NewValue::str(item));
    Some(NewValue::List(values))
}

/// Replace a value's text.
pub fn replace_value(text: &str, style: &Style, node: &Node, value: &NewValue) -> Edit {
    // A block list or mapping under `key:` is replaced from just after the colon, so that the new
    // value (written in flow style) stays on the key's line.
    if style.format == Format::Yaml
        && !is_flow(text, node)
        && node.as_scalar().is_none()
        && !node.is_null()
    {
        let before = &text[..node.span.start];
        let gap_start = before.trim_end().len();
        let gap = &before[gap_start..];
        if before[..gap_start].ends_with(':') && gap.contains('\n') && !gap.contains('#') {
            return Edit {
                span: Span::new(gap_start, node.span.end),
                new_text: format!(" {}", render_flow(value, style)),
            };
        }
    }
    let indent = indentation_before(text, node.span.start);
    let original = &text[node.span.start..node.span.end];
    // A YAML scalar keeps its quoting: `1024` becomes `2048`, `'x'` becomes `'y'`.
    let new_text = match (style.format, value, original.chars().next()) {
        (Format::Yaml, NewValue::String(s), Some('\'')) => format!("'{}'", s.replace('\'', "''")),
        (Format::Yaml, NewValue::String(s), Some(c))
            if c != '"'
                && node.as_scalar().is_some()
                && original.bytes().all(|b| b.is_ascii_digit())
                && !s.is_empty()
                && s.bytes().all(|b| b.is_ascii_digit()) =>
        {
            s.clone()
        }
        _ => render_inline_or_block(value, style, &indent, false),
    };
    Edit {
        span: node.span,
        new_text,
    }
}

/// Remove an entry (key and value) from a mapping.
pub fn remove_entry(text: &str, style: &Style, mapping: &Node, entry: &Entry) -> Edit {
    let entries = mapping.as_mapping().unwrap_or_default();
    let index = entries
        .iter()
        .position(|e| std::ptr::eq(e, entry))
        .unwrap_or(0);
    let next = entries.get(index + 1);
    let prev = index.checked_sub(1).and_then(|i| entries.get(i));
    let value_end = entry_end(text, entry);
    if style.format == Format::Json || is_flow(text, mapping) {
        // `"a": 1, "b": 2`: up to the next key, or from the end of the previous value.
        let span = match (next, prev) {
            (Some(n), _) => Span::new(entry.key_span.start, n.key_span.start),
            (None, Some(p)) => Span::new(entry_end(text, p), value_end),
            (None, None) => Span::new(entry.key_span.start, value_end),
        };
        // Keep the line break before a closing brace on its own line.
        let span = trim_flow_removal(text, span, next.is_none() && prev.is_none());
        return Edit {
            span,
            new_text: String::new(),
        };
    }
    let start = line_start(text, entry.key_span.start);
    let before_key = &text[start..entry.key_span.start];
    if before_key.trim().is_empty() {
        // A whole-line entry: remove its lines, with the line break.
        let end = after_line_break(
            text,
            line_end(text, value_end.saturating_sub(1).max(entry.key_span.start)),
        );
        return Edit {
            span: Span::new(start, end),
            new_text: String::new(),
        };
    }
    // The first entry of a sequence item (`- HostPort: 0`): the next entry moves up to the dash.
    match next {
        Some(n) => Edit {
            span: Span::new(entry.key_span.start, n.key_span.start),
            new_text: String::new(),
        },
        None => Edit {
            span: Span::new(entry.key_span.start, value_end),
            new_text: "{}".to_string(),
        },
    }
}

/// Where an entry ends: its value's end, or the end of the key when the value is empty.
fn entry_end(text: &str, entry: &Entry) -> usize {
    let end = entry.value.span.end.max(entry.key_span.end);
    // An empty value is spanned at the key's end; step over the `:`.
    if entry.value.span.is_empty() {
        let rest = &text[end..];
        if let Some(stripped) = rest.strip_prefix(':') {
            return end + (rest.len() - stripped.len());
        }
    }
    end
}

fn after_line_break(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    if rest.starts_with("\r\n") {
        end + 2
    } else if rest.starts_with('\n') {
        end + 1
    } else {
        end
    }
}

fn trim_flow_removal(text: &str, span: Span, only_entry: bool) -> Span {
    if only_entry {
        return span;
    }
    // When the removed text ends in white space that holds the line break before a closing
    // bracket, keep that white space.
    let removed = &text[span.start..span.end];
    if let Some(rest) = text[span.end..].chars().next()
        && (rest == '}' || rest == ']')
        && removed.ends_with(char::is_whitespace)
    {
        let trimmed = removed.trim_end_matches(char::is_whitespace);
        return Span::new(span.start, span.start + trimmed.len());
    }
    span
}

/// Add an entry at the end of a mapping.
pub fn insert_entry(
    text: &str,
    style: &Style,
    mapping: &Node,
    key: &str,
    value: &NewValue,
) -> Edit {
    let entries = mapping.as_mapping().unwrap_or_default();
    let flow = style.format == Format::Json || is_flow(text, mapping);
    let Some(last) = entries.last() else {
        return insert_into_empty(text, style, mapping, key, value);
    };
    let key_indent = indentation_before(text, last.key_span.start);
    if flow {
        let end = entry_end(text, last);
        let first_line = line_start(text, entries[0].key_span.start);
        let one_line = first_line == line_start(text, end)
            && line_start(text, mapping.span.start) == first_line;
        let (sep, indent) = if one_line {
            (" ".to_string(), String::new())
        } else {
            (format!("{}{key_indent}", style.newline), key_indent.clone())
        };
        let key_text = render_key(key, style);
        let value_text = if one_line {
            render_flow(value, style)
        } else {
            render_inline_or_block(value, style, &indent, true)
        };
        return Edit {
            span: Span::at(end),
            new_text: format!(",{sep}{key_text}: {value_text}"),
        };
    }
    // Block YAML: a new line after the last entry's last line (after a trailing comment).
    let end = line_end(
        text,
        entry_end(text, last)
            .saturating_sub(1)
            .max(last.key_span.start),
    );
    let indent = if text[line_start(text, last.key_span.start)..last.key_span.start]
        .trim()
        .is_empty()
    {
        key_indent
    } else {
        // The last key follows a `- ` on its line: align with the key, not the dash.
        " ".repeat(column(text, last.key_span.start))
    };
    Edit {
        span: Span::at(end),
        new_text: format!(
            "{}{indent}{}",
            style.newline,
            pair(
                &yaml_string(key),
                &render_inline_or_block(value, style, &indent, true)
            )
        ),
    }
}

/// `key: value`, or `key:` followed by a block that starts on the next line.
fn pair(key: &str, value: &str) -> String {
    if value.starts_with(['\n', '\r']) {
        format!("{key}:{value}")
    } else {
        format!("{key}: {value}")
    }
}

fn insert_into_empty(
    text: &str,
    style: &Style,
    mapping: &Node,
    key: &str,
    value: &NewValue,
) -> Edit {
    // `{}` (flow) or an empty value: write a flow mapping with the one entry.
    let span = mapping.span;
    let body = format!("{}: {}", render_key(key, style), render_flow(value, style));
    if is_flow(text, mapping) && span.len() >= 2 {
        Edit {
            span: Span::new(span.start + 1, span.end - 1),
            new_text: format!(" {body} "),
        }
    } else {
        Edit {
            span,
            new_text: format!("{{{body}}}"),
        }
    }
}

fn render_key(key: &str, style: &Style) -> String {
    match style.format {
        Format::Json => json_string(key),
        Format::Yaml => yaml_string(key),
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A YAML string: plain when it reads back as the same string, else double-quoted.
fn yaml_string(s: &str) -> String {
    let plain_ok = !s.is_empty()
        && !s.starts_with(|c: char| " -?:,[]{}#&*!|>'\"%@`".contains(c))
        && !s.ends_with(' ')
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains('\n')
        && !matches!(
            s,
            "true"
                | "false"
                | "True"
                | "False"
                | "TRUE"
                | "FALSE"
                | "null"
                | "Null"
                | "NULL"
                | "~"
                | "yes"
                | "no"
                | "Yes"
                | "No"
                | "YES"
                | "NO"
                | "on"
                | "off"
                | "On"
                | "Off"
        )
        && s.parse::<f64>().is_err()
        // Dates, times and version-like values read differently in YAML 1.1 parsers.
        && !s.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    if plain_ok {
        s.to_string()
    } else {
        json_string(s)
    }
}

/// A value on one line (flow style).
fn render_flow(value: &NewValue, style: &Style) -> String {
    let json = style.format == Format::Json;
    match value {
        NewValue::String(s) => {
            if json {
                json_string(s)
            } else {
                yaml_string(s)
            }
        }
        NewValue::Literal(s) => s.clone(),
        NewValue::List(items) => {
            let parts: Vec<String> = items.iter().map(|i| render_flow(i, style)).collect();
            format!("[{}]", parts.join(", "))
        }
        NewValue::Map(entries) => {
            let parts: Vec<String> = entries
                .iter()
                .map(|(k, v)| format!("{}: {}", render_key(k, style), render_flow(v, style)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        NewValue::Ref(target) => {
            if json {
                format!("{{\"Ref\": {}}}", json_string(target))
            } else if style.short_tags {
                format!("!Ref {target}")
            } else {
                format!("{{Ref: {target}}}")
            }
        }
        NewValue::GetAtt(r, a) => {
            if json {
                format!(
                    "{{\"Fn::GetAtt\": [{}, {}]}}",
                    json_string(r),
                    json_string(a)
                )
            } else if style.short_tags {
                format!("!GetAtt {r}.{a}")
            } else {
                format!("{{\"Fn::GetAtt\": [{r}, {a}]}}")
            }
        }
    }
}

/// A value as written after `key:` at indentation `indent`: a block in YAML (starting with a line
/// break), pretty-printed in JSON.
pub fn render_value(value: &NewValue, style: &Style, indent: &str) -> String {
    render_inline_or_block(value, style, indent, true)
}

/// A value after `key: `: scalars and short lists inline, mappings and lists of mappings as an
/// indented block under the key (YAML) or pretty-printed (JSON). `indent` is the key's
/// indentation.
fn render_inline_or_block(
    value: &NewValue,
    style: &Style,
    indent: &str,
    after_key: bool,
) -> String {
    let simple = value.is_scalar()
        || matches!(value, NewValue::List(items) if items.iter().all(NewValue::is_scalar));
    if simple {
        return render_flow(value, style);
    }
    let nl = style.newline;
    let inner = format!("{indent}{}", style.indent);
    match (style.format, value) {
        (Format::Json, NewValue::Map(entries)) => {
            let parts: Vec<String> = entries
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{inner}{}: {}",
                        json_string(k),
                        render_inline_or_block(v, style, &inner, true)
                    )
                })
                .collect();
            format!("{{{nl}{}{nl}{indent}}}", parts.join(&format!(",{nl}")))
        }
        (Format::Json, NewValue::List(items)) => {
            let parts: Vec<String> = items
                .iter()
                .map(|v| format!("{inner}{}", render_inline_or_block(v, style, &inner, false)))
                .collect();
            format!("[{nl}{}{nl}{indent}]", parts.join(&format!(",{nl}")))
        }
        (Format::Yaml, NewValue::Map(entries)) => {
            let mut out = String::new();
            for (k, v) in entries {
                out.push_str(nl);
                out.push_str(&inner);
                out.push_str(&pair(
                    &yaml_string(k),
                    &render_inline_or_block(v, style, &inner, true),
                ));
            }
            if after_key {
                out
            } else {
                render_flow(value, style)
            }
        }
        (Format::Yaml, NewValue::List(items)) => {
            let mut out = String::new();
            for v in items {
                out.push_str(nl);
                out.push_str(&inner);
                out.push_str("- ");
                let item_indent = format!("{inner}  ");
                match v {
                    NewValue::Map(entries) if !entries.is_empty() => {
                        for (i, (k, val)) in entries.iter().enumerate() {
                            if i > 0 {
                                out.push_str(nl);
                                out.push_str(&item_indent);
                            }
                            out.push_str(&pair(
                                &yaml_string(k),
                                &render_inline_or_block(val, style, &item_indent, true),
                            ));
                        }
                    }
                    other => out.push_str(&render_flow(other, style)),
                }
            }
            if after_key {
                out
            } else {
                render_flow(value, style)
            }
        }
        _ => render_flow(value, style),
    }
}

/// Apply non-overlapping edits to a text (edits that overlap an earlier one are skipped).
/// Returns the new text and how many edits were applied.
pub fn apply(text: &str, edits: &[Edit]) -> (String, usize) {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut applied = 0;
    for e in sorted {
        if e.span.start < pos
            || e.span.end > text.len()
            || !text.is_char_boundary(e.span.start)
            || !text.is_char_boundary(e.span.end)
        {
            continue;
        }
        out.push_str(&text[pos..e.span.start]);
        out.push_str(&e.new_text);
        pos = e.span.end;
        applied += 1;
    }
    out.push_str(&text[pos..]);
    (out, applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn edit_with(text: &str, format: Format, f: impl Fn(&Node, &Style) -> Edit) -> String {
        let root = parse(text, format).root.unwrap();
        let style = Style::of(text, format, &root);
        let edit = f(&root, &style);
        let (out, n) = apply(text, &[edit]);
        assert_eq!(n, 1);
        let reparsed = parse(&out, format);
        assert!(
            reparsed.errors.is_empty(),
            "edit broke the document:\n{out}\n{:?}",
            reparsed.errors
        );
        out
    }

    fn props(root: &Node) -> &Node {
        root.get("Resources")
            .unwrap()
            .get("T")
            .unwrap()
            .get("Properties")
            .unwrap()
    }

    const YAML: &str = "Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Cpu: 256 # small\n      # keep me\n      ContainerDefinitions:\n        - Name: app\n          PortMappings:\n            - HostPort: 0\n              ContainerPort: 80\n\n      Memory: 512\n";

    #[test]
    fn yaml_insert_keeps_comments_and_indentation() {
        let out = edit_with(YAML, Format::Yaml, |root, style| {
            insert_entry(
                YAML,
                style,
                props(root),
                "NetworkMode",
                &NewValue::str("awsvpc"),
            )
        });
        assert_eq!(
            out,
            YAML.replace(
                "      Memory: 512\n",
                "      Memory: 512\n      NetworkMode: awsvpc\n"
            )
        );
    }

    #[test]
    fn yaml_insert_block_value() {
        let out = edit_with(YAML, Format::Yaml, |root, style| {
            let v = NewValue::Map(vec![(
                "AwsvpcConfiguration".into(),
                NewValue::Map(vec![("Subnets".into(), NewValue::Ref("Subnets".into()))]),
            )]);
            insert_entry(YAML, style, props(root), "NetworkConfiguration", &v)
        });
        assert!(out.ends_with("      Memory: 512\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: {Ref: Subnets}\n"), "{out}");
    }

    #[test]
    fn yaml_remove_first_entry_of_sequence_item() {
        let out = edit_with(YAML, Format::Yaml, |root, style| {
            let c = &props(root)
                .get("ContainerDefinitions")
                .unwrap()
                .as_sequence()
                .unwrap()[0];
            let pm = &c.get("PortMappings").unwrap().as_sequence().unwrap()[0];
            remove_entry(YAML, style, pm, pm.entry("HostPort").unwrap())
        });
        assert!(
            out.contains("            - ContainerPort: 80\n\n      Memory"),
            "{out}"
        );
    }

    #[test]
    fn yaml_remove_whole_line_entry() {
        let out = edit_with(YAML, Format::Yaml, |root, style| {
            remove_entry(YAML, style, props(root), props(root).entry("Cpu").unwrap())
        });
        assert_eq!(out, YAML.replace("      Cpu: 256 # small\n", ""));
    }

    const JSON: &str = "{\n  \"Resources\": {\n    \"T\": {\n      \"Type\": \"AWS::ECS::TaskDefinition\",\n      \"Properties\": {\n        \"Cpu\": \"256\",\n        \"PortMappings\": [{\"ContainerPort\": 80, \"HostPort\": 0}],\n        \"Memory\": \"512\"\n      }\n    }\n  }\n}\n";

    #[test]
    fn json_insert_and_remove() {
        let out = edit_with(JSON, Format::Json, |root, style| {
            insert_entry(
                JSON,
                style,
                props(root),
                "NetworkMode",
                &NewValue::str("awsvpc"),
            )
        });
        assert!(
            out.contains(
                "        \"Memory\": \"512\",\n        \"NetworkMode\": \"awsvpc\"\n      }"
            ),
            "{out}"
        );
        let out = edit_with(JSON, Format::Json, |root, style| {
            let pm = &props(root)
                .get("PortMappings")
                .unwrap()
                .as_sequence()
                .unwrap()[0];
            remove_entry(JSON, style, pm, pm.entry("HostPort").unwrap())
        });
        assert!(out.contains("[{\"ContainerPort\": 80}]"), "{out}");
        let out = edit_with(JSON, Format::Json, |root, style| {
            remove_entry(JSON, style, props(root), props(root).entry("Cpu").unwrap())
        });
        assert!(
            out.contains("\"Properties\": {\n        \"PortMappings\""),
            "{out}"
        );
        let out = edit_with(JSON, Format::Json, |root, style| {
            remove_entry(
                JSON,
                style,
                props(root),
                props(root).entry("Memory").unwrap(),
            )
        });
        assert!(out.contains("\"HostPort\": 0}]\n      }"), "{out}");
    }

    #[test]
    fn json_insert_block_value_uses_file_indent() {
        let out = edit_with(JSON, Format::Json, |root, style| {
            let v = NewValue::Map(vec![(
                "AwsvpcConfiguration".into(),
                NewValue::Map(vec![("Subnets".into(), NewValue::Ref("Subnets".into()))]),
            )]);
            insert_entry(JSON, style, props(root), "NetworkConfiguration", &v)
        });
        assert!(out.contains("\"NetworkConfiguration\": {\n          \"AwsvpcConfiguration\": {\n            \"Subnets\": {\"Ref\": \"Subnets\"}\n          }\n        }\n      }"), "{out}");
    }

    #[test]
    fn yaml_strings_that_need_quotes() {
        assert_eq!(yaml_string("awsvpc"), "awsvpc");
        assert_eq!(yaml_string("512"), "\"512\"");
        assert_eq!(yaml_string("yes"), "\"yes\"");
        assert_eq!(yaml_string("a: b"), "\"a: b\"");
        assert_eq!(yaml_string("!Ref"), "\"!Ref\"");
    }
}
