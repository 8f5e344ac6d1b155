//! The parser: tokens to a `SourceTree`, with chumsky.
//!
//! The grammar is written to be *total*: every sequence of tokens parses. Where the
//! input is broken, a small parser consumes the broken region and emits one error for
//! it (an unclosed `{` or string, a field without a value, stray tokens), and parsing
//! carries on at the next field or declaration. That is what keeps one typo from
//! hiding the rest of the file, and why no chumsky recovery strategy is needed.
//!
//! A block that is never closed ends where the next declaration starts: the file is
//! first given the missing `}` where a reader would put them (`recovery.rs`), and a
//! declaration keyword at the start of a line is never taken as the name or value the
//! text above it still lacks.

use chumsky::input::{Input as _, ValueInput};
use chumsky::prelude::*;

use super::ast::*;
use super::grammar::{
    TOP_LEVEL_ONLY_KINDS, at_line_start, follows_kind, is_nested_kind, item, number_value,
    scalar_value, starts_declaration, string_literal, word,
};
use super::lexer::Token;
use crate::text::TextRange;

type Extra<'t, 's> = extra::Err<Rich<'t, Token<'s>, SimpleSpan>>;

pub(super) fn parse_tokens<'s>(
    text: &'s str,
    tokens: &[(Token<'s>, SimpleSpan)],
) -> (Vec<Item>, Vec<Rich<'static, String, SimpleSpan>>) {
    let eoi = SimpleSpan::from(text.len()..text.len());
    let input = tokens.split_token_span(eoi);
    let (items, errors) = file_parser(text).parse(input).into_output_errors();
    let errors = errors
        .into_iter()
        .map(|e| e.map_token(|t| t.describe()).into_owned())
        .collect();
    (items.unwrap_or_default(), errors)
}

fn range(span: SimpleSpan) -> TextRange {
    TextRange::new(span.start, span.end)
}

fn file_parser<'t, 's: 't, I>(text: &'s str) -> impl Parser<'t, I, Vec<Item>, Extra<'t, 's>>
where
    I: ValueInput<'t, Token = Token<'s>, Span = SimpleSpan>,
{
    let ident = select! { Token::Ident(s) => s };
    let not_colon = just(Token::Colon).not();
    let name_token = select! {
        Token::Ident(s) => s,
        Token::Path(s) => s,
        Token::Int(s) => s,
    };
    // A declaration keyword at the start of a line, followed by a name: the next
    // declaration, never the value or name that the text above is still missing.
    let line_start_declaration = any()
        .try_map(move |token: Token<'s>, span: SimpleSpan| match token {
            Token::Ident(s) if starts_declaration(s) && at_line_start(text, span.start) => Ok(()),
            _ => Err(Rich::custom(span, "not a declaration")),
        })
        .then(select! { t if follows_kind(&t, false) => () })
        .ignored();
    let name = name_token
        .and_is(line_start_declaration.not())
        .map_with(|s: &str, e| word(s, range(e.span())));
    let kind_word = ident.map_with(|s: &str, e| word(s, range(e.span())));

    let string = select! {
        Token::Str(closed) => (closed, false),
        Token::BlockStr(closed) => (closed, true),
    }
    .validate(move |(closed, block), e, emitter| {
        let span: SimpleSpan = e.span();
        if !closed {
            let message = if block {
                "this `\"\"\"` block is never closed: add `\"\"\"` where the text ends"
            } else {
                "this string is never closed: add `\"` before the end of the line"
            };
            emitter.emit(Rich::custom(
                SimpleSpan::from(span.start..span.start + if block { 3 } else { 1 }),
                message,
            ));
        }
        string_literal(text, range(span), closed, block)
    });

    // `KIND name` where KIND only appears at the top level: the start of the next
    // declaration. Used to end unclosed blocks and stray-token runs.
    let top_level_start = ident
        .filter(|k: &&str| TOP_LEVEL_ONLY_KINDS.contains(k))
        .then(select! { t if follows_kind(&t, false) => () })
        .ignored();
    let nested_kind = ident
        .filter(|k: &&str| is_nested_kind(k))
        .then_ignore(not_colon);

    let mut value = Recursive::declare();
    let mut block = Recursive::declare();

    let scalar = chumsky::primitive::select(|token: Token<'s>, _| scalar_value(token));
    let other_date = select! { Token::OtherDate(s) => s }.validate(|s: &str, e, emitter| {
        emitter.emit(Rich::custom(e.span(), other_date_message(s)));
        ValueKind::Missing
    });
    let unit = kind_word
        .and_is(line_start_declaration.not())
        .then_ignore(not_colon);
    let number = select! { Token::Int(s) => s }
        .then(unit.or_not())
        .map(|(amount, unit): (&str, Option<Word>)| number_value(amount, unit));
    let bare_word = ident
        .and_is(line_start_declaration.not())
        .then_ignore(not_colon)
        .map(|s: &str| ValueKind::Ident(s.into()));
    let list = just(Token::LBracket)
        .map_with(|_, e| e.span())
        .then(
            value
                .clone()
                .then_ignore(just(Token::Comma).or_not())
                .repeated()
                .collect::<Vec<Value>>(),
        )
        .then(just(Token::RBracket).or_not())
        .validate(
            |((open, values), close): ((SimpleSpan, Vec<Value>), Option<Token<'s>>), _, emitter| {
                if close.is_none() {
                    emitter.emit(Rich::custom(
                        open,
                        "this `[` is never closed: add `]` after the last element",
                    ));
                }
                ValueKind::List(values)
            },
        );
    let record = block.clone().map(ValueKind::Record);

    value.define(
        choice((
            string.map(|s: StrLit| ValueKind::Str(s.value.into())),
            scalar,
            other_date,
            number,
            bare_word,
            list,
            record,
        ))
        .map_with(|kind, e| Value {
            kind,
            range: range(e.span()),
        })
        .labelled("a value"),
    );

    let field = kind_word
        .then(just(Token::Colon).map_with(|_, e| e.span()))
        .then(value.clone().or_not())
        .validate(
            |((name, colon), value): ((Word, SimpleSpan), Option<Value>), e, emitter| {
                let value = value.unwrap_or_else(|| {
                    emitter.emit(Rich::custom(
                        colon,
                        format!("`{}:` has no value: write one after the colon", name.text),
                    ));
                    Value {
                        kind: ValueKind::Missing,
                        range: range(SimpleSpan::from(colon.end..colon.end)),
                    }
                });
                Field {
                    name,
                    value,
                    range: range(e.span()),
                }
            },
        );

    let item_tail = name
        .or_not()
        .then(string.or_not())
        .then(block.clone().or_not());

    let nested_item = nested_kind
        .map_with(|s: &str, e| word(s, range(e.span())))
        .then(item_tail.clone())
        .map_with(|(kind, tail), e| item(kind, tail, range(e.span())));

    let member_start = ident
        .then(just(Token::Colon))
        .ignored()
        .or(nested_kind.ignored());
    let block_stop = just(Token::RBrace)
        .ignored()
        .or(top_level_start)
        .or(member_start);
    let stray_in_block = any()
        .and_is(block_stop.not())
        .repeated()
        .at_least(1)
        .collect::<Vec<Token<'s>>>()
        .validate(|tokens, e, emitter| {
            emitter.emit(Rich::custom(e.span(), stray_in_block_message(&tokens)));
        });

    let member = choice((
        field.map(|f| Some(Member::Field(f))),
        nested_item.map(|i| Some(Member::Item(i))),
        stray_in_block.map(|_| None),
    ))
    .then_ignore(just(Token::Comma).or_not());

    block.define(
        just(Token::LBrace)
            .map_with(|_, e| e.span())
            .then(member.repeated().collect::<Vec<Option<Member>>>())
            .then(just(Token::RBrace).or_not())
            .validate(
                |((open, members), close): (
                    (SimpleSpan, Vec<Option<Member>>),
                    Option<Token<'s>>,
                ),
                 e,
                 emitter| {
                    if close.is_none() {
                        emitter.emit(Rich::custom(open, super::recovery::UNCLOSED_BLOCK));
                    }
                    Block {
                        members: members.into_iter().flatten().collect(),
                        range: range(e.span()),
                    }
                },
            ),
    );

    let item_start = ident
        .filter(|k: &&str| starts_declaration(k))
        .then(select! { t if follows_kind(&t, true) => () })
        .ignored();
    let top_item = item_start
        .rewind()
        .ignore_then(kind_word)
        .then(item_tail)
        .map_with(|(kind, tail), e| item(kind, tail, range(e.span())));
    let stray_at_top = any()
        .and_is(item_start.not())
        .repeated()
        .at_least(1)
        .collect::<Vec<Token<'s>>>()
        .validate(|tokens, e, emitter| {
            emitter.emit(Rich::custom(e.span(), stray_at_top_message(&tokens)));
        });

    top_item
        .map(Some)
        .or(stray_at_top.map(|_| None))
        .repeated()
        .collect::<Vec<Option<Item>>>()
        .map(|items| items.into_iter().flatten().collect())
        .then_ignore(end())
}

/// What to say about a date written as day/month/year (or another order): how AIMS
/// writes it, with the reading that is certain, or both readings when it is not.
pub(crate) fn other_date_message(written: &str) -> String {
    let parts: Vec<u32> = written
        .split(['/', '.', '-'])
        .filter_map(|p| p.parse().ok())
        .collect();
    let lead = format!("`{written}` is not a date AIMS reads: write dates as YYYY-MM-DD");
    let [a, b, c] = parts[..] else {
        return lead;
    };
    let iso = |y: u32, m: u32, d: u32| format!("`{y:04}-{m:02}-{d:02}`");
    let valid = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    if written.find(['/', '.', '-']) == Some(4) {
        return if valid(b, c) {
            format!("{lead}: {}", iso(a, b, c))
        } else {
            lead
        };
    }
    let year = if c < 100 { 2000 + c } else { c };
    match (valid(b, a), valid(a, b)) {
        (true, true) if a != b => format!(
            "{lead}: {} if it means day {a} of month {b}, {} if month {a}, day {b}",
            iso(year, b, a),
            iso(year, a, b)
        ),
        (true, _) => format!("{lead}: {}", iso(year, b, a)),
        (false, true) => format!("{lead}: {}", iso(year, a, b)),
        (false, false) => lead,
    }
}

fn stray_in_block_message(tokens: &[Token<'_>]) -> String {
    match tokens {
        [Token::Ident(name), next, ..] if starts_value(next) => {
            format!("expected `:` after the field name `{name}`")
        }
        [Token::Ident(name)] => {
            format!("`{name}` on its own is not a field: write `{name}: value`")
        }
        [first, ..] => format!(
            "unexpected {}: expected a field such as `owner: ciso`",
            first.describe()
        ),
        [] => "unexpected input".to_owned(),
    }
}

fn stray_at_top_message(tokens: &[Token<'_>]) -> String {
    match tokens {
        [Token::RBrace, ..] => "unexpected `}`: there is no `{` for it to close".to_owned(),
        [
            Token::Ident(kind),
            Token::Ident(_) | Token::Path(_) | Token::Str(_) | Token::LBrace,
            ..,
        ] => {
            let kinds = TOP_LEVEL_ONLY_KINDS.iter().copied().chain(["control"]);
            match crate::suggest::closest(kind, kinds) {
                Some(best) => {
                    format!("`{kind}` is not a kind of declaration: did you mean `{best}`?")
                }
                None => format!(
                    "`{kind}` is not a kind of declaration: declarations start with one of {}, control",
                    TOP_LEVEL_ONLY_KINDS.join(", ")
                ),
            }
        }
        [Token::Ident(name), Token::Colon, ..] => format!(
            "the field `{name}` is outside any declaration: move it inside the `{{ … }}` it belongs to"
        ),
        [first, ..] => format!(
            "unexpected {}: expected a declaration such as `system triage \"Title\" {{ … }}`",
            first.describe()
        ),
        [] => "unexpected input".to_owned(),
    }
}

fn starts_value(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::Ident(_)
            | Token::Path(_)
            | Token::Str(_)
            | Token::BlockStr(_)
            | Token::Date(_)
            | Token::Month(_)
            | Token::Quarter(_)
            | Token::Int(_)
            | Token::Percent(_)
            | Token::LBracket
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_other_ways_say_how_to_write_them() {
        assert_eq!(
            other_date_message("25/12/2026"),
            "`25/12/2026` is not a date AIMS reads: write dates as YYYY-MM-DD: `2026-12-25`"
        );
        assert_eq!(
            other_date_message("10/03/2026"),
            "`10/03/2026` is not a date AIMS reads: write dates as YYYY-MM-DD: `2026-03-10` if it means day 10 of month 3, `2026-10-03` if month 10, day 3"
        );
        assert!(other_date_message("2026/03/10").ends_with(": `2026-03-10`"));
        assert!(other_date_message("3/3/26").ends_with(": `2026-03-03`"));
        assert!(other_date_message("40/40/2026").ends_with("YYYY-MM-DD"));
    }
}
