//! The browser entry point: Trunk builds this binary to WebAssembly (see `index.html`).
//! Everything it starts lives in the library, in [`looplab::ui`].

// Programs run with the memory limit on (in the worker too, which loads this module): count
// what the process allocates (see `looplab::runtime::memory`).
#[global_allocator]
static ALLOCATOR: looplab::runtime::memory::CountingAllocator =
    looplab::runtime::memory::CountingAllocator;

#[cfg(target_arch = "wasm32")]
fn main() {
    // The page loads this module a second time in a worker, which runs the programs.
    if looplab::ui::run::worker::in_worker() {
        looplab::ui::run::worker::serve();
    } else {
        looplab::ui::start();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("looplab-web runs in the browser: serve it with `make serve` (or `trunk serve`).");
    std::process::exit(2);
}
