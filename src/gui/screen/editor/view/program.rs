//! The program's own cards: what it is (title, id, version, author), its safety rules, its
//! timing (`[defaults]`) and, once it has levels, when Limber suggests the next one
//! (`progression`).

use super::Ui;
use crate::gui::screen::editor::{DefaultKey, Input, Message, ProgressionKey};
use crate::gui::theme::GAP_M;
use crate::gui::widget;
use crate::program::Field;
use iced::widget::{Column, checkbox, column, container, row, text};
use iced::{Alignment, Element, Length};

/// Top-level keys with a place of their own in the program's cards.
const TOP_KEYS: [&str; 8] = [
    "id",
    "version",
    "sessions_per_week",
    "title",
    "description",
    "author",
    "stop_if",
    "progression",
];

/// Whether a problem at `field` has a place in the program's cards.
pub(super) fn is_top_field(field: Field) -> bool {
    field.block.is_none()
        && (TOP_KEYS.contains(&field.key)
            || field.key.starts_with("defaults.")
            || field.key.starts_with("progression."))
}

impl<'a> Ui<'a> {
    pub(super) fn about(&self) -> Element<'a, Message> {
        let draft = &self.state.draft;
        let top = Field::top;
        let mut row_problems = Vec::new();
        let ids = row![
            self.field(
                self.tr("editor-id"),
                Input::Id,
                String::new(),
                self.problems_at(&[top("id")]),
            )
            .width(Length::Fill),
            self.number(
                &mut row_problems,
                self.tr("editor-version"),
                Input::Version,
                "1".into(),
                top("version")
            ),
            self.number(
                &mut row_problems,
                self.tr("editor-per-week"),
                Input::SessionsPerWeek,
                self.tr("editor-optional"),
                top("sessions_per_week"),
            ),
        ]
        .spacing(GAP_M);
        let ids = self.with_problems(column![ids], row_problems).spacing(4);
        let optional = |label: &str, input| {
            self.field(self.tr(label), input, self.tr("editor-optional"), Vec::new())
                .width(Length::Fill)
        };
        let author = row![
            optional("editor-author-name", Input::AuthorName),
            optional("editor-author-role", Input::AuthorRole),
            optional("editor-author-contact", Input::AuthorContact),
        ]
        .spacing(GAP_M);
        let body = column![
            self.text_pair("editor-title", &draft.title, Input::Title, &[top("title")], false),
            ids,
            self.text_pair(
                "editor-description",
                &draft.description,
                Input::Description,
                &[top("description")],
                true,
            ),
            author,
        ];
        let body = self.with_problems(body, self.problems_at(&[top("author")]));
        self.card(self.tr("editor-about"), body)
    }

    pub(super) fn rules(&self) -> Element<'a, Message> {
        let sizes = self.shared.sizes();
        let mut body = Column::new()
            .push(text(self.tr("editor-rules-help")).size(sizes.small()).style(widget::muted_text));
        for (index, rule) in self.state.draft.stop_if.iter().enumerate() {
            let field = Field::top("stop_if").item(index);
            body = body.push(
                row![
                    container(self.text_pair(
                        "editor-rule",
                        rule,
                        move |lang| Input::Rule(index, lang),
                        &[field],
                        false,
                    ))
                    .width(Length::Fill),
                    self.small_button(self.tr("editor-remove"), Some(Message::RemoveRule(index))),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::Center),
            );
        }
        body = self
            .with_problems(body, self.problems_at(&[Field::top("stop_if")]))
            .push(self.small_button(self.tr("editor-add-rule"), Some(Message::AddRule)));
        self.card(self.tr("editor-rules"), body)
    }

    pub(super) fn timing(&self) -> Element<'a, Message> {
        let label = |key: DefaultKey| match key {
            DefaultKey::GetReady => "editor-get-ready",
            DefaultKey::Countdown => "editor-countdown",
            DefaultKey::Rest => "editor-rest",
            DefaultKey::SetRest => "editor-set-rest",
            DefaultKey::SwitchSides => "editor-switch-sides",
            DefaultKey::Relax => "editor-relax",
            DefaultKey::RoundRest => "editor-round-rest",
        };
        let mut row_problems = Vec::new();
        let numbers = DefaultKey::ALL
            .iter()
            .map(|&key| {
                self.number(
                    &mut row_problems,
                    self.tr(label(key)),
                    Input::Default(key),
                    key.standard().to_string(),
                    key.field(),
                )
            })
            .collect();
        let halfway = checkbox(self.state.draft.halfway)
            .label(self.tr("editor-halfway"))
            .text_size(self.shared.sizes().body())
            .on_toggle(Message::Halfway);
        let halfway = self
            .with_problems(column![halfway], self.problems_at(&[Field::top("defaults.halfway")]))
            .spacing(4);
        let body = column![self.number_row(numbers, row_problems), halfway];
        self.card(self.tr("editor-timing"), body)
    }

    /// When Limber suggests the next level: shown once an exercise has levels (or a rule is
    /// written), as it means nothing before.
    pub(super) fn progression(&self) -> Option<Element<'a, Message>> {
        let draft = &self.state.draft;
        let written = draft.progression.iter().any(|text| !text.trim().is_empty());
        if !written && self.state.checked.program.levels() < 2 {
            return None;
        }
        let label = |key: ProgressionKey| match key {
            ProgressionKey::Sessions => "editor-progression-sessions",
            ProgressionKey::MaxPain => "editor-progression-pain",
            ProgressionKey::MaxEffort => "editor-progression-effort",
        };
        let mut row_problems = Vec::new();
        let numbers = ProgressionKey::ALL
            .iter()
            .map(|&key| {
                self.number(
                    &mut row_problems,
                    self.tr(label(key)),
                    Input::Progression(key),
                    self.tr_number("editor-default-value", "value", key.standard()),
                    key.field(),
                )
            })
            .collect();
        row_problems.extend(self.problems_at(&[Field::top("progression")]));
        let help = text(self.tr("editor-progression-help"))
            .size(self.shared.sizes().small())
            .style(widget::muted_text);
        let body = column![help, self.number_row(numbers, row_problems)];
        Some(self.card(self.tr("editor-progression"), body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_top_key_the_writer_uses_has_a_place() {
        for key in [
            "id",
            "version",
            "title",
            "description",
            "author",
            "sessions_per_week",
            "stop_if",
            "progression",
        ] {
            assert!(is_top_field(Field::top(key)), "{key}");
        }
        for key in DefaultKey::ALL {
            assert!(is_top_field(key.field()), "{key:?}");
        }
        for key in ProgressionKey::ALL {
            assert!(is_top_field(key.field()), "{key:?}");
        }
        assert!(!is_top_field(Field::top("format")));
        assert!(!is_top_field(Field::top("")));
    }
}
