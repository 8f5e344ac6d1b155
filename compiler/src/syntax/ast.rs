//! The syntax tree: owned, position-carrying, and tolerant of broken input.
//!
//! AIMS has one generic shape, `KIND NAME ["Title"] [{ members }]`, used for top-level
//! declarations and for the items nested inside catalogues (`group`, `clause`, …).
//! The tree records what was written, not what it means: whether `owner` is a field of
//! a `system` is for the checker to say. Missing or unreadable parts are `None` or
//! `ValueKind::Missing`, never a failed parse.

use smol_str::SmolStr;

use crate::text::TextRange;

/// A parsed file: its items, in source order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SourceTree {
    pub items: Vec<Item>,
}

/// `KIND NAME ["Title"] [{ … }]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Item {
    pub kind: Word,
    pub name: Option<Word>,
    pub title: Option<StrLit>,
    pub body: Option<Block>,
    /// The text of the `///` comments just above the item, without the slashes.
    pub doc: Option<String>,
    pub range: TextRange,
}

/// An identifier, path or number used as a name, with its span. The text is a
/// `SmolStr`: names and paths fit inline (23 bytes), so parsing one allocates
/// nothing and copying it into a summary, the symbol table or a claim is a copy.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Word {
    pub text: SmolStr,
    pub range: TextRange,
}

/// A string literal after escape processing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StrLit {
    pub value: String,
    pub range: TextRange,
}

/// `{ … }`: fields and nested items.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Block {
    pub members: Vec<Member>,
    pub range: TextRange,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Member {
    Field(Field),
    Item(Item),
}

/// `name: value`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Word,
    pub value: Value,
    pub range: TextRange,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Value {
    pub kind: ValueKind,
    pub range: TextRange,
}

/// The strings are `SmolStr`s, for the reason given at `Word`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    Str(SmolStr),
    /// An integer as written; the checker decides whether it is in range.
    Int(SmolStr),
    /// `80%`, the digits without the sign.
    Percent(SmolStr),
    /// `2026-11-28`, as written (not yet validated as a calendar date).
    Date(SmolStr),
    /// `2027-01`.
    Month(SmolStr),
    /// `2027-Q4`.
    Quarter(SmolStr),
    /// `6 months`: the amount as written and the unit word.
    Duration {
        amount: SmolStr,
        unit: Word,
    },
    /// A bare word: a reference to a declaration, an enum word, `true` or `false`.
    Ident(SmolStr),
    /// A dotted path, such as a requirement `iso42001.A.6.2.4`.
    Path(SmolStr),
    List(Vec<Value>),
    Record(Block),
    /// Nothing readable was written where a value belongs.
    Missing,
}

impl Item {
    /// The fields of the body, in order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.body.iter().flat_map(|b| b.fields())
    }

    /// The first field with this name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields().find(|f| f.name.text == name)
    }

    /// The items nested in the body.
    pub fn children(&self) -> impl Iterator<Item = &Item> {
        self.body.iter().flat_map(|b| b.items())
    }

    /// The range people think of as the item's name: the name if written, else the kind.
    pub fn name_range(&self) -> TextRange {
        self.name.as_ref().map_or(self.kind.range, |n| n.range)
    }
}

impl Block {
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.members.iter().filter_map(|m| match m {
            Member::Field(f) => Some(f),
            Member::Item(_) => None,
        })
    }

    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.members.iter().filter_map(|m| match m {
            Member::Item(i) => Some(i),
            Member::Field(_) => None,
        })
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields().find(|f| f.name.text == name)
    }
}

impl Value {
    /// The value's text when it is a bare word.
    pub fn as_ident(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::Ident(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The elements of a list, or the value itself when a single value stands where a
    /// list is allowed.
    pub fn elements(&self) -> &[Value] {
        match &self.kind {
            ValueKind::List(values) => values,
            ValueKind::Missing => &[],
            _ => std::slice::from_ref(self),
        }
    }

    /// A short description for messages: "a string", "a list", …
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            ValueKind::Str(_) => "a string",
            ValueKind::Int(_) => "a number",
            ValueKind::Percent(_) => "a percentage",
            ValueKind::Date(_) => "a date",
            ValueKind::Month(_) => "a month",
            ValueKind::Quarter(_) => "a quarter",
            ValueKind::Duration { .. } => "a duration",
            ValueKind::Ident(_) => "a name",
            ValueKind::Path(_) => "a requirement path",
            ValueKind::List(_) => "a list",
            ValueKind::Record(_) => "a record",
            ValueKind::Missing => "nothing",
        }
    }
}
