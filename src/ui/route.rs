//! The pages of the app and their addresses.

use yew_router::Routable;

/// A page of the app. The path goes after `#` in the URL, e.g. `index.html#/playground`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/lessons")]
    Lessons,
    #[at("/playground")]
    Playground,
    /// Two programs side by side on one shared virtual clock.
    #[at("/compare")]
    Compare,
    #[at("/interview")]
    Interview,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The sections the header links to, in the order shown.
    pub const SECTIONS: [Route; 4] = [
        Route::Lessons,
        Route::Playground,
        Route::Compare,
        Route::Interview,
    ];

    /// The page's name, as the navigation and the browser tab show it.
    pub fn title(self) -> &'static str {
        match self {
            Route::Home => "Home",
            Route::Lessons => "Lessons",
            Route::Playground => "Playground",
            Route::Compare => "Compare",
            Route::Interview => "Interview questions",
            Route::NotFound => "Page not found",
        }
    }

    /// The `href` of a link to this page.
    pub fn href(self) -> String {
        format!("#{}", self.to_path())
    }

    /// The browser tab's title on this page.
    pub fn document_title(self) -> String {
        match self {
            Route::Home => "Looplab: see asyncio think".to_string(),
            page => format!("{} · Looplab", page.title()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_a_path_that_leads_back_to_it() {
        for route in [
            Route::Home,
            Route::Lessons,
            Route::Playground,
            Route::Compare,
            Route::Interview,
        ] {
            assert_eq!(Route::recognize(&route.to_path()), Some(route));
        }
    }

    #[test]
    fn unknown_paths_are_not_found() {
        assert_eq!(Route::recognize("/lesons"), Some(Route::NotFound));
        assert_eq!(
            Route::recognize("/lessons/extra/parts"),
            Some(Route::NotFound)
        );
    }

    #[test]
    fn links_point_into_the_fragment() {
        assert_eq!(Route::Interview.href(), "#/interview");
        assert_eq!(Route::Home.href(), "#/");
    }
}
