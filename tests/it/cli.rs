//! The `looplab` binary as a user runs it.

use std::process::{Command, Output};

fn looplab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_looplab"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the looplab binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

#[test]
fn version_prints_the_crate_version() {
    let output = looplab(&["--version"]);
    assert!(output.status.success());
    assert_eq!(
        text(&output.stdout),
        format!("looplab {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_describes_the_options() {
    let output = looplab(&["--help"]);
    assert!(output.status.success());
    let help = text(&output.stdout);
    assert!(help.starts_with("looplab "), "{help}");
    assert!(help.contains("Usage: looplab"), "{help}");
    assert!(help.contains("-V, --version"), "{help}");
}

#[test]
fn an_unknown_command_fails_with_status_2_and_a_hint() {
    let output = looplab(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(
        text(&output.stderr),
        "looplab: unknown command 'frobnicate'\nTry 'looplab --help' for more information.\n"
    );
}

#[test]
fn check_accepts_a_valid_program_silently() {
    let output = looplab(&["check", "tests/programs/033_cancel_and_cleanup.py"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
}

#[test]
fn check_prints_a_syntax_error_as_cpython_does() {
    let path = "tests/syntax_errors/001_missing_colon_async_def.py";
    let output = looplab(&["check", path]);
    assert_eq!(output.status.code(), Some(1));
    let expected = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/syntax_errors/001_missing_colon_async_def.stderr"),
    )
    .unwrap();
    assert_eq!(text(&output.stderr), expected);
}

#[test]
fn dis_prints_the_bytecode_of_every_function_with_its_lines() {
    let dir = std::env::temp_dir().join(format!("looplab-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let program = dir.join("waits.py");
    std::fs::write(
        &program,
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n",
    )
    .unwrap();
    let output = looplab(&["dis", program.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let listing = text(&output.stdout);
    assert!(listing.starts_with("Disassembly of <module>"), "{listing}");
    assert!(listing.contains("Disassembly of main"), "{listing}");
    // Line 4 starts the await in main's listing; line 6 the call in the module's.
    assert!(listing.contains("\n   4 "), "{listing}");
    assert!(listing.contains("\n   6 "), "{listing}");
    assert!(listing.contains("(sleep)"), "{listing}");

    let broken = looplab(&["dis", "tests/syntax_errors/001_missing_colon_async_def.py"]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(broken.stdout.is_empty());
    assert!(text(&broken.stderr).contains("SyntaxError"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_names_a_module_looplab_does_not_have() {
    let dir = std::env::temp_dir().join(format!("looplab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let program = dir.join("crawler.py");
    std::fs::write(&program, "import asyncio\nimport requests\n").unwrap();
    let output = looplab(&["check", program.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(", line 2\n    import requests\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "ModuleNotFoundError: No module named 'requests' (Looplab provides abc, aiohttp, asyncio,"
        ),
        "{stderr}"
    );

    // A program that handles the failed import itself is fine.
    std::fs::write(
        &program,
        "try:\n    import uvloop\nexcept ImportError:\n    uvloop = None\n",
    )
    .unwrap();
    assert_eq!(
        looplab(&["check", program.to_str().unwrap()]).status.code(),
        Some(0)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_reports_a_missing_file() {
    let output = looplab(&["check", "no/such/file.py"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        "looplab: can't open file 'no/such/file.py': No such file or directory\n"
    );
}

#[test]
fn run_exits_with_the_status_a_program_gives_system_exit() {
    let output = looplab(&["run", "tests/builtins/lang_44_exit_status.py"]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(text(&output.stdout), "step 0\nstep 1\nstep 2\n");
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
    let output = looplab(&["run", "tests/builtins/lang_27_uncaught_systemexit.py"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stderr), "fatal: giving up\n");
}

#[test]
fn run_exits_130_on_an_uncaught_keyboard_interrupt_as_python_killed_by_sigint() {
    let output = looplab(&["run", "tests/programs/100_keyboard_interrupt_in_task.py"]);
    assert_eq!(output.status.code(), Some(130));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n"),
        "{stderr}"
    );
    assert!(stderr.ends_with("\nKeyboardInterrupt\n"), "{stderr}");
}

#[test]
fn run_prints_a_traceback_and_exits_1_on_an_uncaught_exception() {
    let output = looplab(&["run", "tests/programs/073_uncaught_task_error.py"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).starts_with("Traceback (most recent call last):\n"));
}

#[test]
fn run_fails_to_print_a_lone_surrogate_as_cpython_does() {
    // The traceback is CPython 3.12's, as `python3.12` prints it for this file (the corpus
    // of tests/builtins/ compares stdout and status only).
    let output = looplab(&["run", "tests/builtins/str_surrogate_print.py"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "start\nkept ");
    assert_eq!(
        text(&output.stderr),
        "Traceback (most recent call last):\n  \
         File \"tests/builtins/str_surrogate_print.py\", line 4, in <module>\n    \
         print('kept', '\\ud800', 'lost')\n\
         UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: \
         surrogates not allowed\n"
    );
}

#[test]
fn run_writes_lone_surrogates_to_stderr_backslash_escaped() {
    let output = run_bytes("surrogate", b"raise ValueError('a\\ud800')\n");
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.ends_with("\nValueError: a\\ud800\n"), "{stderr}");
}

/// Runs `looplab run` on a file holding exactly `bytes`.
fn run_bytes(name: &str, bytes: &[u8]) -> Output {
    let path = std::env::temp_dir().join(format!("looplab-cli-{}-{name}.py", std::process::id()));
    std::fs::write(&path, bytes).expect("a writable temporary file");
    let output = looplab(&["run", path.to_str().expect("a UTF-8 path")]);
    let _ = std::fs::remove_file(&path);
    output
}

#[test]
fn run_honours_a_pep_263_coding_declaration() {
    let latin1 = b"# -*- coding: latin-1 -*-\nprint(\"caf\xe9\", len(\"\xe9\"))\n";
    let output = run_bytes("latin1", latin1);
    assert_eq!(
        text(&output.stdout),
        "caf\u{e9} 1\n",
        "{}",
        text(&output.stderr)
    );
    // On the second line, after a comment (a `#!` line).
    let second = b"#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint(\"\xe9\")\n";
    assert_eq!(text(&run_bytes("second", second).stdout), "\u{e9}\n");
    // Not after code on the first line: the file is then UTF-8, and this one is not.
    let late = b"x = 1\n# coding: latin-1\nprint(\"\xe9\")\n";
    let output = run_bytes("late", late);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).starts_with("SyntaxError: Non-UTF-8 code starting with '\\xe9'"),
        "{}",
        text(&output.stderr)
    );
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "unknown",
            b"# coding: klingon\nprint(1)\n",
            "SyntaxError: encoding problem: klingon\n",
        ),
        (
            "ascii",
            b"# coding: ascii\nprint(\"\xe9\")\n",
            "SyntaxError: encoding problem: ascii\n",
        ),
        (
            "bom",
            b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",
            "SyntaxError: encoding problem: iso-8859-1 with BOM\n",
        ),
    ];
    for (name, bytes, expected) in cases {
        let output = run_bytes(name, bytes);
        assert_eq!(
            (output.status.code(), text(&output.stderr)),
            (Some(1), expected.to_string()),
            "{name}"
        );
    }
}

/// `looplab run` has no step limit unless asked for one: a plain-Python loop CPython finishes
/// runs to its end (the browser stops it at 20,000,000 steps without an await); with
/// `--max-steps N` the run stops after N, with the limit's message and exit status 4.
#[test]
fn run_has_no_step_limit_unless_max_steps_sets_one() {
    use looplab::cli::run_options;
    let options = run_options("x.py", false, None);
    assert_eq!(options.limits.steps_without_await, u64::MAX);
    assert_eq!(options.limits.total_steps, u64::MAX);
    let defaults = looplab::runtime::vm::Limits::default();
    assert_eq!(options.limits.memory_bytes, defaults.memory_bytes);
    assert_eq!(run_options("x.py", true, Some(500)).limits.total_steps, 500);

    let path = std::env::temp_dir().join(format!("looplab-cli-{}-spin.py", std::process::id()));
    std::fs::write(&path, "total = 0\nwhile True:\n    total += 1\n").expect("writable");
    let output = looplab(&["run", "--max-steps", "1000", path.to_str().expect("UTF-8")]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(output.status.code(), Some(4));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("LooplabLimitError"), "{stderr}");
    for bad in [
        &["run", "--max-steps", "0", "x.py"][..],
        &["run", "x.py", "--max-steps"],
    ] {
        let output = looplab(bad);
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        assert!(
            text(&output.stderr).contains("--max-steps needs a number"),
            "{bad:?}"
        );
    }
}
