//! Reads and checks the curriculum in `content/` and embeds it in the app as JSON. A mistake
//! in a content file fails the build with its path and line.

use std::path::Path;

#[path = "src/curriculum/load.rs"]
mod load;
// The app uses all of the model; the build script only part of it.
#[allow(dead_code)]
#[path = "src/curriculum/model.rs"]
mod model;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=content/lessons");
    println!("cargo::rerun-if-changed=content/questions");
    println!("cargo::rerun-if-changed=src/curriculum/load.rs");
    println!("cargo::rerun-if-changed=src/curriculum/model.rs");
    for file in load::sources(root) {
        println!("cargo::rerun-if-changed={}", file.display());
    }
    let curriculum = match load::load(root) {
        Ok(curriculum) => curriculum,
        Err(error) => {
            // Relative to the repository, as an editor wants it.
            let error = load::ContentError {
                path: error
                    .path
                    .strip_prefix(root)
                    .unwrap_or(&error.path)
                    .to_path_buf(),
                ..error
            };
            println!("cargo::error={error}");
            std::process::exit(1);
        }
    };
    for program in &curriculum.programs {
        let base = root.join(load::PROGRAMS).join(&program.name);
        println!(
            "cargo::rerun-if-changed={}",
            base.with_extension("py").display()
        );
        println!(
            "cargo::rerun-if-changed={}",
            base.with_extension("out").display()
        );
    }
    // CPython's outputs go in a file of their own: only the native `looplab curriculum check`
    // needs them, and the web app need not carry them (the LLM batch's alone is 119 KB).
    let mut curriculum = curriculum;
    let outputs: std::collections::BTreeMap<String, String> = curriculum
        .programs
        .iter_mut()
        .map(|program| (program.name.clone(), std::mem::take(&mut program.output)))
        .collect();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, json: String| {
        std::fs::write(Path::new(&out).join(name), json).expect("OUT_DIR is writable")
    };
    write(
        "curriculum.json",
        serde_json::to_string(&curriculum).expect("plain data"),
    );
    write(
        "program-outputs.json",
        serde_json::to_string(&outputs).expect("plain data"),
    );
}
