/**
 * @file A tree-sitter grammar for AIMS, the declarative language for AI management systems.
 * @license Apache-2.0
 *
 * It exists so that editors and renderers that highlight with tree-sitter (Neovim's
 * nvim-treesitter, Helix, Zed, GitHub-style code views) colour `.aims` files without the
 * language server. The compiler's own parser (chumsky over a logos lexer, in
 * `compiler/src/syntax/`) stays the reference: this grammar follows its tokens and its
 * shapes, and `test.sh` checks that every example, catalogue and fixture that the
 * compiler reads without a `syntax-error` parses here without an ERROR node.
 *
 * Shapes, as in the compiler:
 *   file        := item*
 *   item        := KIND [NAME] ["Title"] [block]        (`exclude PATH { … }` too)
 *   block       := "{" (field | item)* "}"            (members separated by newlines or commas)
 *   field       := NAME ":" value
 *   value       := string | block string | date | month | quarter | percent | duration
 *                | integer | path | word | list | record
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

module.exports = grammar({
  name: "aims",

  extras: ($) => [/[ \t\r\n\f\uFEFF]/, $.comment, $.doc_comment],

  word: ($) => $.identifier,

  conflicts: ($) => [[$._value, $.duration]],

  rules: {
    source_file: ($) => repeat($.item),

    // `KIND name "Title" { … }`: every part after the kind is optional, as in the
    // compiler (`theme firewalls "Firewalls"` has no body; `exclude PATH { … }` no title).
    item: ($) =>
      prec.right(
        seq(
          field("kind", $.identifier),
          optional(field("name", choice($.identifier, $.path, $.integer))),
          optional(field("title", choice($.string, $.block_string))),
          optional(field("body", $.block)),
        ),
      ),

    block: ($) => seq("{", repeat(seq(choice($.field, $.item), optional(","))), "}"),

    field: ($) => seq(field("name", $.identifier), ":", field("value", $._value)),

    _value: ($) =>
      choice(
        $.string,
        $.block_string,
        $.date,
        $.month,
        $.quarter,
        $.percent,
        $.duration,
        $.integer,
        $.path,
        alias($.identifier, $.word),
        $.list,
        $.record,
      ),

    list: ($) => seq("[", repeat(seq($._value, optional(","))), "]"),

    // A nested record, `{ role: provider, tier: high }`: the same members as a block.
    record: ($) => seq("{", repeat(seq(choice($.field, $.item), optional(","))), "}"),

    // `90 days`: an amount and a unit word. The unit is any word, as in the compiler,
    // which reports an unknown unit as an invalid value rather than a syntax error.
    // (A bare word in value position, an enum value such as `implemented` or a reference
    // such as `head_of_ml`, is an identifier shown as `word`.)
    duration: ($) => seq(field("amount", $.integer), field("unit", alias($.identifier, $.unit))),

    identifier: (_) => /[\p{L}_][\p{L}\p{N}_-]*/u,

    // A dotted requirement path: `iso42001.A.6.2.4`, `soc2.CC6.1`, a bare `6.1.4` inside a
    // catalogue. A trailing dot is kept in the token, as the compiler does for a path that
    // is being typed.
    path: (_) =>
      token(
        choice(
          /[\p{L}_][\p{L}\p{N}_-]*(\.[\p{L}\p{N}_]+)+\.?/u,
          /[\p{L}_][\p{L}\p{N}_-]*\./u,
          /[0-9]+(\.[A-Za-z0-9_]+)+\.?/,
        ),
      ),

    date: (_) => /[0-9]{4}-[0-9]{2}-[0-9]{2}/,
    month: (_) => /[0-9]{4}-[0-9]{2}/,
    quarter: (_) => /[0-9]{4}-[Qq][0-9]/,
    percent: (_) => /[0-9]+%/,
    integer: (_) => /[0-9]+/,

    string: ($) => seq('"', repeat(choice($.string_content, $.escape_sequence)), '"'),
    string_content: (_) => token.immediate(prec(1, /[^"\\\n]+/)),
    escape_sequence: (_) => token.immediate(/\\[^\n]/),

    // `"""…"""`: everything up to the next `"""`.
    block_string: (_) => token(seq('"""', repeat(choice(/[^"]/, /"[^"]/, /""[^"]/)), '"""')),

    // `/// text` documents the next declaration; `////` and more are plain comments, as in
    // the compiler. Neither token has a precedence, so the longest match wins (`////x`
    // is a comment), and for `///x`, which both match, the rule that comes first.
    doc_comment: (_) => token(/\/\/\/([^\/\n][^\n]*)?/),
    comment: (_) => token(/\/\/[^\n]*/),
  },
});
