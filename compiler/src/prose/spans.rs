//! Searches over marker matches. A marker list is a list of (start, end) token
//! spans, sorted and disjoint, so these helpers search it by bisection; every
//! part of the reader that asks "is there a negator just before this phrase?"
//! asks it here.

/// The spans whose end lies in `lo..=hi`.
pub fn ending_in(spans: &[(usize, usize)], lo: usize, hi: usize) -> &[(usize, usize)] {
    let a = spans.partition_point(|&(_, e)| e < lo);
    let b = spans.partition_point(|&(_, e)| e <= hi);
    &spans[a..b.max(a)]
}

/// True when a span starts at token `at`.
pub fn starts_at(spans: &[(usize, usize)], at: usize) -> bool {
    let i = spans.partition_point(|&(s, _)| s < at);
    spans.get(i).is_some_and(|&(s, _)| s == at)
}

/// True when a span covers token `at`.
pub fn covers(spans: &[(usize, usize)], at: usize) -> bool {
    let i = spans.partition_point(|&(_, e)| e <= at);
    spans.get(i).is_some_and(|&(s, _)| s <= at)
}

/// The end of the last span that ends at or before token `at`.
pub fn last_end_before(spans: &[(usize, usize)], at: usize) -> Option<usize> {
    let i = spans.partition_point(|&(_, e)| e <= at);
    i.checked_sub(1).map(|i| spans[i].1)
}

/// True when a marker covers token `s` or starts right at `e`.
pub fn touches(markers: &[(usize, usize)], s: usize, e: usize) -> bool {
    covers(markers, s) || starts_at(markers, e)
}
