; Template structure the engine reads from JSON trees (tree-sitter-json).
; Captures: @cfn.resource (each pair of the top-level Resources object: one resource, its logical
; ID as key).

(document
  (object
    (pair
      key: (string (string_content) @_section)
      value: (object (pair) @cfn.resource))
    (#eq? @_section "Resources")))
