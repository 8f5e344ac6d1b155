//! Fuzz target `check`: see `aims_fuzz::properties::check` for the property checked.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    aims_fuzz::properties::check(&aims_fuzz::properties::text_of(data));
});
