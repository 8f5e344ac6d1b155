; Indentation in Helix's capture names (Helix does not read nvim-treesitter's):
; one level inside `{ … }` and `[ … ]`, back out at the closing bracket.
[
  (block)
  (record)
  (list)
] @indent

[
  "}"
  "]"
] @outdent
