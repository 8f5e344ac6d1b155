//! A fast hasher for the compiler's own hash maps, keyed by names, kinds and
//! requirement ids.
//!
//! The standard library's SipHash resists hash flooding, which costs about 8 % of
//! `aims check` here; the keys are the workspace's own short names, so this uses the
//! multiply-and-rotate hash of rustc (`FxHasher`), a word at a time. Maps that
//! outputs iterate stay `BTreeMap`s: iteration order over these maps is arbitrary.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with `FxHasher`.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with `FxHasher`.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// rustc's hash: for each word, rotate, xor it in, multiply by a constant.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_hash_equal_and_different_ones_mostly_differ() {
        let hash = |s: &str| {
            let mut hasher = FxHasher::default();
            std::hash::Hash::hash(s, &mut hasher);
            hasher.finish()
        };
        assert_eq!(hash("control_12"), hash("control_12"));
        let distinct: HashSet<u64> = (0..1000).map(|i| hash(&format!("control_{i}"))).collect();
        assert_eq!(distinct.len(), 1000);
        assert_ne!(hash("ab"), hash("abc"));
    }

    #[test]
    fn a_map_finds_what_it_holds() {
        let mut map: FastMap<String, usize> = FastMap::default();
        for i in 0..500 {
            map.insert(format!("iso42001.A.{i}"), i);
        }
        assert!((0..500).all(|i| map[&format!("iso42001.A.{i}")] == i));
        assert!(!map.contains_key("iso42001.A.500"));
    }
}
