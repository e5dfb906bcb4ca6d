//! What several native test files share: the app shell rendered at an address, one
//! component rendered with given props, and the options of a run whose record is cut short.

use looplab::ui::Shell;
use yew::ServerRenderer;
use yew::prelude::*;
use yew_router::Router;
use yew_router::history::{AnyHistory, MemoryHistory};

#[derive(Properties, PartialEq, Clone)]
struct ShellAtProps {
    path: String,
}

/// The shell as it renders when the browser's URL fragment is `#{path}`.
#[component]
fn ShellAt(props: &ShellAtProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::with_entries([props.path.clone()]));
    html! {
        <Router {history}>
            <Shell />
        </Router>
    }
}

/// The HTML of the whole app at `#{path}`, rendered natively.
pub fn render_at(path: &str) -> String {
    let path = path.to_string();
    let renderer = ServerRenderer::<ShellAt>::with_props(move || ShellAtProps { path });
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// The HTML of component `C` alone with `props`, rendered natively.
pub fn render_component<C: BaseComponent>(props: C::Properties) -> String {
    let renderer = yew::LocalServerRenderer::<C>::with_props(props);
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// Options for a run whose record stops after `record_bytes` (the program runs on), its
/// loop's machinery recorded or not.
pub fn record_cut_at(record_bytes: usize, machinery: bool) -> looplab::runtime::RunOptions {
    looplab::runtime::RunOptions {
        limits: looplab::runtime::vm::Limits {
            record_bytes,
            ..Default::default()
        },
        machinery,
        ..Default::default()
    }
}
