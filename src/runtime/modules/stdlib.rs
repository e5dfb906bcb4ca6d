//! Where the Python of the standard library's modules in `stdlib/` comes from. They are most
//! of the library's Python (`logging`, `datetime`, `re`, `collections`, ...), and a program
//! that imports none of them should not download them: so the web app carries none of these
//! texts in its WebAssembly. The site serves them as files (`stdlib/<module>.py`), and the
//! worker that runs programs fetches those a program may import before it runs it, giving them
//! to [`provide`]. An import that still finds its module missing (one made by `exec`, say) is
//! noted, and the worker fetches it and runs the program again: a run is deterministic, so
//! the second run is the first one with the module there. Natively (the CLI, the tests, server
//! rendering) every text is built in, and nothing is ever missing.
//!
//! The stand-ins for third-party packages (`aiohttp`, `httpx`, `openai`, and the simulated
//! network's servers `_networld` behind them) are in `stdlib/site-packages/`, served the same
//! way (`stdlib/site-packages/<module>.py`) and imported by their module names. The network's
//! model beside them, `_netsim`, is carried like the modules below.
//!
//! The modules Looplab carries in Python (`time`, `sys`, `typing`, `functools`, `contextlib`,
//! `contextvars`, asyncio's own parts) stay in the WebAssembly: the course's programs import
//! them, and the course checks answers on the page's own thread, which fetches nothing (the
//! capstones' worlds import `_netsim`).

use std::cell::RefCell;
use std::collections::BTreeSet;
#[cfg(target_arch = "wasm32")]
use std::collections::HashMap;

use std::rc::Rc;

/// A module of `stdlib/`: its name (the file's stem), the folder of `stdlib/` its file is in
/// (`""`, or `"site-packages/"` for the stand-ins of third-party packages such as `aiohttp`),
/// the hash of its text ([`text_hash`]) and the top-level modules it imports anywhere in it.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Downloaded {
    pub name: &'static str,
    pub folder: &'static str,
    pub hash: u64,
    pub imports: &'static [&'static str],
}

// DOWNLOADED, EMBEDDED_IMPORTS and (natively) `bundled`, made by build.rs from the files.
include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

impl Downloaded {
    /// Where the site serves it, relative to the app's own files.
    pub fn path(&self) -> String {
        format!("stdlib/{}{}.py", self.folder, self.name)
    }
}

/// The module of `stdlib/` named `name`, if it is one.
pub fn downloaded(name: &str) -> Option<&'static Downloaded> {
    DOWNLOADED.iter().find(|module| module.name == name)
}

/// The modules of `stdlib/` that importing the top-level modules `roots` may import, in name
/// order: each downloaded module under a root's name (`concurrent` brings
/// `concurrent.futures`), and what those and the modules Looplab carries import in turn.
pub fn closure<'a>(roots: impl IntoIterator<Item = &'a str>) -> Vec<&'static Downloaded> {
    let mut found = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut pending: Vec<&str> = roots.into_iter().collect();
    while let Some(name) = pending.pop() {
        if !seen.insert(name) {
            continue;
        }
        for module in DOWNLOADED {
            let under = module
                .name
                .strip_prefix(name)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'));
            if under && found.insert(module) {
                pending.extend(module.imports);
            }
        }
        for (_, imports) in EMBEDDED_IMPORTS
            .iter()
            .filter(|(module, _)| *module == name)
        {
            pending.extend(imports.iter());
        }
    }
    found.into_iter().collect()
}

/// The modules of `stdlib/` that running `source` may import: those of its imports (none if
/// it does not compile: the run will say why).
pub fn needed_by(source: &str) -> Vec<&'static Downloaded> {
    let file = crate::python::source::SourceFile::new("main.py", source);
    match crate::python::compile(&file) {
        Ok(program) => closure(program.imports.iter().map(|import| &*import.module)),
        Err(_) => Vec::new(),
    }
}

/// FNV-1a, 64 bits, as build.rs hashes the files: a fetched text whose hash differs is some
/// other build's.
pub fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The text of the module `module` of `stdlib/`, or why there is none, in a sentence that
/// follows "ModuleNotFoundError: ".
pub fn text(module: &'static Downloaded) -> Result<Rc<str>, String> {
    USED.with_borrow_mut(|used| used.insert(module.name));
    #[cfg(not(target_arch = "wasm32"))]
    {
        Ok(Rc::from(
            bundled(module.name).expect("build.rs bundles every module of stdlib/"),
        ))
    }
    #[cfg(target_arch = "wasm32")]
    {
        match PROVIDED.with_borrow(|provided| provided.get(module.name).cloned()) {
            Some(Ok(text)) => Ok(text),
            Some(Err(why)) => Err(format!(
                "Looplab could not download its '{}' module from {}: {why}",
                module.name,
                module.path()
            )),
            None => {
                MISSED.with_borrow_mut(|missed| missed.insert(module.name));
                Err(format!(
                    "Looplab has not downloaded its '{}' module: only the page's background worker downloads modules, and this run had none",
                    module.name
                ))
            }
        }
    }
}

thread_local! {
    /// The modules imports asked for since [`take_used`] was last called.
    static USED: RefCell<BTreeSet<&'static str>> = RefCell::default();
}

/// The modules of `stdlib/` imports asked for (had or not) since the last call, by name.
pub fn take_used() -> Vec<&'static str> {
    USED.with_borrow_mut(std::mem::take).into_iter().collect()
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Each module fetched so far: its text, or why it could not be had.
    static PROVIDED: RefCell<HashMap<&'static str, Result<Rc<str>, String>>> = RefCell::default();
    /// The modules imports found missing since [`take_missed`] was last called.
    static MISSED: RefCell<BTreeSet<&'static str>> = RefCell::default();
}

/// Whether `module`'s text is here (fetched, or built in).
pub fn is_provided(module: &Downloaded) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        PROVIDED.with_borrow(|provided| matches!(provided.get(module.name), Some(Ok(_))))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = module;
        true
    }
}

/// Gives the runtime a module's text as fetched (or why the fetch failed). A text that is not
/// the one this build was made with counts as a failure: its Python may not fit the natives.
#[cfg(target_arch = "wasm32")]
pub fn provide(module: &'static Downloaded, fetched: Result<String, String>) {
    let entry = match fetched {
        Ok(text) if text_hash(&text) == module.hash => Ok(Rc::from(text)),
        Ok(_) => Err("the site has another version of the file (reload the page)".to_string()),
        Err(why) => Err(format!(
            "{why} (check the connection and run the program again)"
        )),
    };
    PROVIDED.with_borrow_mut(|provided| provided.insert(module.name, entry));
}

/// The modules imports found missing (never fetched) since the last call, by name.
#[cfg(target_arch = "wasm32")]
pub fn take_missed() -> Vec<&'static str> {
    MISSED.with_borrow_mut(std::mem::take).into_iter().collect()
}

// Natively, where every text is built in.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn each_module_imports_what_the_build_script_found() {
        for module in DOWNLOADED {
            let text = bundled(module.name).unwrap();
            let file = crate::python::source::SourceFile::new(module.name, text);
            let program = crate::python::compile(&file).unwrap();
            let imports: BTreeSet<&str> = program.imports.iter().map(|i| &*i.module).collect();
            let listed: BTreeSet<&str> = module.imports.iter().copied().collect();
            assert_eq!(listed, imports, "{}", module.name);
            assert_eq!(text_hash(text), module.hash, "{}", module.name);
        }
    }

    #[test]
    fn a_program_needs_what_its_imports_import() {
        let names = |source: &str| -> Vec<&str> {
            needed_by(source).iter().map(|module| module.name).collect()
        };
        assert_eq!(names("import asyncio\nimport time\n"), Vec::<&str>::new());
        // logging imports threading; os imports posixpath; collections its abc.
        assert_eq!(names("import logging\n"), ["logging", "threading"]);
        assert_eq!(names("def f():\n    import os\n"), ["os", "posixpath"]);
        assert_eq!(
            names("from collections import deque\n"),
            ["_collections_abc", "abc", "collections", "operator"]
        );
        // A package brings its submodules; typing's NamedTuple needs collections.
        assert_eq!(
            names("import concurrent.futures"),
            ["concurrent.futures", "traceback"]
        );
        assert!(names("from typing import NamedTuple").contains(&"collections"));
        assert_eq!(names("import asyncio\nprint(("), Vec::<&str>::new());
    }

    #[test]
    fn the_stand_ins_for_packages_are_downloaded_from_site_packages() {
        let aiohttp = downloaded("aiohttp").unwrap();
        assert_eq!(aiohttp.path(), "stdlib/site-packages/aiohttp.py");
        assert_eq!(downloaded("re").unwrap().path(), "stdlib/re.py");
        let names: Vec<&str> = needed_by("import openai\n")
            .iter()
            .map(|m| m.name)
            .collect();
        for module in [
            "_networld",
            "httpx",
            "openai",
            "urllib.parse",
            "dataclasses",
        ] {
            assert!(names.contains(&module), "{module} in {names:?}");
        }
        assert!(
            !names.contains(&"_netsim") && !names.contains(&"aiohttp"),
            "{names:?}"
        );
        for module in ["aiohttp", "httpx", "openai", "_networld"] {
            assert_eq!(
                downloaded(module).unwrap().folder,
                "site-packages/",
                "{module}"
            );
        }
        // The network's model is carried: the capstones' worlds use it on the page's thread.
        assert!(downloaded("_netsim").is_none());
        assert!(needed_by("import _netsim\n").is_empty());
    }

    #[test]
    fn the_hash_is_fnv_1a() {
        assert_eq!(text_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(text_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
