//! Coverage-guided fuzzing of the Python front end: any bytes must compile or fail with a
//! compile error, never panic or hang. Run with `cargo fuzz run compile` (see README).
#![no_main]

use libfuzzer_sys::fuzz_target;
use looplab::python::{compile, source::SourceFile};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let source = SourceFile::new("fuzz.py", &text);
    if let Err(error) = compile(&source) {
        // Rendering reads the positions back out of the source: it must not panic either.
        let _ = error.render("fuzz.py");
    }
});
