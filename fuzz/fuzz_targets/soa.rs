//! Fuzz target `soa`: see `aims_fuzz::properties::soa` for the property checked.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    aims_fuzz::properties::soa(data);
});
