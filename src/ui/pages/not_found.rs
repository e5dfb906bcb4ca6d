use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::Route;
use crate::ui::nav::NavLink;

/// Shown for an address that names no page, e.g. a mistyped link.
#[component]
pub fn NotFoundPage() -> Html {
    let path = use_location().map(|location| location.path().to_string());
    html! {
        <>
            <h1>{ "Page not found" }</h1>
            <p>
                { "Looplab has no page at " }
                <code>{ path.unwrap_or_default() }</code>
                { ". " }
                <NavLink to={Route::Home} current={Route::NotFound}>{ "Go to the start page" }</NavLink>
                { " or pick a section above." }
            </p>
        </>
    }
}
