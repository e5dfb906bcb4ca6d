//! A program opened in the playground from the course carries where it came from: the lesson
//! links to it with the lesson in the address, and the playground's bar names the lesson,
//! lists its edits to try and leads back; a capstone and a question's "show me" lead back too.

use looplab::curriculum::curriculum;
use looplab::ui::came_from::CameFrom;
use looplab::ui::pages::interview::{InterviewPage, InterviewProps};
use looplab::ui::pages::playground::came_from_bar::{CameFromBar, CameFromProps};

use pycore::format::float_repr;

use crate::common::{render_at, render_component};

fn bar(came_from: CameFrom) -> String {
    render_component::<CameFromBar>(CameFromProps { came_from })
}

#[test]
fn where_a_program_came_from_travels_in_the_address() {
    let lesson = CameFrom::Lesson("await-vs-gather".to_string());
    assert_eq!(lesson.to_query(), "lesson=await-vs-gather");
    let question = CameFrom::Question {
        id: "gather-vs-create-task".to_string(),
        bank: "level=mid&open=a,b".to_string(),
    };
    assert_eq!(
        question.to_query(),
        "question=gather-vs-create-task&bank=level%3Dmid%26open%3Da%2Cb"
    );
    for came_from in [lesson, question, CameFrom::Capstone("crawler".to_string())] {
        assert_eq!(CameFrom::from_query(&came_from.to_query()), Some(came_from));
    }
    assert_eq!(CameFrom::from_query(""), None);
    assert_eq!(CameFrom::from_query("lesson="), None);
}

#[test]
fn a_lesson_links_to_its_program_with_itself_in_the_address() {
    let first = &curriculum().lessons[0];
    let html = render_at(&format!("/lessons/{}", first.id));
    assert!(
        html.contains(&format!(
            r##"href="#/run/{}?lesson={}""##,
            first.program, first.id
        )),
        "{html}"
    );
}

#[test]
fn the_bar_names_the_lesson_lists_its_edits_and_leads_back() {
    for lesson in &curriculum().lessons {
        let html = bar(CameFrom::Lesson(lesson.id.clone()));
        assert!(
            html.contains(&format!("Lesson {}: ", lesson.number)),
            "{html}"
        );
        assert!(
            html.contains(&format!(r##"href="#/lessons/{}""##, lesson.id)),
            "{html}"
        );
        assert_eq!(
            html.matches(r#"data-testid="came-from-try""#).count(),
            lesson.tries.len(),
            "{}",
            lesson.id
        );
    }
    let capstone = &curriculum().capstones[0];
    let html = bar(CameFrom::Capstone(capstone.id.clone()));
    assert!(html.contains("← Back to the capstone"), "{html}");
    assert!(html.contains(&format!(r##"href="#/capstones/{}""##, capstone.id)));
    assert!(
        !html.contains("came-from-tries"),
        "a capstone has no edits to try"
    );
    // Nothing to say of what is not in the course.
    assert_eq!(bar(CameFrom::Lesson("no-such-lesson".to_string())), "");
}

#[test]
fn a_questions_show_me_leads_back_to_the_bank_as_it_was() {
    let question = &curriculum().questions[0];
    let html = bar(CameFrom::Question {
        id: question.id.clone(),
        bank: format!("level=mid&open={}", question.id),
    });
    assert!(html.contains("Interview question: "), "{html}");
    assert!(
        html.contains(&format!(
            r##"href="#/interview?level=mid&amp;open={}""##,
            question.id
        )),
        "{html}"
    );
    // The bank's own show-me links carry the question and the bank's address.
    let with = question.show.first().expect("a show-me link");
    let program = curriculum().linked_program(with).expect("its program");
    let page = render_component::<InterviewPage>(InterviewProps {
        query: format!("level=mid&open={}", question.id),
    });
    let href = format!(
        "#/run/{}{}?question={}&amp;bank=level%3Dmid%26open%3D{}",
        program.name,
        with.at
            .map_or(String::new(), |at| format!("/at/{}", float_repr(at))),
        question.id,
        question.id
    );
    assert!(page.contains(&href), "{href} in {page}");
}
