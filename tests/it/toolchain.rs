//! Ground rules of the repository that a build would not catch.
//!
//! The pins that must agree for an offline build: the wasm-bindgen crate in Cargo.lock, the
//! exact requirement in Cargo.toml, and the wasm-bindgen-cli version Trunk is told to use.
//! (scripts/bootstrap installs the CLI at the Cargo.lock version.)

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|error| panic!("reading {path}: {error}"))
}

/// The version Cargo.lock records for the package `name`.
fn locked_version(lock: &str, name: &str) -> String {
    let entry = lock
        .split("[[package]]")
        .find(|entry| entry.contains(&format!("\nname = \"{name}\"\n")))
        .unwrap_or_else(|| panic!("{name} is in Cargo.lock"));
    let line = entry
        .lines()
        .find(|line| line.starts_with("version = "))
        .expect("the entry has a version");
    line.trim_start_matches("version = ")
        .trim_matches('"')
        .to_string()
}

/// The quoted value of `key = "..."` in a TOML text.
fn toml_string(text: &str, key: &str) -> String {
    let line = text
        .lines()
        .find(|line| line.trim_start().starts_with(&format!("{key} =")))
        .unwrap_or_else(|| panic!("{key} is set"));
    let value = line.split_once('=').unwrap().1.trim();
    let value = value.split('#').next().unwrap().trim();
    value.trim_matches('"').to_string()
}

#[test]
fn trunk_uses_the_wasm_bindgen_version_cargo_lock_builds() {
    let locked = locked_version(&read("Cargo.lock"), "wasm-bindgen");
    assert_eq!(toml_string(&read("Trunk.toml"), "wasm_bindgen"), locked);
}

#[test]
fn cargo_toml_pins_wasm_bindgen_exactly() {
    let locked = locked_version(&read("Cargo.lock"), "wasm-bindgen");
    let manifest = read("Cargo.toml");
    let requirement = toml_string(&manifest, "wasm-bindgen");
    assert_eq!(requirement, format!("={locked}"));
}

#[test]
fn trunk_is_offline_and_bootstrap_installs_the_version_it_requires() {
    let trunk = read("Trunk.toml");
    assert_eq!(toml_string(&trunk, "offline"), "true");
    let required = toml_string(&trunk, "trunk-version");
    let bootstrap = read("scripts/bootstrap");
    assert!(
        bootstrap.contains(&format!(
            "TRUNK_VERSION={}\n",
            required.trim_start_matches('=')
        )),
        "scripts/bootstrap installs Trunk {required}"
    );
}

/// The core (the Python front end, the runtime, the curriculum and the pycore crate) is tested
/// natively and must not reach for the browser; pycore is a leaf that knows nothing of the VM.
#[test]
fn the_core_has_no_web_dependencies_and_pycore_no_vm() {
    let web = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut offenders = Vec::new();
    let core = [
        "src/python",
        "src/runtime",
        "src/curriculum",
        "crates/pycore/src",
    ];
    for (path, text) in core.iter().flat_map(|dir| sources(&root.join(dir))) {
        for krate in web {
            if text.contains(&format!("{krate}::")) || text.contains(&format!("use {krate}")) {
                offenders.push(format!("{} uses {krate}", path.display()));
            }
        }
    }
    // A leaf: no dependency on another crate of this workspace (the app and its VM).
    let manifest = read("crates/pycore/Cargo.toml");
    if manifest.contains("path =") || manifest.contains("looplab") {
        offenders.push("crates/pycore/Cargo.toml depends on a crate of the workspace".into());
    }
    assert!(offenders.is_empty(), "{offenders:?}");
}

/// Every Rust source under `dir`, with its text.
fn sources(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                found.push((path, text));
            }
        }
    }
    found
}
