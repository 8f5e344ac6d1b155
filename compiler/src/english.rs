//! English for the words the tools print: a count with its noun in the right number,
//! and a phrase with its first letter in upper case. Every message, summary line and
//! report sentence that counts something uses these, so "1 risk gives" and "3 risks
//! give" are decided in one place.

/// "1 requirement" / "3 requirements": the count and the form for it.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "1 control" / "3 controls", for a noun that takes an `s`.
pub fn count(n: usize, noun: &str) -> String {
    plural(n, noun, &format!("{noun}s"))
}

/// The `s` a regular noun takes after `n`: empty for exactly one.
pub fn plural_suffix<N: Into<i64>>(n: N) -> &'static str {
    if n.into() == 1 { "" } else { "s" }
}

/// The text with its first letter in upper case: "évidence" is "Évidence".
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_is_plural() {
        assert_eq!(plural(1, "risk gives", "risks give"), "1 risk gives");
        assert_eq!(plural(0, "risk gives", "risks give"), "0 risks give");
        assert_eq!(plural(3, "criterion", "criteria"), "3 criteria");
        assert_eq!(count(1, "control"), "1 control");
        assert_eq!(count(0, "gap"), "0 gaps");
        assert_eq!(plural_suffix(1), "");
        assert_eq!(plural_suffix(-1), "s");
        assert_eq!(plural_suffix(90u32), "s");
    }

    #[test]
    fn sentence_case_raises_only_the_first_letter() {
        assert_eq!(sentence_case("évidence is due"), "Évidence is due");
        assert_eq!(sentence_case(""), "");
    }
}
