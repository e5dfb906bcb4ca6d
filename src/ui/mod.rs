//! The web app: the [`App`] the browser mounts, its [`Shell`] (header, navigation, the page for
//! the route) and the routes themselves, with the few helpers every page shares (storage,
//! share links, the crash banner, the query after a route and where a program came from). The rest is in three layers that import only downwards:
//! [`pages`] (one module per page, the playground and the compare page included) use
//! [`components`] (the reusable pieces: editor, timeline, keys, narration…) and [`run`]
//! (running a program in a worker and building the run a page shows); `run` uses no page,
//! and `components` no page either.
//!
//! Components render and dispatch; state lives in reducers and web APIs stay in effects, so that
//! every page also renders natively (yew's server-side renderer) in `cargo test`.

pub mod came_from;
pub mod components;
pub mod crash;
mod nav;
pub mod pages;
pub mod query;
pub mod route;
pub mod run;
pub mod share;
mod shell;
pub mod storage;

pub use route::Route;
pub use shell::Shell;

use yew::prelude::*;
use yew_router::HashRouter;

/// The whole app as the browser runs it. Routes live in the URL's fragment (`#/lessons`), so
/// any static file server can serve Looplab and a link opens its page directly.
#[component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <Shell />
        </HashRouter>
    }
}

/// Starts the app in the browser: installs the crash banner, then mounts [`App`] in `#app`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crash::install_panic_hook();
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("Looplab runs in a browser page");
    let root = document
        .get_element_by_id("app")
        .expect("index.html has an element with id=\"app\"");
    // Replace the "Loading Looplab" placeholder that shows until the wasm has arrived.
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}

/// A `data:` URL holding `text`, for a link that downloads it (`<a download>`): no web API
/// and no object URL to revoke.
pub fn data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", query::percent_encode(text))
}
