//! Fuzz target `parse`: see `aims_fuzz::properties::parse` for the property checked.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    aims_fuzz::properties::parse(&aims_fuzz::properties::text_of(data));
});
