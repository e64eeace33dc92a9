//! One program as its physio wrote it: blocks, exercises and their dosage, the total time,
//! the author, the safety rules to accept before the first session, and Start; "Share as
//! file…" writes it with its pictures as one `.limber` bundle.

use crate::gui::illustration::{Picture, ProgramImages};
use crate::gui::screen::Shared;
use crate::gui::screen::library::block_key;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget;
use crate::library::{Entry, Origin};
use crate::pose::Pose;
use crate::program::{Exercise, Plan, format_clock};
use crate::progression::Suggestion;
use iced::widget::{Column, Row, button, checkbox, column, container, row, svg, text};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;
use std::sync::Arc;

/// The program screen.
#[derive(Debug)]
pub struct State {
    pub entry: Entry,
    pub plan: Arc<Plan>,
    /// The program's own images, read once; the session screen takes them over.
    pub images: ProgramImages,
    /// The box "I have read the safety rules" is ticked.
    accepted: bool,
    /// Pain before starting, 0-10; optional.
    pain_before: Option<u8>,
    /// How the last "Share as file…" went: the sentence to show, or the error.
    shared_as: Option<Result<String, String>>,
    /// What became of the last handout: saved (where), or why not.
    handout: Option<Result<String, String>>,
    /// The level planned and shown.
    level: u32,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Edit,
    Accept(bool),
    Pain(Option<u8>),
    /// Plan and show this level.
    Level(u32),
    /// Take the level Limber suggests.
    AcceptSuggestion,
    /// Not now: keep the level.
    DeclineSuggestion,
    Start,
    /// "Share as file…": ask where to write the bundle.
    Share,
    /// The save dialog's answer.
    ShareTo(Option<PathBuf>),
    DismissShared,
    PrintHandout,
    HandoutTo(Option<PathBuf>),
    DismissHandout,
}

/// What the app must do.
pub enum Action {
    None,
    Back,
    /// Open the editor on this program (a copy, for a built-in).
    Edit,
    /// Remember that the rules of this program version were accepted.
    Accepted {
        program_id: String,
        version: u32,
    },
    /// The user picked (or accepted) this level: remember it for the program.
    Level {
        program_id: String,
        level: u32,
    },
    /// The user declined the level suggestion.
    Declined {
        program_id: String,
    },
    Start {
        plan: Arc<Plan>,
        pain_before: Option<u8>,
    },
    /// Run this task (the save dialog).
    Run(Task<Message>),
    /// Write the program as a bundle to this file (the dialog has asked about replacing
    /// it), then hand the outcome to [`State::shared_as`].
    Share(PathBuf),
    /// Write this program's handout as PDF to the file and open it.
    WriteHandout(PathBuf),
}

impl State {
    /// The page of `entry`, planned with the user's get-ready time; its pictures are read by
    /// [`State::load_pictures`].
    pub fn new(entry: Entry, shared: &Shared) -> Self {
        let level = shared.level_of(&entry.program.id);
        let plan = Arc::new(entry.plan(shared.settings.get_ready, level));
        let accepted = entry.program.stop_if.is_empty()
            || shared.settings.has_accepted(&entry.program.id, entry.program.version);
        let images = ProgramImages::default();
        Self {
            entry,
            plan,
            images,
            accepted,
            pain_before: None,
            shared_as: None,
            handout: None,
            level,
        }
    }

    /// Shows how writing the bundle went.
    pub fn shared_as(&mut self, outcome: Result<String, String>) {
        self.shared_as = Some(outcome);
    }

    /// Starts reading the program's own pictures, every level's, so that picking a level
    /// reads nothing (the app calls this, never a view); the task ends with a line for each
    /// picture that cannot be shown.
    pub fn load_pictures(&mut self) -> iced::Task<Vec<crate::i18n::Message>> {
        let (images, task) = ProgramImages::load(
            self.entry
                .program
                .exercises()
                .flat_map(|e| {
                    std::iter::once(e.image.as_deref())
                        .chain(e.levels.iter().map(|level| level.image.as_deref()))
                })
                .flatten(),
            self.entry.base_dir.as_deref(),
        );
        self.images = images;
        task
    }

    /// The level planned and shown.
    pub fn level(&self) -> u32 {
        self.level
    }

    /// Plans and shows `level` (with the user's get-ready time).
    pub fn show_level(&mut self, level: u32, shared: &Shared) {
        self.level = level.clamp(1, self.entry.program.levels());
        self.plan = Arc::new(self.entry.plan(shared.settings.get_ready, self.level));
    }

    /// Whether Start is allowed: the safety rules, if any, were accepted.
    pub fn can_start(&self) -> bool {
        self.accepted
    }

    /// Shows what became of the handout: saved, or why not.
    pub fn show_handout(&mut self, outcome: Result<String, String>) {
        self.handout = Some(outcome);
    }

    pub fn update(&mut self, message: Message, shared: &Shared) -> Action {
        match message {
            Message::Share => Action::Run(Task::perform(
                rfd::AsyncFileDialog::new()
                    .set_title(shared.tr("share-dialog-title"))
                    .set_file_name(format!(
                        "{}.{}",
                        self.entry.program.id,
                        crate::desktop::bundle::EXTENSION
                    ))
                    .add_filter(shared.tr("share-filter"), &[crate::desktop::bundle::EXTENSION])
                    .save_file(),
                |picked| Message::ShareTo(picked.map(|handle| handle.path().to_owned())),
            )),
            Message::ShareTo(None) => Action::None,
            Message::ShareTo(Some(path)) => {
                // A name typed without the extension still makes a file others can open.
                let named = path.extension().is_some();
                Action::Share(if named {
                    path
                } else {
                    path.with_extension(crate::desktop::bundle::EXTENSION)
                })
            }
            Message::DismissShared => {
                self.shared_as = None;
                Action::None
            }
            Message::DismissHandout => {
                self.handout = None;
                Action::None
            }
            Message::PrintHandout => Action::Run(Task::perform(
                rfd::AsyncFileDialog::new()
                    .set_title(shared.tr("paper-handout-dialog"))
                    .set_file_name(format!("{}.pdf", self.entry.program.id))
                    .add_filter("PDF", &["pdf"])
                    .save_file(),
                |picked| Message::HandoutTo(picked.map(|handle| handle.path().to_owned())),
            )),
            Message::HandoutTo(None) => Action::None,
            Message::HandoutTo(Some(path)) => Action::WriteHandout(path),
            Message::Back => Action::Back,
            Message::Edit => Action::Edit,
            Message::Accept(accepted) => {
                self.accepted = accepted;
                if accepted {
                    Action::Accepted {
                        program_id: self.entry.program.id.clone(),
                        version: self.entry.program.version,
                    }
                } else {
                    Action::None
                }
            }
            Message::Pain(pain) => {
                self.pain_before = pain;
                Action::None
            }
            Message::Level(level) => {
                Action::Level { program_id: self.entry.program.id.clone(), level }
            }
            Message::AcceptSuggestion => match self.suggestion(shared) {
                Some(suggestion) => Action::Level {
                    program_id: self.entry.program.id.clone(),
                    level: suggestion.level(),
                },
                None => Action::None,
            },
            Message::DeclineSuggestion => {
                Action::Declined { program_id: self.entry.program.id.clone() }
            }
            Message::Start if self.accepted => {
                Action::Start { plan: self.plan.clone(), pain_before: self.pain_before }
            }
            Message::Start => Action::None,
        }
    }

    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let lang = shared.lang();
        let program = &self.entry.program;

        let mut about = Column::new()
            .spacing(GAP_S)
            .push(text(program.title.get(lang)).size(sizes.title()).font(theme::STRONG));
        let mut facts = vec![
            shared
                .i18n
                .tr_args("total-time", &[("time", format_clock(self.plan.total_seconds).into())]),
            shared.i18n.tr_args("exercise-count", &[("count", self.plan.exercises.len().into())]),
            shared.i18n.tr_args("program-version", &[("version", program.version.into())]),
        ];
        if let Some(target) = program.sessions_per_week {
            facts.push(shared.i18n.tr_args("per-week", &[("count", target.into())]));
        }
        if program.levels() > 1 {
            facts.push(shared.i18n.tr_args(
                "level-of",
                &[("level", self.level.into()), ("levels", program.levels().into())],
            ));
        }
        about = about.push(text(facts.join(" · ")).size(sizes.body()).style(widget::muted_text));
        if let Some(author) = &program.author {
            let mut by = author.name.clone();
            if let Some(role) = &author.role {
                by = format!("{by}, {role}");
            }
            if let Some(contact) = &author.contact {
                by = format!("{by} · {contact}");
            }
            about = about.push(
                text(shared.i18n.tr_args("written-by", &[("author", by.into())]))
                    .size(sizes.body())
                    .style(widget::muted_text),
            );
        }
        if self.entry.origin == Origin::BuiltIn {
            about = about.push(
                text(shared.tr("builtin-source")).size(sizes.body()).style(widget::muted_text),
            );
        }
        if let Some(description) = &program.description {
            about = about.push(text(description.get(lang)).size(sizes.body()));
        }

        let edit_label = match self.entry.origin {
            crate::library::Origin::BuiltIn => "editor-edit-copy",
            crate::library::Origin::User { .. } => "editor-edit",
        };
        let mut content = Column::new().spacing(GAP_L).push(
            row![
                button(text(shared.tr("back")).size(sizes.body()))
                    .style(theme::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::Back),
                iced::widget::space::horizontal(),
                button(text(shared.tr("share-button")).size(sizes.body()))
                    .style(theme::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::Share),
                button(text(shared.tr("paper-print-handout")).size(sizes.body()))
                    .style(theme::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::PrintHandout),
                button(text(shared.tr(edit_label)).size(sizes.body()))
                    .style(theme::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::Edit),
            ]
            .spacing(GAP_S),
        );
        if let Some(outcome) = &self.shared_as {
            content = content.push(outcome_box(outcome, shared, Message::DismissShared));
        }
        if let Some(outcome) = &self.handout {
            content = content.push(outcome_box(outcome, shared, Message::DismissHandout));
        }
        content = content.push(about);
        if !program.stop_if.is_empty() {
            content = content.push(self.safety(shared));
        }
        if let Some(banner) = self.suggestion_banner(shared) {
            content = content.push(banner);
        }
        content = content.push(self.start_panel(shared));
        for block in &program.blocks {
            let title = block
                .title
                .as_ref()
                .map(|t| t.get(lang).to_owned())
                .unwrap_or_else(|| shared.tr(block_key(block.kind)));
            let mut list = Column::new()
                .spacing(GAP_S)
                .push(text(title).size(sizes.heading()).font(theme::STRONG));
            for exercise in &block.exercises {
                list = list.push(self.exercise_card(shared, exercise));
            }
            content = content.push(list);
        }
        widget::page(content)
    }

    /// The level Limber suggests for this program, when one is waiting and the level shown
    /// is the one it is about.
    fn suggestion(&self, shared: &Shared) -> Option<Suggestion> {
        let standing = shared.standings.get(&self.entry.program.id)?;
        standing.suggestion.filter(|_| standing.level == self.level)
    }

    /// "You are ready for level 3" (or "level 1 may suit you better"), to accept or not.
    fn suggestion_banner<'a>(&'a self, shared: &'a Shared) -> Option<Element<'a, Message>> {
        let suggestion = self.suggestion(shared)?;
        let sizes = shared.sizes();
        let (key, tint): (&str, fn(&iced::Theme) -> iced::Color) = match suggestion {
            Suggestion::Up { .. } => ("level-suggest-up", |t| t.palette().success),
            Suggestion::Down { .. } => ("level-suggest-down", |t| t.palette().warning),
        };
        let accept = shared.i18n.tr_args("level-accept", &[("level", suggestion.level().into())]);
        let body = column![
            text(shared.i18n.tr_args(
                key,
                &[("level", suggestion.level().into()), ("from", self.level.into())]
            ))
            .size(sizes.body()),
            row![
                button(text(accept).size(sizes.body()).font(theme::STRONG))
                    .padding([8, 16])
                    .style(theme::primary_button)
                    .on_press(Message::AcceptSuggestion),
                button(text(shared.tr("level-decline")).size(sizes.body()))
                    .padding([8, 16])
                    .style(theme::secondary_button)
                    .on_press(Message::DeclineSuggestion),
            ]
            .spacing(GAP_M),
        ]
        .spacing(GAP_S);
        Some(
            container(body)
                .padding(GAP_M)
                .width(Length::Fill)
                .style(move |t: &iced::Theme| theme::tinted(t, tint(t), 0.12))
                .into(),
        )
    }

    /// "Level 1 2 3 4": the levels to choose from, the one planned marked.
    fn level_picker<'a>(&'a self, shared: &'a Shared) -> Option<Element<'a, Message>> {
        let levels = self.entry.program.levels();
        if levels < 2 {
            return None;
        }
        let sizes = shared.sizes();
        let mut picker = Row::new()
            .spacing(GAP_S)
            .align_y(Alignment::Center)
            .push(text(shared.tr("level-pick")).size(sizes.body()));
        for level in 1..=levels {
            picker = picker.push(
                button(text(level.to_string()).size(sizes.body()).center())
                    .width(44)
                    .padding([6, 0])
                    .style(theme::tab_button(level == self.level))
                    .on_press(Message::Level(level)),
            );
        }
        Some(picker.into())
    }

    /// One exercise at the level shown: picture, name, dose, instructions, equipment, and
    /// what changes from level to level.
    fn exercise_card<'a>(
        &'a self,
        shared: &'a Shared,
        exercise: &'a Exercise,
    ) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let lang = shared.lang();
        let Some(planned) = self.plan.exercises.iter().find(|e| e.id == exercise.id) else {
            return Column::new().into();
        };
        let mut body = column![
            text(planned.name.get(lang)).size(sizes.body() * 1.15).font(theme::STRONG),
            text(widget::dosage(shared, planned)).size(sizes.body()).style(widget::muted_text),
        ]
        .spacing(4)
        .width(Length::Fill);
        if let Some(instructions) = &planned.instructions {
            body = body.push(text(instructions.get(lang)).size(sizes.small()));
        }
        if !planned.equipment.is_empty() {
            let things: Vec<&str> = planned.equipment.iter().map(|t| t.get(lang)).collect();
            let line =
                shared.i18n.tr_args("equipment-list", &[("things", things.join(", ").into())]);
            body = body.push(text(line).size(sizes.small()).style(widget::muted_text));
        }
        if !exercise.levels.is_empty() {
            body = body.push(self.levels_table(shared, exercise));
        }
        let mut line = Row::new().spacing(GAP_M).align_y(Alignment::Start);
        if let Some(picture) = shared.picture(planned, &self.images, Pose::End) {
            line = line.push(thumbnail(picture, 150.0));
        }
        line = line.push(body);
        container(line).padding(GAP_M).width(Length::Fill).style(theme::card).into()
    }

    /// Each level of `exercise` in a line: its number, its name where it changes, its dose;
    /// the one planned in bold.
    fn levels_table<'a>(
        &'a self,
        shared: &'a Shared,
        exercise: &'a Exercise,
    ) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let lang = shared.lang();
        let mut table = Column::new().spacing(2);
        let mut last_name = String::new();
        for level in 1..=exercise.levels() {
            let at = exercise.at_level(level);
            let name = at.name.get(lang).to_owned();
            let mut words = vec![shared.i18n.tr_args("level-n", &[("level", level.into())])];
            if name != last_name {
                words.push(name.clone());
            }
            last_name = name;
            words.push(crate::dose::describe(&shared.i18n, &at.dosage, at.set_count(), at.sides));
            let current = level == self.level.min(exercise.levels());
            let line = text(words.join(" · ")).size(sizes.small());
            table = table.push(if current { line.font(theme::STRONG) } else { line });
        }
        table.into()
    }

    fn safety<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let mut rules = Column::new()
            .spacing(GAP_S)
            .push(text(shared.tr("safety-title")).size(sizes.heading() * 0.85).font(theme::STRONG));
        for rule in &self.entry.program.stop_if {
            rules = rules.push(text(format!("•  {}", rule.get(shared.lang()))).size(sizes.body()));
        }
        rules = rules.push(
            checkbox(self.accepted)
                .label(shared.tr("safety-accept"))
                .text_size(sizes.body())
                .on_toggle(Message::Accept),
        );
        container(rules).padding(GAP_M).width(Length::Fill).style(theme::safety).into()
    }

    fn start_panel<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let start = button(
            text(shared.tr("start-session")).size(sizes.heading() * 0.8).font(theme::STRONG),
        )
        .padding([14, 32])
        .style(theme::primary_button)
        .on_press_maybe(self.accepted.then_some(Message::Start));
        let mut panel = Column::new().spacing(GAP_M);
        if let Some(picker) = self.level_picker(shared) {
            panel = panel.push(picker);
        }
        panel = panel
            .push(text(shared.tr("pain-before-question")).size(sizes.body()))
            .push(widget::scale_picker(self.pain_before, Message::Pain, widget::PAIN_SCALE, shared))
            .push(row![start].spacing(GAP_M).align_y(Alignment::Center));
        if !self.accepted {
            panel = panel.push(
                text(shared.tr("safety-needed")).size(sizes.small()).style(widget::muted_text),
            );
        }
        container(panel).padding(GAP_M).width(Length::Fill).style(theme::card).into()
    }
}

/// How writing a file went (a bundle, a handout), with a button to put it away.
fn outcome_box<'a>(
    outcome: &'a Result<String, String>,
    shared: &'a Shared,
    on_dismiss: Message,
) -> Element<'a, Message> {
    let sizes = shared.sizes();
    let dismiss = button(text(shared.tr("dismiss")).size(sizes.small()))
        .style(theme::secondary_button)
        .on_press(on_dismiss);
    let (words, style): (&str, fn(&iced::Theme) -> container::Style) = match outcome {
        Ok(done) => (done, theme::success_box),
        Err(error) => (error, theme::error_box),
    };
    container(
        row![text(words).size(sizes.body()).width(Length::Fill), dismiss]
            .align_y(Alignment::Center),
    )
    .padding(GAP_M)
    .width(Length::Fill)
    .style(style)
    .into()
}

/// An exercise picture of a given width; a program's picture still being read takes its
/// room empty, and one that cannot be shown a plain placeholder.
pub fn thumbnail<'a, M: 'a>(picture: Picture, width: f32) -> Element<'a, M> {
    let height = width * 2.0 / 3.0;
    if let Some(handle) = picture.raster_for(width) {
        return iced::widget::image(handle.clone()).width(width).height(height).into();
    }
    match picture {
        Picture::Svg(handle) => svg(handle).width(width).height(height).into(),
        Picture::Unavailable(words) => {
            container(text(words).size((width / 10.0).clamp(11.0, 16.0)).style(widget::muted_text))
                .center(width)
                .height(height)
                .padding(GAP_S)
                .style(theme::inner_card)
                .into()
        }
        Picture::Raster { .. } | Picture::Loading => {
            container(text("")).width(width).height(height).style(theme::inner_card).into()
        }
    }
}
