//! Reads and checks the curriculum in `content/` and embeds it in the app as JSON. A mistake
//! in a content file fails the build with its path and line. Also lists the standard library's
//! Python modules for the runtime (see `write_library_table`).

use std::path::Path;

#[path = "src/curriculum/load.rs"]
mod load;
// The app uses all of the model; the build script only part of it.
#[allow(dead_code)]
#[path = "src/curriculum/model.rs"]
mod model;

fn main() {
    // Read when the script runs, not when it is compiled: cargo may reuse one compiled script
    // for a copy of the tree elsewhere (another worktree building into the same target).
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir);
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
    write("stdlib.rs", library_table(root));
}

/// The table `src/runtime/modules/stdlib.rs` includes: each module of `stdlib/` (which the web
/// app downloads on first import instead of carrying) with a hash of its text and the modules
/// it imports, the imports of the Python modules the app carries, and natively their texts.
/// Knowing every import ahead lets the web app fetch all a program needs in one round.
fn library_table(root: &Path) -> String {
    let modules = root.join("src/runtime/modules");
    // The standard library's modules, then the third-party packages Looplab stands in for
    // (`site-packages/`), each found by its module name wherever its file is.
    let mut downloaded: Vec<(String, String, &str)> = python_files(&modules.join("stdlib"))
        .into_iter()
        .map(|(name, text)| (name, text, ""))
        .chain(
            python_files(&modules.join("stdlib").join(SITE_PACKAGES))
                .into_iter()
                .map(|(name, text)| (name, text, "site-packages/")),
        )
        .collect();
    downloaded.sort();
    // The model of the simulated network is carried, not downloaded: the capstones' worlds,
    // which the course runs on the page's own thread, take their delays from it.
    let carried: Vec<(String, String)> = downloaded
        .iter()
        .filter(|(name, _, _)| CARRIED_PACKAGES.contains(&name.as_str()))
        .map(|(name, text, _)| (name.clone(), text.clone()))
        .collect();
    downloaded.retain(|(name, _, _)| !CARRIED_PACKAGES.contains(&name.as_str()));
    for pair in downloaded.windows(2) {
        assert!(
            pair[0].0 != pair[1].0,
            "two modules named {} in src/runtime/modules/stdlib/",
            pair[0].0
        );
    }
    let mut embedded = python_files(&modules);
    // The asyncio module's Python parts import as one module.
    let asyncio: Vec<String> = python_files(&root.join("src/runtime/asyncio/library"))
        .iter()
        .flat_map(|(_, text)| imported_modules(text))
        .collect();
    embedded.retain(|(name, _)| !downloaded.iter().any(|(other, _, _)| other == name));
    embedded.extend(carried);
    let mut out = String::from("// Generated by build.rs from src/runtime/modules/stdlib/.\n");
    out.push_str("pub const DOWNLOADED: &[Downloaded] = &[\n");
    for (name, text, folder) in &downloaded {
        out.push_str(&format!(
            "    Downloaded {{ name: {name:?}, folder: {folder:?}, hash: {:#018x}, imports: &{:?} }},\n",
            text_hash(text),
            imported_modules(text)
        ));
    }
    out.push_str("];\npub const EMBEDDED_IMPORTS: &[(&str, &[&str])] = &[\n");
    let mut asyncio_imports = asyncio;
    asyncio_imports.sort();
    asyncio_imports.dedup();
    out.push_str(&format!("    (\"asyncio\", &{asyncio_imports:?}),\n"));
    for (name, text) in &embedded {
        out.push_str(&format!("    ({name:?}, &{:?}),\n", imported_modules(text)));
    }
    out.push_str("];\n#[cfg(not(target_arch = \"wasm32\"))]\n");
    out.push_str("fn bundled(name: &str) -> Option<&'static str> {\n    match name {\n");
    for (name, _, folder) in &downloaded {
        let path = modules.join("stdlib").join(format!("{folder}{name}.py"));
        out.push_str(&format!(
            "        {name:?} => Some(include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("        _ => None,\n    }\n}\n");
    out
}

/// The folder of `stdlib/` that holds the stand-ins for third-party packages.
const SITE_PACKAGES: &str = "site-packages";

/// The modules of `site-packages/` the app carries instead of downloading (see
/// `src/runtime/modules/mod.rs`).
const CARRIED_PACKAGES: &[&str] = &["_netsim"];

/// The `.py` files of `dir` (not below it), sorted: module name (the file's stem) and text.
fn python_files(dir: &Path) -> Vec<(String, String)> {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("the library's folder is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .map(|path| {
            println!("cargo::rerun-if-changed={}", path.display());
            let name = path.file_stem().expect("a .py file").to_string_lossy();
            let text = std::fs::read_to_string(&path).expect("a library file is UTF-8");
            (name.into_owned(), text)
        })
        .collect();
    files.sort();
    files
}

/// The top-level modules a library file imports anywhere in it (in functions too), sorted:
/// each `import a.b, c` or `from a.b import x` that starts a line. (A test checks this against
/// the compiler's own list of the file's imports.)
fn imported_modules(text: &str) -> Vec<String> {
    let mut modules: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        let names: Vec<&str> = if let Some(rest) = line.strip_prefix("import ") {
            rest.split('#').next().unwrap_or("").split(',').collect()
        } else if let Some(rest) = line.strip_prefix("from ") {
            rest.split_whitespace().next().into_iter().collect()
        } else {
            continue;
        };
        for name in names {
            let dotted = name.split_whitespace().next().unwrap_or("");
            let top = dotted.split('.').next().unwrap_or("");
            if !top.is_empty() {
                modules.push(top.to_string());
            }
        }
    }
    modules.sort();
    modules.dedup();
    modules
}

/// FNV-1a, 64 bits: the runtime hashes a downloaded text the same way to know it is the one
/// this build was made with (its copy is in `src/runtime/modules/stdlib.rs`).
fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
