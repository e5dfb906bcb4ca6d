//! The frame around every page: header with navigation, the page itself, footer.

use yew::prelude::*;
use yew_router::prelude::*;

use super::nav::{NavLink, SectionNav};
use super::{Route, pages};
use crate::VERSION;

/// Header, the page for the current URL, and footer. Needs a router above it: the browser uses
/// [`super::App`]'s hash router, native tests a memory router.
#[component]
pub fn Shell() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    // The query after the path: what the page should show (filters, where a program came
    // from), part of the address so that links share it and Back brings it back.
    let query = use_location()
        .map(|location| location.query_str().trim_start_matches('?').to_string())
        .unwrap_or_default();

    // The tab's title follows the page, so history entries and bookmarks read well.
    use_effect_with(route.clone(), |route| {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&route.document_title());
        }
    });

    html! {
        <div class="shell">
            <header class="site-header">
                <NavLink to={Route::Home} current={route.clone()} class="brand">
                    <span class="brand-mark" aria-hidden="true">{ "⟳" }</span>
                    { "Looplab" }
                </NavLink>
                <SectionNav current={route.clone()} />
            </header>
            <main id="main" class="page" data-page={route.title()}>
                { pages::render(&route, &query) }
            </main>
            <footer class="site-footer">
                <span data-testid="version">{ format!("Looplab {VERSION}") }</span>
                <span>{ "Runs entirely in your browser: no server sees your code." }</span>
            </footer>
        </div>
    }
}
