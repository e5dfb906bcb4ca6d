//! Looplab: see Python's asyncio think.
//!
//! This library holds all of Looplab's logic and components; the binaries are thin:
//! - [`cli`]: the native command-line tool `looplab` (`src/main.rs`).
//! - [`ui`]: the yew components of the web app. The browser entry (`src/bin/looplab-web.rs`)
//!   mounts them; native tests render them to HTML with yew's server-side renderer.
//!
//! The pure core (Python front end, runtime, curriculum data) will live beside `ui` and must not
//! depend on yew, web-sys or gloo, so that it builds and is tested natively and fast.

pub mod cli;
pub mod curriculum;
pub mod python;
pub mod runtime;
pub mod ui;

/// Looplab's version, as `Cargo.toml` states it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
