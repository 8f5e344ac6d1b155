; Indentation in nvim-treesitter's capture names: one level inside `{ … }` and
; `[ … ]`, back out at the closing bracket.
[
  (block)
  (record)
  (list)
] @indent.begin

[
  "}"
  "]"
] @indent.branch @indent.end

(block_string) @indent.auto

(comment) @indent.auto
