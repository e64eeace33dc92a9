//! One program as its physio wrote it: blocks, exercises and their dosage, the total time,
//! the author, the safety rules to accept before the first session, and Start.

use crate::gui::illustration::{Picture, ProgramImages};
use crate::gui::screen::Shared;
use crate::gui::screen::library::block_key;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget;
use crate::library::{Entry, Origin};
use crate::program::{Plan, format_clock};
use iced::widget::{Column, Row, button, checkbox, column, container, row, svg, text};
use iced::{Alignment, Element, Length};
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
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Edit,
    Accept(bool),
    Pain(Option<u8>),
    Start,
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
    Start {
        plan: Arc<Plan>,
        pain_before: Option<u8>,
    },
}

impl State {
    /// The page of `entry`, planned with the user's get-ready time; its pictures are read by
    /// [`State::load_pictures`].
    pub fn new(entry: Entry, shared: &Shared) -> Self {
        let plan = Arc::new(entry.plan(shared.settings.get_ready));
        let accepted = entry.program.stop_if.is_empty()
            || shared.settings.has_accepted(&entry.program.id, entry.program.version);
        Self { entry, plan, images: ProgramImages::default(), accepted, pain_before: None }
    }

    /// Starts reading the program's own pictures (the app calls this, never a view); the
    /// task ends with a line for each picture that cannot be shown.
    pub fn load_pictures(&mut self) -> iced::Task<Vec<String>> {
        let (images, task) = ProgramImages::load(
            self.plan.exercises.iter().filter_map(|e| e.image.as_deref()),
            self.entry.base_dir.as_deref(),
        );
        self.images = images;
        task
    }

    /// Whether Start is allowed: the safety rules, if any, were accepted.
    pub fn can_start(&self) -> bool {
        self.accepted
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
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
        let mut content = Column::new().spacing(GAP_L).push(row![
            button(text(shared.tr("back")).size(sizes.body()))
                .style(theme::secondary_button)
                .padding([8, 16])
                .on_press(Message::Back),
            iced::widget::space::horizontal(),
            button(text(shared.tr(edit_label)).size(sizes.body()))
                .style(theme::secondary_button)
                .padding([8, 16])
                .on_press(Message::Edit),
        ]);
        content = content.push(about);
        if !program.stop_if.is_empty() {
            content = content.push(self.safety(shared));
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
                let Some(planned) = self.plan.exercises.iter().find(|e| e.id == exercise.id) else {
                    continue;
                };
                let picture = shared.picture(planned, &self.images);
                let mut body = column![
                    text(planned.name.get(lang)).size(sizes.body() * 1.15).font(theme::STRONG),
                    text(widget::dosage(shared, planned))
                        .size(sizes.body())
                        .style(widget::muted_text),
                ]
                .spacing(4)
                .width(Length::Fill);
                if let Some(instructions) = &planned.instructions {
                    body = body.push(text(instructions.get(lang)).size(sizes.small()));
                }
                let mut line = Row::new().spacing(GAP_M).align_y(Alignment::Start);
                if let Some(picture) = picture {
                    line = line.push(thumbnail(picture, 150.0));
                }
                line = line.push(body);
                list = list
                    .push(container(line).padding(GAP_M).width(Length::Fill).style(theme::card));
            }
            content = content.push(list);
        }
        widget::page(content)
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
        let mut panel = column![
            text(shared.tr("pain-before-question")).size(sizes.body()),
            widget::scale_picker(self.pain_before, Message::Pain, widget::PAIN_SCALE, shared),
            row![start].spacing(GAP_M).align_y(Alignment::Center),
        ]
        .spacing(GAP_M);
        if !self.accepted {
            panel = panel.push(
                text(shared.tr("safety-needed")).size(sizes.small()).style(widget::muted_text),
            );
        }
        container(panel).padding(GAP_M).width(Length::Fill).style(theme::card).into()
    }
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
