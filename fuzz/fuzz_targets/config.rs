//! Fuzz target `config`: see `aims_fuzz::properties::config` for the property checked.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    aims_fuzz::properties::config(&aims_fuzz::properties::text_of(data));
});
