//! Applying fixes to text, for `aims fix`: the same edits the editor offers as quick
//! fixes, gathered from diagnostics, grouped per file, applied from the end of each
//! file so that offsets stay valid, and never two that overlap (the later one waits
//! for the next run, when its diagnostic is computed afresh).

use std::collections::BTreeMap;

use crate::diagnostics::{Code, Diagnostic};
use crate::text::TextRange;

/// Codes whose fix is a stub for a person to complete rather than a correction:
/// `aims exclude --gaps` writes those, `aims fix` leaves them unless asked by name.
pub const STUB_FIXES: &[Code] = &[Code::RequirementGap];

/// The fixes chosen for each file: the edits and the titles of the fixes applied.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Per file (as the diagnostics name it): edits in text order.
    pub edits: BTreeMap<String, Vec<(TextRange, String)>>,
    /// `file: title` of each fix taken.
    pub applied: Vec<String>,
    /// Fixes left out because they overlap one already taken.
    pub skipped: usize,
}

/// Chooses the fixes of `diagnostics` to apply: those of the code `only` when given,
/// else every fix except the stubs of `STUB_FIXES`.
pub fn plan(diagnostics: &[Diagnostic], only: Option<Code>) -> Plan {
    let mut plan = Plan::default();
    for d in diagnostics {
        let Some(fix) = &d.fix else { continue };
        let wanted = match only {
            Some(code) => d.code == code,
            None => !STUB_FIXES.contains(&d.code),
        };
        if !wanted {
            continue;
        }
        let overlaps = fix.edits.iter().any(|edit| {
            plan.edits
                .get(&edit.location.file)
                .is_some_and(|taken| taken.iter().any(|(r, _)| overlap(*r, edit.location.range)))
        });
        if overlaps {
            plan.skipped += 1;
            continue;
        }
        for edit in &fix.edits {
            let edits = plan.edits.entry(edit.location.file.clone()).or_default();
            edits.push((edit.location.range, edit.new_text.clone()));
            edits.sort_by_key(|(r, _)| (r.start, r.end));
        }
        plan.applied
            .push(format!("{}: {}", d.location.file, fix.title));
    }
    plan
}

fn overlap(a: TextRange, b: TextRange) -> bool {
    // Two insertions at one point overlap too: their order would be a guess.
    a.start < b.end && b.start < a.end || a.start == b.start
}

/// `text` with `edits` (in text order, not overlapping) applied.
pub fn apply(text: &str, edits: &[(TextRange, String)]) -> String {
    let mut out = text.to_owned();
    for (range, new_text) in edits.iter().rev() {
        if range.end as usize <= out.len() && out.is_char_boundary(range.start as usize) {
            out.replace_range(range.range(), new_text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(code: Code, file: &str, start: usize, end: usize, text: &str) -> Diagnostic {
        Diagnostic::new(code, file, TextRange::new(start, end), "m").with_fix(
            "t",
            file,
            TextRange::new(start, end),
            text,
        )
    }

    #[test]
    fn overlapping_and_stub_fixes_are_left_out() {
        let diagnostics = [
            fix(Code::UnknownField, "a.aims", 0, 3, "abc"),
            fix(Code::UnknownField, "a.aims", 2, 4, "x"),
            fix(Code::InvalidValue, "a.aims", 6, 7, "y"),
            fix(Code::RequirementGap, "a.aims", 9, 9, "stub"),
        ];
        let plan = plan(&diagnostics, None);
        assert_eq!(plan.applied.len(), 2);
        assert_eq!(plan.skipped, 1);
        assert_eq!(apply("xyz d e fgh", &plan.edits["a.aims"]), "abc d y fgh");
        let only = super::plan(&diagnostics, Some(Code::RequirementGap));
        assert_eq!(only.applied.len(), 1);
    }
}
