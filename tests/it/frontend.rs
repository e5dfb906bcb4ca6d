//! The Python front end against CPython 3.12: every corpus program compiles, and every broken
//! program fails with exactly CPython's error (the goldens were recorded from python3.12 by
//! `scripts/syntax-goldens`; CI compares without Python).

use std::path::{Path, PathBuf};

use looplab::python::error::{CompileError, ErrorKind};
use looplab::python::{compile, source::SourceFile};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `.py` files of a corpus directory, by name.
fn programs(dir: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("reading {dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    paths.sort();
    paths
}

/// The path as the goldens name it (relative to the repository root).
fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

fn compile_file(path: &Path) -> Result<looplab::python::Program, CompileError> {
    let text = std::fs::read_to_string(path).unwrap();
    compile(&SourceFile::new(relative(path), &text))
}

#[test]
fn every_corpus_program_compiles() {
    let paths = programs("tests/programs");
    assert!(paths.len() >= 40, "the corpus has {} programs", paths.len());
    for path in &paths {
        if let Err(error) = compile_file(path) {
            panic!("{}", error.render(&relative(path)));
        }
    }
}

/// Where Looplab knowingly differs from CPython, and why.
const DEVIATIONS: &[(&str, &str)] = &[];

#[test]
fn broken_programs_fail_exactly_as_cpython_prints() {
    let paths = programs("tests/syntax_errors");
    assert!(paths.len() >= 25, "the corpus has {} programs", paths.len());
    let mut mismatches = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let expected = std::fs::read_to_string(path.with_extension("stderr")).unwrap();
        let got = match compile_file(path) {
            Ok(_) => "(compiled without error)\n".to_string(),
            Err(error) => error.render(&relative(path)),
        };
        let deviation = DEVIATIONS.iter().any(|(file, _)| *file == name);
        if deviation {
            assert_ne!(
                got, expected,
                "{name} now matches CPython: drop it from DEVIATIONS"
            );
            continue;
        }
        if got != expected {
            mismatches.push(format!("--- {name}: expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} differ from CPython:\n{}",
        mismatches.len(),
        paths.len(),
        mismatches.join("\n")
    );
}

/// A field of the small JSON objects the goldens use (`"key": value`).
fn json_field(json: &str, key: &str) -> String {
    let start = json
        .find(&format!("\"{key}\": "))
        .unwrap_or_else(|| panic!("{key} in {json}"))
        + key.len()
        + 4;
    json[start..]
        .split([',', '\n'])
        .next()
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn error_locations_match_cpythons_exception_fields() {
    // 025, 185: compile() and running the file disagree in CPython itself (for 185 compile()
    // says "source code string cannot contain null bytes", without a location); Looplab
    // matches what running prints. 160/162: CPython leaves end_offset None, Looplab says 0
    // (the same caret).
    let differ_in_cpython = ["025_no_block_after_def_at_eof.py", "185_null_byte.py"];
    let mut mismatches = Vec::new();
    for path in programs("tests/syntax_errors") {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if differ_in_cpython.contains(&name.as_str()) || DEVIATIONS.iter().any(|(f, _)| *f == name)
        {
            continue;
        }
        let json = std::fs::read_to_string(path.with_extension("json")).unwrap();
        let error = compile_file(&path).expect_err("a broken program");
        let end_offset = match json_field(&json, "end_offset").as_str() {
            "null" => "0".to_string(),
            other => other.to_string(),
        };
        let expected = (
            json_field(&json, "type").trim_matches('"').to_string(),
            json_field(&json, "lineno"),
            json_field(&json, "offset"),
            json_field(&json, "end_lineno"),
            end_offset,
        );
        let got = (
            error.kind.name().to_string(),
            error.line.to_string(),
            error.offset.to_string(),
            error.end_line.to_string(),
            error.end_offset.to_string(),
        );
        if got != expected {
            mismatches.push(format!("{name}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn a_syntax_error_elsewhere_wins_over_an_unsupported_construct() {
    let text = "match x:\n    case 1:\n        pass\nif y\n    pass\n";
    let error = compile(&SourceFile::new("t.py", text)).unwrap_err();
    assert_eq!(
        (error.kind, error.message.as_str()),
        (ErrorKind::SyntaxError, "expected ':'")
    );
}

#[test]
fn deeply_nested_programs_end_in_cpythons_errors() {
    let cases = [
        (
            format!("x = {}1\n", "-".repeat(5000)),
            "RecursionError: maximum recursion depth exceeded during compilation\n",
        ),
        (
            format!("x = {}1\n", "not ".repeat(5000)),
            "RecursionError: maximum recursion depth exceeded during compilation\n",
        ),
        (
            format!("x = {}\n", ["1"; 5000].join("+")),
            "RecursionError: maximum recursion depth exceeded during compilation\n",
        ),
    ];
    let parser_overflow =
        "MemoryError: Parser stack overflowed - Python source too complex to parse\n";
    let too_deep_for_the_parser = [
        (format!("x = {}1\n", "-".repeat(10_000)), parser_overflow),
        (format!("x = {}1\n", "-".repeat(5967)), parser_overflow),
        (format!("x = {}1\n", "not ".repeat(6000)), parser_overflow),
        (
            format!("x = {}1\n", "-".repeat(5966)),
            "RecursionError: maximum recursion depth exceeded during compilation\n",
        ),
    ];
    for (text, expected) in cases.into_iter().chain(too_deep_for_the_parser) {
        let error = compile(&SourceFile::new("t.py", &text)).unwrap_err();
        assert_eq!(error.render("t.py"), expected);
    }
    // 150 f-strings one inside another: the tokenizer's limit, at the 150th's quote.
    let fstrings = |n: usize| format!("x = {}1{}\n", "f\"{".repeat(n), "}\"".repeat(n));
    let error = compile(&SourceFile::new("t.py", &fstrings(150))).unwrap_err();
    let line = fstrings(150);
    assert_eq!(
        error.render("t.py"),
        format!(
            "  File \"t.py\", line 1\n    {}\n    {}^\nSyntaxError: too many nested f-strings\n",
            line.trim_end(),
            " ".repeat(4 + 149 * 3 + 1)
        )
    );
    assert!(compile(&SourceFile::new("t.py", &fstrings(149))).is_ok());
    // Within CPython's limits, nesting compiles.
    let fine = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert!(compile(&SourceFile::new("t.py", &fine)).is_ok());
    let long_sum = format!("x = {}\n", ["1"; 2000].join("+"));
    assert!(compile(&SourceFile::new("t.py", &long_sum)).is_ok());
    // Where `python3.12 file.py` draws the line (measured): 2,998 prefix operators compile at
    // the top level and 2,997 in a function, one more does not.
    let unary = |n: usize| format!("x = {}1\n", "-".repeat(n));
    let in_def = |n: usize| format!("def f():\n    return {}1\n", "-".repeat(n));
    let sum = |n: usize| format!("x = {}\n", ["1"; 2].repeat(n / 2 + 1)[..n].join("+"));
    for (text, compiles) in [
        (unary(2998), true),
        (unary(2999), false),
        (in_def(2997), true),
        (in_def(2998), false),
        (sum(2999), true),
        (sum(3000), false),
    ] {
        let result = compile(&SourceFile::new("t.py", &text));
        assert_eq!(result.is_ok(), compiles, "{}", &text[..20]);
    }
}
