//! The JSON reports' text (`aims report --format json`, `aims export oscal`): what
//! `serde_json::to_string_pretty` writes, byte for byte, but faster.
//!
//! These are the largest documents the tool writes (7.5 MB for the report of a
//! 100k-line workspace), and most of their bytes are line breaks and indents.
//! serde_json's `PrettyFormatter` writes an indent one level at a time; this
//! formatter writes a line break and its whole indent in one copy, with the same
//! layout: two spaces a level, `": "` after a key, `[]` and `{}` when empty.

use std::io;

use serde::Serialize;
use serde_json::ser::Formatter;

/// `value` as pretty-printed JSON followed by a line break.
pub fn to_bytes<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(1 << 16);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Pretty::default());
    value
        .serialize(&mut serializer)
        .map_err(|e| e.to_string())?;
    out.push(b'\n');
    Ok(out)
}

/// A line break followed by enough spaces for 32 levels; deeper lines take more
/// copies of the spaces.
const BREAK: &[u8] = b"\n                                                                ";

/// serde_json's `PrettyFormatter` with two-space indents, writing each line's
/// indent at once.
#[derive(Default)]
struct Pretty {
    /// How many arrays and objects are open.
    depth: usize,
    /// Whether the innermost open array or object has a value yet.
    has_value: bool,
}

impl Pretty {
    /// A line break and the indent of the current depth.
    fn new_line<W: ?Sized + io::Write>(&self, writer: &mut W) -> io::Result<()> {
        let mut spaces = 2 * self.depth;
        let first = spaces.min(BREAK.len() - 1);
        writer.write_all(&BREAK[..1 + first])?;
        spaces -= first;
        while spaces > 0 {
            let more = spaces.min(BREAK.len() - 1);
            writer.write_all(&BREAK[1..1 + more])?;
            spaces -= more;
        }
        Ok(())
    }

    fn open<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.has_value {
            self.new_line(writer)?;
        }
        writer.write_all(bracket)
    }

    fn next_entry<W: ?Sized + io::Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        self.new_line(writer)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_entry(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_entry(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn writes_what_serde_json_pretty_writes() {
        let mut deep = json!("leaf");
        for level in 0..40 {
            deep = if level % 2 == 0 {
                json!([deep, [], {}, 1])
            } else {
                json!({ "k": deep, "empty": [], "none": null })
            };
        }
        let values = [
            json!(null),
            json!([]),
            json!({}),
            json!({ "a": [1, [2, []], { "b": {} }], "c": "é \"q\"\n", "d": [[[]]] }),
            deep,
        ];
        for value in values {
            let expected = serde_json::to_string_pretty(&value).unwrap() + "\n";
            assert_eq!(
                String::from_utf8(to_bytes(&value).unwrap()).unwrap(),
                expected
            );
        }
    }
}
