//! Fuzz target `prose`: see `aims_fuzz::properties::prose` for the property checked.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    aims_fuzz::properties::prose(&aims_fuzz::properties::text_of(data));
});
