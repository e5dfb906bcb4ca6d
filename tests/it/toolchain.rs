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

/// The web app's modules import one another without a cycle (a cycle is what made running a
/// program, the playground and the compare page one knot): every `crate::ui::…`, `super::…`
/// and child-module path in `src/ui/` is an edge from its file to the file that defines it,
/// a name a `mod.rs` re-exports (`pub use`) counting as the file it comes from.
#[test]
fn the_ui_modules_import_one_another_without_a_cycle() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources(&root.join("ui"));
    // Each file's module path: src/ui/run/mod.rs is ui::run, src/ui/run/lanes.rs ui::run::lanes.
    let module_of = |path: &std::path::Path| -> Vec<String> {
        let relative = path.strip_prefix(&root).unwrap().with_extension("");
        let mut parts: Vec<String> = relative
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|p| p == "mod") {
            parts.pop();
        }
        parts
    };
    let modules: Vec<Vec<String>> = files.iter().map(|(path, _)| module_of(path)).collect();
    let index_of = |module: &[String]| modules.iter().position(|m| m == module);
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); files.len()];
    for (from, (_, text)) in files.iter().enumerate() {
        let here = &modules[from];
        for reference in paths_in(text) {
            let mut segments = reference.split("::").map(str::to_string);
            let mut target: Vec<String> = match segments.next().as_deref() {
                Some("crate") => vec![],
                Some("super") => here[..here.len() - 1].to_vec(),
                Some(child) => {
                    let mut module = here.clone();
                    module.push(child.to_string());
                    if index_of(&module).is_none() {
                        continue;
                    }
                    module
                }
                None => continue,
            };
            let mut to = match index_of(&target) {
                Some(to) => to,
                // A path that leaves `ui` (crate::runtime, …) is not part of this graph.
                None if !target.is_empty() => continue,
                None => {
                    let Some(first) = segments.next() else {
                        continue;
                    };
                    target.push(first);
                    match index_of(&target) {
                        Some(to) => to,
                        None => continue,
                    }
                }
            };
            for segment in segments {
                target.push(segment.clone());
                match index_of(&target) {
                    Some(deeper) => to = deeper,
                    None => {
                        // A name of the module `to`: if a mod.rs re-exports it, follow it.
                        let reexported = files[to].1.lines().find_map(|line| {
                            let line = line.trim();
                            let rest = line.strip_prefix("pub use ")?;
                            let (module, names) = rest.split_once("::")?;
                            names.contains(segment.as_str()).then(|| module.to_string())
                        });
                        if let Some(module) = reexported {
                            let mut source = modules[to].clone();
                            source.push(module);
                            if let Some(real) = index_of(&source) {
                                to = real;
                            }
                        }
                        break;
                    }
                }
            }
            if to != from && !edges[from].contains(&to) {
                edges[from].push(to);
            }
        }
    }
    // Depth-first search for a back edge.
    fn visit(
        node: usize,
        edges: &[Vec<usize>],
        state: &mut [u8],
        stack: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        state[node] = 1;
        stack.push(node);
        for &next in &edges[node] {
            if state[next] == 1 {
                let start = stack.iter().position(|&n| n == next).unwrap();
                let mut cycle = stack[start..].to_vec();
                cycle.push(next);
                return Some(cycle);
            }
            if state[next] == 0
                && let Some(cycle) = visit(next, edges, state, stack)
            {
                return Some(cycle);
            }
        }
        stack.pop();
        state[node] = 2;
        None
    }
    let mut state = vec![0u8; files.len()];
    for node in 0..files.len() {
        if state[node] == 0
            && let Some(cycle) = visit(node, &edges, &mut state, &mut Vec::new())
        {
            let names: Vec<String> = cycle.iter().map(|&n| modules[n].join("::")).collect();
            panic!("an import cycle in src/ui: {}", names.join(" -> "));
        }
    }
    // The graph is not empty by accident: the pages do import components and run.
    let pages = index_of(&["ui".into(), "pages".into(), "playground".into()]).unwrap();
    assert!(edges[pages].len() >= 3, "{:?}", edges[pages]);
}

/// The module paths a Rust source names in `use` items and expressions: `crate::ui::a::b`,
/// `super::x`, `child::y`, with `{a, b::c}` groups expanded (one level).
fn paths_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for raw in text.lines() {
        let line = raw.trim();
        if line.starts_with("//") {
            continue;
        }
        // An indented `use super::…` is in an inline module (`mod tests`), whose `super` is
        // this very file.
        if raw.starts_with(' ') && line.starts_with("use super::") {
            continue;
        }
        let code = line.strip_prefix("pub ").unwrap_or(line);
        if let Some(rest) = code.strip_prefix("use ") {
            let rest = rest.trim_end_matches(';');
            match rest.split_once("::{") {
                Some((prefix, group)) => {
                    for item in group.trim_end_matches('}').split(',') {
                        let item = item.trim().split(" as ").next().unwrap_or("");
                        if !item.is_empty() && item != "self" {
                            found.push(format!("{prefix}::{item}"));
                        } else if item == "self" {
                            found.push(prefix.to_string());
                        }
                    }
                }
                None => found.push(rest.split(" as ").next().unwrap_or(rest).to_string()),
            }
            continue;
        }
        // Paths in expressions and types: crate::ui::… and super::… only.
        for start in ["crate::ui::", "super::"] {
            let mut search = line;
            while let Some(at) = search.find(start) {
                let tail = &search[at..];
                let end = tail
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(tail.len());
                found.push(tail[..end].trim_end_matches(':').to_string());
                search = &tail[end..];
            }
        }
    }
    found
}

/// The README's layout table names every folder a newcomer meets: each top-level folder and
/// each folder under `src/`, `src/ui/`, `crates/`, `tests/` and `scripts/`, by its path or its
/// name in backticks (`asyncio/` in the runtime's row).
#[test]
fn the_readme_layout_table_matches_the_tree() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = read("README.md");
    let start = readme
        .find("## Layout")
        .expect("README has a Layout section");
    let table = &readme[start..];
    let table = &table[..table[3..].find("\n## ").map_or(table.len(), |end| end + 3)];
    let ignored = ["target", "node_modules", "dist"];
    let mut missing = Vec::new();
    for parent in ["", "src", "src/ui", "crates", "tests", "scripts"] {
        for entry in fs::read_dir(root.join(parent)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !path.is_dir() || name.starts_with('.') || ignored.contains(&name.as_str()) {
                continue;
            }
            let full = if parent.is_empty() {
                name.clone()
            } else {
                format!("{parent}/{name}")
            };
            if !table.contains(&format!("`{full}/")) && !table.contains(&format!("`{name}/`")) {
                missing.push(full);
            }
        }
    }
    missing.sort();
    assert!(missing.is_empty(), "the README's layout omits {missing:?}");
}
