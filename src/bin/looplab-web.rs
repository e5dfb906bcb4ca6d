//! The browser entry point: Trunk builds this binary to WebAssembly (see `index.html`).
//! Everything it starts lives in the library, in [`looplab::ui`].

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
