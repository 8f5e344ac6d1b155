; Folding: declaration bodies, nested records, lists and `"""` blocks.
[
  (block)
  (record)
  (list)
  (block_string)
] @fold
