//! The pages of the app and their addresses.

use yew_router::Routable;

use crate::ui::share::{Bookmark, pack_bookmarks};

/// A page of the app. The path goes after `#` in the URL, e.g. `index.html#/playground`.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/lessons")]
    Lessons,
    /// One lesson: `#/lessons/await-vs-gather`.
    #[at("/lessons/:id")]
    Lesson { id: String },
    /// The capstone projects.
    #[at("/capstones")]
    Capstones,
    /// A capstone project: `#/capstones/crawler`.
    #[at("/capstones/:id")]
    Capstone { id: String },
    /// The learner's capstone solution, run in the playground.
    #[at("/capstones/:id/run")]
    CapstoneRun { id: String },
    /// The same in one of the capstone's worlds: `#/capstones/crawler/run/slow-and-flaky`.
    #[at("/capstones/:id/run/:world")]
    CapstoneWorldRun { id: String, world: String },
    #[at("/playground")]
    Playground,
    /// The playground with a program of the course, run and shown at its start.
    #[at("/run/:program")]
    Program { program: String },
    /// The same, shown at the first event at or after virtual time `at` (in seconds).
    #[at("/run/:program/at/:at")]
    ProgramAt { program: String, at: String },
    /// The same, shown just after its first `event` events: a lesson's paused moment.
    #[at("/run/:program/event/:event")]
    ProgramEvent { program: String, event: String },
    /// A program shared by link (see [`crate::ui::share`]), opened in the playground and run.
    #[at("/shared/:code")]
    Shared { code: String },
    /// The same, shown just after its first `event` events: where whoever shared it was.
    #[at("/shared/:code/event/:event")]
    SharedAt { code: String, event: String },
    /// A shared program with the learner's bookmarks (see [`crate::ui::share::pack_bookmarks`]).
    #[at("/shared/:code/marks/:marks")]
    SharedMarked { code: String, marks: String },
    /// The same, shown just after its first `event` events.
    #[at("/shared/:code/event/:event/marks/:marks")]
    SharedAtMarked {
        code: String,
        event: String,
        marks: String,
    },
    /// Two programs side by side on one shared virtual clock.
    #[at("/compare")]
    Compare,
    /// A pair shared by link, opened on the compare page and run.
    #[at("/compare/:left/:right")]
    ComparePair { left: String, right: String },
    #[at("/interview")]
    Interview,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The sections the header links to, in the order shown.
    pub const SECTIONS: [Route; 5] = [
        Route::Lessons,
        Route::Capstones,
        Route::Playground,
        Route::Compare,
        Route::Interview,
    ];

    /// The section of the site a page belongs to (the navigation marks it).
    pub fn section(&self) -> Route {
        match self {
            Route::Lesson { .. } => Route::Lessons,
            Route::Capstone { .. } => Route::Capstones,
            Route::Program { .. }
            | Route::ProgramAt { .. }
            | Route::ProgramEvent { .. }
            | Route::CapstoneRun { .. }
            | Route::CapstoneWorldRun { .. }
            | Route::Shared { .. }
            | Route::SharedAt { .. }
            | Route::SharedMarked { .. }
            | Route::SharedAtMarked { .. } => Route::Playground,
            Route::ComparePair { .. } => Route::Compare,
            other => other.clone(),
        }
    }

    /// The page's name, as the navigation and the browser tab show it.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Home",
            Route::Lessons => "Lessons",
            Route::Lesson { .. } => "Lesson",
            Route::Capstones => "Capstones",
            Route::Capstone { .. } => "Capstone project",
            Route::Playground
            | Route::Program { .. }
            | Route::ProgramAt { .. }
            | Route::ProgramEvent { .. }
            | Route::CapstoneRun { .. }
            | Route::CapstoneWorldRun { .. }
            | Route::Shared { .. }
            | Route::SharedAt { .. }
            | Route::SharedMarked { .. }
            | Route::SharedAtMarked { .. } => "Playground",
            Route::Compare | Route::ComparePair { .. } => "Compare",
            Route::Interview => "Interview questions",
            Route::NotFound => "Page not found",
        }
    }

    /// The link to a shared program (`code`, from [`crate::ui::share::pack`]), opening just
    /// after its first `event` events if given, with the learner's bookmarks if any.
    pub fn shared(code: &str, event: Option<usize>, bookmarks: &[Bookmark]) -> Route {
        let code = code.to_string();
        let marks = (!bookmarks.is_empty()).then(|| pack_bookmarks(bookmarks));
        match (event.map(|event| event.to_string()), marks) {
            (None, None) => Route::Shared { code },
            (Some(event), None) => Route::SharedAt { code, event },
            (None, Some(marks)) => Route::SharedMarked { code, marks },
            (Some(event), Some(marks)) => Route::SharedAtMarked { code, event, marks },
        }
    }

    /// The `href` of a link to this page.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }

    /// The browser tab's title on this page.
    pub fn document_title(&self) -> String {
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
            assert_eq!(Route::recognize(&route.to_path()), Some(route.clone()));
        }
        let lesson = Route::Lesson {
            id: "await-vs-gather".into(),
        };
        assert_eq!(lesson.href(), "#/lessons/await-vs-gather");
        assert_eq!(Route::recognize("/lessons/await-vs-gather"), Some(lesson));
        assert_eq!(
            Route::recognize("/run/020_sequential_vs_gather/at/6.0"),
            Some(Route::ProgramAt {
                program: "020_sequential_vs_gather".into(),
                at: "6.0".into()
            })
        );
        assert_eq!(
            Route::recognize("/run/040_semaphore/event/22"),
            Some(Route::ProgramEvent {
                program: "040_semaphore".into(),
                event: "22".into()
            })
        );
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
