; Highlighting for AIMS. Capture names are the common ones that Neovim
; (nvim-treesitter), Helix and Zed all map to theme colours. No node is captured by two
; patterns, so the result is the same whether an editor lets the first or the last
; matching pattern win.

(comment) @comment
(doc_comment) @comment.documentation

; The kind word that starts a declaration or a catalogue item: `system`, `control`,
; `exclude`, `clause`, `map`, …
(item
  kind: (identifier) @keyword)

; The declaration's name: `triage`, `R-001`, `iso42001.A.10.4`, `6.1.4`.
(item
  name: (_) @type)

(field
  name: (identifier) @property)

(string) @string
(block_string) @string
(escape_sequence) @string.escape

; Requirement paths in values: `iso42001.A.6.2.4`, `soc2.CC6.1`.
(field
  value: (path) @constant)

(list
  (path) @constant)

[
  (date)
  (month)
  (quarter)
] @string.special

[
  (integer)
  (percent)
] @number

(duration
  unit: (unit) @keyword)

((word) @boolean
  (#any-of? @boolean "true" "false"))

; Status words: where a certification or control honestly stands.
((word) @constant.builtin
  (#any-of? @constant.builtin
    "planned" "in_progress" "implemented" "achieved" "lapsed"))

((word) @variable
  (#not-any-of? @variable
    "true" "false" "planned" "in_progress" "implemented" "achieved" "lapsed"))

[
  "{"
  "}"
  "["
  "]"
] @punctuation.bracket

[
  ":"
  ","
] @punctuation.delimiter
