//! Every native integration test, in one test binary: a change relinks one executable, not
//! one per file. (The browser tests, `tests/browser.rs`, build for wasm32 and stay apart.)
//!
//! Tests run on parallel threads of this one process, so nothing here may replace process-wide
//! state for everyone: a test that wants its own panics quiet or recorded asks
//! [`panics::captured`], which touches only its thread.
#![cfg(not(target_arch = "wasm32"))]

// Programs run with the memory limit on, as in the CLI: count what the process allocates.
#[global_allocator]
static ALLOCATOR: looplab::runtime::memory::CountingAllocator =
    looplab::runtime::memory::CountingAllocator;

mod common;
mod panics;

mod bank;
mod came_from;
mod capstone;
mod cli;
mod compare;
mod conformance;
mod course;
mod crash;
mod curriculum;
mod editor;
mod frontend;
mod fuzz;
mod fuzz_seeds;
mod goldens;
mod layout;
mod lesson_checks;
mod limits;
mod moments;
mod narration;
mod playground;
mod printed;
mod queue_mirror;
mod runtime_api;
mod share;
mod shell;
mod shortcuts;
mod summary;
mod toolchain;
mod wire;
