//! Fuzz target `format`: see `aims_fuzz::properties::format` for the property checked.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    aims_fuzz::properties::format(&aims_fuzz::properties::text_of(data));
});
