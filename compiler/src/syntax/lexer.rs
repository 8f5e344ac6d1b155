//! The lexer: AIMS source text to tokens, with logos.
//!
//! Lexing never fails. Bytes that start no token become `Token::Error`, and an
//! unterminated string becomes a string token flagged as unterminated, so the parser
//! can report it once, where it starts, and go on.

use logos::Logos;

use crate::text::TextRange;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\r\n\f\u{FEFF}]+")]
pub enum Token<'s> {
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,

    /// `/// text`, kept so the declaration that follows can show it in hover.
    #[regex(r"///[^\n]*", allow_greedy = true)]
    DocComment(&'s str),
    /// `// text`; `////` and more count as ordinary comments, as in Rust.
    #[regex(r"//([^/\n][^\n]*)?", allow_greedy = true)]
    #[regex(r"////[^\n]*", allow_greedy = true)]
    Comment(&'s str),

    /// A `"…"` string. The flag is false when the line ends before the closing quote.
    #[regex(r#""([^"\\\n]|\\[^\n])*""#, |_| true)]
    #[regex(r#""([^"\\\n]|\\[^\n])*\\?"#, |_| false, priority = 1)]
    Str(bool),
    /// A `"""…"""` block; the flag is false when the file ends before it is closed.
    #[token(r#"""""#, lex_block_string)]
    BlockStr(bool),

    #[regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    Date(&'s str),
    /// A date written another way (`10/03/2026`, `10.03.2026`, `2026/03/10`): read as
    /// one token so that the parser can say how to write it, once.
    #[regex(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}", priority = 10)]
    #[regex(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}")]
    #[regex(r"[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}")]
    OtherDate(&'s str),
    #[regex(r"[0-9]{4}-[0-9]{2}")]
    Month(&'s str),
    #[regex(r"[0-9]{4}-[Qq][0-9]")]
    Quarter(&'s str),
    #[regex(r"[0-9]+%")]
    Percent(&'s str),
    #[regex(r"[0-9]+")]
    Int(&'s str),

    /// A dotted path: `iso42001.A.6.2.4`, `soc2.CC6.1`, or a bare `6.1.4` inside a
    /// catalogue. A trailing dot (`iso42001.A.`) is part of the token, so that what
    /// someone is typing stays one token; the checker reports it.
    #[regex(r"[\p{L}_][\p{L}\p{N}_-]*(\.[\p{L}\p{N}_]+)*\.", priority = 3)]
    #[regex(r"[\p{L}_][\p{L}\p{N}_-]*(\.[\p{L}\p{N}_]+)+")]
    #[regex(r"[0-9]+(\.[A-Za-z0-9_]+)+\.?")]
    Path(&'s str),
    #[regex(r"[\p{L}_][\p{L}\p{N}_-]*")]
    Ident(&'s str),

    Error,
}

fn lex_block_string<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> bool {
    match lex.remainder().find(r#"""""#) {
        Some(end) => {
            lex.bump(end + 3);
            true
        }
        None => {
            lex.bump(lex.remainder().len());
            false
        }
    }
}

impl Token<'_> {
    /// How the token is named in error messages.
    pub fn describe(&self) -> String {
        match self {
            Token::LBrace => "`{`".into(),
            Token::RBrace => "`}`".into(),
            Token::LBracket => "`[`".into(),
            Token::RBracket => "`]`".into(),
            Token::Colon => "`:`".into(),
            Token::Comma => "`,`".into(),
            Token::DocComment(_) | Token::Comment(_) => "a comment".into(),
            Token::Str(_) | Token::BlockStr(_) => "a string".into(),
            Token::Date(s) | Token::Month(s) | Token::Quarter(s) | Token::OtherDate(s) => {
                format!("date `{s}`")
            }
            Token::Percent(s) | Token::Int(s) => format!("number `{s}`"),
            Token::Path(s) | Token::Ident(s) => format!("`{s}`"),
            Token::Error => "an unexpected character".into(),
        }
    }
}

impl std::fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// Lexes the whole text. Comments are returned separately from the tokens the parser
/// sees, because they may stand anywhere.
pub fn lex(text: &str) -> Lexed<'_> {
    let mut tokens = Vec::new();
    let mut comments = Vec::new();
    for (token, span) in Token::lexer(text).spanned() {
        let range = TextRange::from(span);
        match token.unwrap_or(Token::Error) {
            Token::Comment(_) => comments.push(Comment { range, doc: false }),
            Token::DocComment(_) => comments.push(Comment { range, doc: true }),
            token => tokens.push((token, range)),
        }
    }
    Lexed { tokens, comments }
}

#[derive(Debug)]
pub struct Lexed<'s> {
    pub tokens: Vec<(Token<'s>, TextRange)>,
    pub comments: Vec<Comment>,
}

/// A comment with its span; `doc` for `///` comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Comment {
    pub range: TextRange,
    pub doc: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Token<'_>> {
        lex(text).tokens.into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn literals() {
        assert_eq!(
            kinds(r#"2026-11-28 2027-01 2027-Q4 80% 12 "a\"b" iso42001.A.6.2.4 6.1.4 R-001"#),
            vec![
                Token::Date("2026-11-28"),
                Token::Month("2027-01"),
                Token::Quarter("2027-Q4"),
                Token::Percent("80%"),
                Token::Int("12"),
                Token::Str(true),
                Token::Path("iso42001.A.6.2.4"),
                Token::Path("6.1.4"),
                Token::Ident("R-001"),
            ]
        );
    }

    #[test]
    fn unterminated_strings_are_flagged() {
        assert_eq!(
            kinds("\"abc\nx"),
            vec![Token::Str(false), Token::Ident("x")]
        );
        assert_eq!(kinds("\"\"\"abc\n"), vec![Token::BlockStr(false)]);
        assert_eq!(
            kinds("\"\"\"a\n\"b\"\n\"\"\" x"),
            vec![Token::BlockStr(true), Token::Ident("x")]
        );
    }

    #[test]
    fn comments_are_separate() {
        let lexed = lex("/// doc\n// plain\nrole r");
        assert_eq!(lexed.comments.len(), 2);
        assert!(lexed.comments[0].doc && !lexed.comments[1].doc);
        assert_eq!(lexed.tokens.len(), 2);
    }

    #[test]
    fn dates_written_other_ways_are_one_token() {
        assert_eq!(
            kinds("10/03/2026 10.03.2026 10-03-2026 2026/03/10 1/3/26 6.1.2"),
            vec![
                Token::OtherDate("10/03/2026"),
                Token::OtherDate("10.03.2026"),
                Token::OtherDate("10-03-2026"),
                Token::OtherDate("2026/03/10"),
                Token::OtherDate("1/3/26"),
                Token::Path("6.1.2"),
            ]
        );
    }

    #[test]
    fn trailing_dot_stays_in_the_path() {
        assert_eq!(kinds("iso42001.A."), vec![Token::Path("iso42001.A.")]);
        assert_eq!(kinds("iso42001."), vec![Token::Path("iso42001.")]);
    }
}
