#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsgraph_fuzz::read_jsonl(data));
