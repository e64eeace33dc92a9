//! The first screen: every program with its kind, length and when it was last done; the
//! streak and this week's progress on top; importing a physio's file by dialog or by drop.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget;
use crate::library::{self, Entry, Origin};
use crate::program::format_clock;
use crate::program::{BlockKind, LoadError};
use iced::widget::{Column, button, column, container, row, space, text};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};

/// The library screen.
#[derive(Debug, Default)]
pub struct State {
    /// The outcome of the last import, shown until dismissed.
    import: Option<ImportOutcome>,
}

#[derive(Debug, Clone)]
enum ImportOutcome {
    Added { title: String, note: Option<String> },
    Failed { file: PathBuf, lines: Vec<String> },
}

#[derive(Debug, Clone)]
pub enum Message {
    Open(String),
    Import,
    NewProgram,
    Picked(Option<PathBuf>),
    Dismiss,
}

/// What the app must do.
pub enum Action {
    None,
    Run(Task<Message>),
    Open(String),
    /// Copy this program file or bundle into the user's programs, then hand the outcome to
    /// [`State::imported`].
    Import(PathBuf),
    /// Open the editor on a new program.
    NewProgram,
}

impl State {
    pub fn update(&mut self, message: Message, shared: &Shared) -> Action {
        match message {
            Message::Open(id) => Action::Open(id),
            Message::NewProgram => Action::NewProgram,
            Message::Import => Action::Run(Task::perform(
                rfd::AsyncFileDialog::new()
                    .set_title(shared.tr("import-dialog-title"))
                    .add_filter(
                        shared.tr("import-filter"),
                        &["toml", crate::desktop::bundle::EXTENSION],
                    )
                    .pick_file(),
                |picked| Message::Picked(picked.map(|handle| handle.path().to_owned())),
            )),
            Message::Picked(None) => Action::None,
            Message::Picked(Some(file)) => Action::Import(file),
            Message::Dismiss => {
                self.import = None;
                Action::None
            }
        }
    }

    /// Shows how importing `file` went.
    pub fn imported(
        &mut self,
        file: &Path,
        result: &Result<library::Imported, crate::desktop::ImportError>,
        shared: &Shared,
    ) {
        self.import = Some(match result {
            Ok(imported) => ImportOutcome::Added {
                title: imported.entry.program.title.get(shared.lang()).to_owned(),
                note: imported.backup.as_ref().map(|backup| {
                    shared.i18n.tr_args(
                        "import-replaced",
                        &[("file", backup.display().to_string().into())],
                    )
                }),
            },
            Err(error) => {
                ImportOutcome::Failed { file: file.to_owned(), lines: error.lines(&shared.i18n) }
            }
        });
    }

    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let header = row![
            column![
                text(shared.tr("library-title")).size(sizes.title()).font(theme::STRONG),
                text(shared.tr("library-subtitle")).size(sizes.body()).style(widget::muted_text),
            ]
            .spacing(GAP_S)
            .width(Length::Fill),
            button(text(shared.tr("editor-new-program")).size(sizes.body()))
                .padding([10, 18])
                .style(theme::secondary_button)
                .on_press(Message::NewProgram),
            button(text(shared.tr("import-button")).size(sizes.body()))
                .padding([10, 18])
                .style(theme::secondary_button)
                .on_press(Message::Import),
        ]
        .align_y(Alignment::Center)
        .spacing(GAP_M);

        let mut content = Column::new().spacing(GAP_L).push(header);
        content = content.push(widget::progress_strip(shared));
        if let Some(outcome) = &self.import {
            content = content.push(self.import_box(outcome, shared));
        }

        // Above the cards: a physio who put a file in the folder looks for it first.
        if !shared.library.problems.is_empty() {
            let mut problems = Column::new()
                .spacing(GAP_S)
                .push(text(shared.tr("library-problems")).size(sizes.body()).font(theme::STRONG));
            for problem in &shared.library.problems {
                problems = problems.push(error_lines(problem, shared));
            }
            content = content.push(
                container(problems).padding(GAP_M).width(Length::Fill).style(theme::error_box),
            );
        }

        let mut list = Column::new().spacing(GAP_M);
        for entry in &shared.library.entries {
            list = list.push(program_card(entry, shared));
        }
        content = content.push(list);
        content = content.push(
            text(shared.tr("library-drop-hint")).size(sizes.small()).style(widget::muted_text),
        );
        widget::page(content)
    }

    fn import_box<'a>(
        &'a self,
        outcome: &'a ImportOutcome,
        shared: &'a Shared,
    ) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let dismiss = button(text(shared.tr("dismiss")).size(sizes.small()))
            .style(theme::secondary_button)
            .on_press(Message::Dismiss);
        match outcome {
            ImportOutcome::Added { title, note } => {
                let mut body = column![
                    text(shared.i18n.tr_args("import-added", &[("title", title.clone().into())]))
                        .size(sizes.body())
                ]
                .spacing(GAP_S);
                if let Some(note) = note {
                    body = body.push(text(note).size(sizes.small()));
                }
                container(row![body.width(Length::Fill), dismiss].align_y(Alignment::Center))
                    .padding(GAP_M)
                    .style(|t| theme::tinted(t, t.palette().success, 0.12))
                    .into()
            }
            ImportOutcome::Failed { file, lines } => {
                let mut body =
                    Column::new().spacing(GAP_S).push(
                        text(shared.i18n.tr_args(
                            "import-failed",
                            &[("file", file.display().to_string().into())],
                        ))
                        .size(sizes.body())
                        .font(theme::STRONG),
                    );
                for line in lines {
                    body = body.push(text(line).size(sizes.small()).font(iced::Font::MONOSPACE));
                }
                container(row![body.width(Length::Fill), dismiss].align_y(Alignment::Start))
                    .padding(GAP_M)
                    .style(theme::error_box)
                    .into()
            }
        }
    }
}

fn error_lines<'a>(problem: &LoadError, shared: &Shared) -> Element<'a, Message> {
    let lines = problem.lines(&shared.i18n);
    Column::with_children(
        lines.into_iter().map(|l| text(l).size(14).font(iced::Font::MONOSPACE).into()),
    )
    .spacing(2)
    .into()
}

/// The translation key of a block kind's name.
pub fn block_key(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::WarmUp => "block-warm-up",
        BlockKind::Strength => "block-strength",
        BlockKind::Stretch => "block-stretch",
        BlockKind::CoolDown => "block-cool-down",
        BlockKind::Other => "block-other",
    }
}

fn program_card<'a>(entry: &'a Entry, shared: &'a Shared) -> Element<'a, Message> {
    let sizes = shared.sizes();
    let program = &entry.program;
    let mut kinds: Vec<BlockKind> = Vec::new();
    for block in &program.blocks {
        if !kinds.contains(&block.kind) {
            kinds.push(block.kind);
        }
    }
    let kinds = kinds.iter().map(|k| shared.tr(block_key(*k))).collect::<Vec<_>>().join(" · ");
    let level = shared.level_of(&program.id);
    let last = match shared.stats.last_done.get(&program.id) {
        Some(date) => widget::relative_day(shared, *date),
        None => shared.tr("never-done"),
    };
    let origin = match (&entry.origin, entry.replaces_builtin) {
        (Origin::BuiltIn, _) => None,
        (Origin::User { .. }, false) => Some(shared.tr("origin-user")),
        (Origin::User { .. }, true) => Some(shared.tr("origin-replaces")),
    };
    let mut title_row =
        row![text(program.title.get(shared.lang())).size(sizes.heading()).font(theme::STRONG)]
            .spacing(GAP_S)
            .align_y(Alignment::Center);
    if program.levels() > 1 {
        let levels = shared
            .i18n
            .tr_args("level-of", &[("level", level.into()), ("levels", program.levels().into())]);
        title_row = title_row.push(
            container(text(levels).size(sizes.small()))
                .padding([2, 10])
                .style(|t: &iced::Theme| theme::badge(t.palette().success)(t)),
        );
    }
    if let Some(origin) = origin {
        title_row = title_row.push(
            container(text(origin).size(sizes.small()))
                .padding([2, 10])
                .style(|t: &iced::Theme| theme::badge(t.palette().primary)(t)),
        );
    }
    let details = column![
        title_row,
        text(kinds).size(sizes.body()).style(widget::muted_text),
        text(shared.i18n.tr_args("last-done", &[("when", last.into())]))
            .size(sizes.small())
            .style(widget::muted_text),
    ]
    .spacing(6)
    .width(Length::Fill);
    let minutes = column![
        text(format_clock(entry.total_seconds(shared.settings.get_ready, level)))
            .size(sizes.heading())
            .font(theme::STRONG),
        text(shared.tr("minutes-label")).size(sizes.small()).style(widget::muted_text),
    ]
    .align_x(Alignment::End);
    button(row![details, space::horizontal().width(GAP_M), minutes].align_y(Alignment::Center))
        .width(Length::Fill)
        .padding(GAP_M)
        .style(theme::row_button)
        .on_press(Message::Open(program.id.clone()))
        .into()
}
