//! The `looplab` binary as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn looplab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_looplab"))
        .args(args)
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
