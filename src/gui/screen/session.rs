//! The guided session, readable from two metres away on a mat: a huge countdown, the exercise,
//! set/side/rep, instructions and picture, a bar for the step and one for the session, what
//! comes next; every cue also flashes. Every action is on a key.

use crate::cue::Cue;
use crate::gui::illustration::ProgramImages;
use crate::gui::screen::Shared;
use crate::gui::screen::program::thumbnail;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget;
use crate::history::{SessionId, Store};
use crate::library::Entry;
use crate::plan::{Plan, StepKind, format_clock};
use crate::recorder::Recorder;
use crate::session::{Event, Outcome, Session};
use iced::widget::{Column, button, column, container, progress_bar, responsive, row, stack, text};
use iced::{Alignment, Element, Length};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a cue's flash stays on screen.
const FLASH: Duration = Duration::from_millis(400);
/// How long a cue's words (a form cue, "halfway") stay on screen.
const CUE_TEXT: Duration = Duration::from_secs(4);

/// A running session.
pub struct State {
    session: Session,
    entry: Entry,
    /// The program's own images, read when its page was opened.
    images: ProgramImages,
    /// The last moment the screen was updated; views draw as of this moment.
    now: Instant,
    /// The last cue, the step it came in and its moment: it flashes, and its words show.
    last_cue: Option<(Cue, usize, Instant)>,
    confirm_stop: bool,
    /// The runner confirmed Stop.
    stopped: bool,
    show_safety: bool,
    /// Writes the session to the history, when the store is available.
    recorder: Option<Recorder>,
    finished: Option<Finished>,
}

/// A session that ended, for the summary screen.
#[derive(Debug, Clone)]
pub struct Finished {
    pub outcome: Outcome,
    pub plan: Arc<Plan>,
    /// Ended with Stop, rather than by reaching the end (perhaps skipping some steps).
    pub stopped: bool,
    pub record: Option<SessionId>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tick,
    TogglePause,
    Skip,
    Back,
    /// Enter: Done on a reps step, or confirm stopping.
    Enter,
    /// Esc: ask to stop, or cancel the question.
    Escape,
    ToggleMute,
    ConfirmStop,
    CancelStop,
    ShowSafety(bool),
}

/// What the app must do.
pub enum Action {
    None,
    /// Play the cues, record the steps.
    Events(Vec<Event>),
    ToggleMute,
}

impl State {
    /// Starts a session at `now`.
    pub fn start(
        plan: Arc<Plan>,
        entry: Entry,
        images: ProgramImages,
        recorder: Option<Recorder>,
        now: Instant,
    ) -> (Self, Vec<Event>) {
        let (session, events) = Session::start(plan, now);
        let mut state = Self {
            session,
            entry,
            images,
            now,
            last_cue: None,
            confirm_stop: false,
            stopped: false,
            show_safety: false,
            recorder,
            finished: None,
        };
        state.observe(&events, now);
        (state, events)
    }

    /// The next moment the screen changes: a cue or a step's end, the next second on the
    /// clock, a flash or a cue's words going away. `None` while paused or finished: then
    /// nothing moves and nothing needs to wake the app.
    pub fn next_wake(&self) -> Option<Instant> {
        if self.session.is_finished() || self.session.is_paused() {
            return None;
        }
        let now = self.now;
        let elapsed = self.session.step_elapsed(now);
        let next_second = now
            + (Duration::from_secs(1) - Duration::from_nanos(u64::from(elapsed.subsec_nanos())));
        let cue_ends = self
            .last_cue
            .iter()
            .flat_map(|(_, _, at)| [*at + FLASH, *at + CUE_TEXT])
            .filter(|end| *end > now);
        self.session
            .next_deadline()
            .into_iter()
            .chain(cue_ends)
            .fold(next_second, Instant::min)
            .into()
    }

    /// The window title during a session.
    pub fn title(&self, shared: &Shared) -> String {
        self.session.plan().title.get(shared.lang()).to_owned()
    }

    /// The finished session, once (the app then shows the summary).
    pub fn take_finished(&mut self) -> Option<Finished> {
        self.finished.take()
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        let events = match message {
            Message::Tick => self.session.tick(now),
            Message::TogglePause => self.session.toggle_pause(now),
            Message::Skip => self.session.skip(now),
            Message::Back => self.session.back(now),
            Message::Enter if self.confirm_stop => self.stop(now),
            Message::Enter => self.session.done(now),
            Message::Escape if self.confirm_stop => {
                self.confirm_stop = false;
                vec![]
            }
            Message::Escape => {
                self.confirm_stop = true;
                vec![]
            }
            Message::ConfirmStop => self.stop(now),
            Message::CancelStop => {
                self.confirm_stop = false;
                vec![]
            }
            Message::ShowSafety(show) => {
                self.show_safety = show;
                vec![]
            }
            Message::ToggleMute => return Action::ToggleMute,
        };
        self.observe(&events, now);
        if events.is_empty() { Action::None } else { Action::Events(events) }
    }

    fn stop(&mut self, now: Instant) -> Vec<Event> {
        self.confirm_stop = false;
        self.stopped = true;
        self.session.stop(now)
    }

    /// Notes cues (for the flash and the words on screen) and the end of the session.
    fn observe(&mut self, events: &[Event], now: Instant) {
        for event in events {
            match event {
                Event::Cue { cue, step } => self.last_cue = Some((*cue, *step, now)),
                Event::Finished(outcome) => {
                    self.finished = Some(Finished {
                        outcome: outcome.clone(),
                        plan: self.session.plan_arc().clone(),
                        stopped: self.stopped,
                        record: self.recorder.as_ref().map(Recorder::id),
                    });
                }
                _ => {}
            }
        }
    }

    /// The visible form of the last cue while it is fresh: a form cue's own words, or the
    /// cue's label ("Switch sides", "Halfway"); countdown numbers show in the clock itself.
    fn cue_words(&self, shared: &Shared, now: Instant) -> Option<String> {
        let (cue, step, at) = self.last_cue?;
        if now.saturating_duration_since(at) >= CUE_TEXT {
            return None;
        }
        match cue {
            // Their step's headline, badge and flash already say these.
            Cue::Countdown(_) | Cue::Rep(_) | Cue::GetReady | Cue::Go | Cue::Rest { .. } => None,
            Cue::Form(index) => {
                let plan = self.session.plan();
                let exercise = plan.exercise_of(plan.steps.get(step)?)?;
                exercise.cues.get(index).map(|c| c.text.get(shared.lang()).to_owned())
            }
            other => Some(shared.tr(other.label_key())),
        }
    }

    /// Writes the steps that ended (and the end of the session) to the history.
    pub fn record(&self, events: &[Event], store: Option<&Store>) -> Result<(), String> {
        let (Some(store), Some(recorder)) = (store, &self.recorder) else { return Ok(()) };
        recorder
            .observe(store, self.session.plan(), events, chrono::Local::now().fixed_offset())
            .map_err(|e| e.to_string())
    }

    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes;
        let lang = shared.lang();
        let now = self.now;
        let plan = self.session.plan();
        let index = self.session.current().min(plan.steps.len().saturating_sub(1));
        let Some(step) = plan.steps.get(index) else {
            return text(shared.tr("session-finished")).into();
        };
        let exercise = plan.exercise_of(step);
        let tint_of = move |t: &iced::Theme| theme::step_color(t, step.kind);

        // What is happening: "Front plank" / "Rest" / "Get ready" / "Switch sides".
        let (headline, kind_label) = match step.kind {
            StepKind::Work => (
                exercise.map(|e| e.name.get(lang).to_owned()).unwrap_or_default(),
                shared.tr("step-work"),
            ),
            StepKind::Prepare => (shared.tr("step-prepare-headline"), shared.tr("step-prepare")),
            StepKind::Switch => (shared.tr("step-switch-headline"), shared.tr("step-switch")),
            StepKind::SetRest | StepKind::Rest => {
                (shared.tr("step-rest-headline"), shared.tr("step-rest"))
            }
        };

        let mut details = Vec::new();
        if let Some(exercise) = exercise.filter(|_| step.kind != StepKind::Rest)
            && exercise.sets > 1
        {
            details.push(
                shared
                    .i18n
                    .tr_args("set-of", &[("set", step.set.into()), ("sets", exercise.sets.into())]),
            );
        }
        if let Some(side) = step.side {
            details.push(shared.tr(side.label_key()));
        }
        if let (Some(rep), Some(reps)) = (self.session.current_rep(now), step.reps) {
            details
                .push(shared.i18n.tr_args("rep-of", &[("rep", rep.into()), ("reps", reps.into())]));
        }

        // The countdown, or the reps to do for an untimed step.
        let remaining = self.session.step_remaining(now);
        let big = match (remaining, step.reps) {
            (Some(left), _) => format_clock(left.as_secs_f64().ceil() as u32),
            (None, Some(reps)) => shared.i18n.tr_args("reps-big", &[("count", reps.into())]),
            (None, None) => String::new(),
        };
        let step_fraction = match (step.seconds, remaining) {
            (Some(total), Some(left)) if total > 0 => 1.0 - left.as_secs_f32() / total as f32,
            _ => 0.0,
        };

        let flashing =
            self.last_cue.is_some_and(|(_, _, at)| now.saturating_duration_since(at) < FLASH);
        let words = self.cue_words(shared, now);
        let details = details.join(" · ");
        let timed = step.is_timed();
        let press_done = shared.tr("press-done");
        let kind = step.kind;
        // The texts shrink to the space they get (large type, a small window, a long name),
        // so the countdown never spills out of its card.
        let left = responsive(move |space| {
            let tint_of = move |t: &iced::Theme| theme::step_color(t, kind);
            let fit = Fit { width: space.width };
            let headline_size = fit.size(&headline, sizes.exercise(), 2);
            let label = sizes.session_label();
            let mut used = sizes.small() * 1.2 * LINE + 8.0 + GAP_S;
            used += fit.lines(&headline, headline_size, 2) * headline_size * LINE + GAP_S;
            if !details.is_empty() {
                used += label * LINE + GAP_S;
            }
            used +=
                if timed { 14.0 + GAP_S } else { fit.lines(&press_done, label, 3) * label * LINE };
            let big_size = fit
                .size(&big, sizes.countdown(), 1)
                .min((space.height - used) / LINE)
                .max(sizes.body());

            // The cue's words sit beside the badge: a fixed place, never pushed off the card.
            let mut badge_row = row![
                container(text(kind_label.clone()).size(sizes.small() * 1.2).font(theme::STRONG))
                    .padding([4, 14])
                    .style(move |t: &iced::Theme| theme::badge(tint_of(t))(t)),
            ]
            .spacing(GAP_M)
            .align_y(Alignment::Center);
            if let Some(words) = &words {
                badge_row = badge_row.push(text(words.clone()).size(label).font(theme::STRONG));
            }
            let mut left = Column::new()
                .spacing(GAP_S)
                .push(badge_row)
                .push(text(headline.clone()).size(headline_size).font(theme::STRONG));
            if !details.is_empty() {
                left = left.push(text(details.clone()).size(label));
            }
            left = left.push(text(big.clone()).size(big_size).font(theme::DISPLAY));
            if timed {
                left = left.push(
                    progress_bar(0.0..=1.0, step_fraction.clamp(0.0, 1.0))
                        .girth(14)
                        .style(move |t: &iced::Theme| theme::bar(tint_of(t))(t)),
                );
            } else {
                left = left.push(text(press_done.clone()).size(label).style(widget::muted_text));
            }
            left.into()
        });

        // The picture and the instructions of the exercise worked on or coming next; the
        // picture gives way so the instructions are read in full.
        let coming_up = matches!(step.kind, StepKind::Rest | StepKind::Prepare);
        let shown = exercise.or_else(|| {
            let (_, next) = plan.next_work(index).filter(|_| step.kind == StepKind::Prepare)?;
            plan.exercise_of(next)
        });
        let picture = shown.and_then(|exercise| {
            shared.illustrations.for_exercise(&exercise.id, exercise.image.as_deref(), &self.images)
        });
        let heading = shown
            .filter(|_| coming_up)
            .map(|e| shared.i18n.tr_args("coming-up", &[("name", e.name.get(lang).into())]));
        let instructions =
            shown.and_then(|e| e.instructions.as_ref()).map(|i| i.get(lang).to_owned());
        let right = responsive(move |space| {
            let fit = Fit { width: space.width };
            let (heading_size, body_size) = (sizes.session_label() * 0.8, sizes.body() * 1.1);
            let mut words_height = 0.0;
            if let Some(heading) = &heading {
                words_height += fit.lines(heading, heading_size, 3) * heading_size * LINE + GAP_M;
            }
            if let Some(instructions) = &instructions {
                words_height += fit.prose_lines(instructions, body_size) * body_size * LINE + GAP_M;
            }
            let mut column = Column::new().spacing(GAP_M);
            let picture_height = (space.height - words_height)
                .min(380.0 * sizes.scale.min(1.15) / 1.5)
                .min(space.width / 1.5);
            if let Some(picture) = picture.clone().filter(|_| picture_height >= 80.0) {
                column = column.push(thumbnail(picture, picture_height * 1.5));
            }
            if let Some(heading) = &heading {
                column = column.push(text(heading.clone()).size(heading_size).font(theme::STRONG));
            }
            if let Some(instructions) = &instructions {
                column = column.push(text(instructions.clone()).size(body_size));
            }
            column.into()
        });
        let right = container(right).width(Length::FillPortion(2));

        let main = container(
            row![container(left).width(Length::FillPortion(3)), right]
                .spacing(GAP_L)
                .align_y(Alignment::Start),
        )
        .padding(GAP_L)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(move |t: &iced::Theme| {
            theme::tinted(t, tint_of(t), if flashing { 0.45 } else { 0.07 })
        });

        // The whole session: elapsed, left, and what comes next.
        let total = plan.total_seconds.max(1);
        let elapsed = self.session.session_elapsed(now).as_secs().min(u64::from(total)) as u32;
        let top = row![
            text(plan.title.get(lang)).size(sizes.body()).font(theme::STRONG).width(Length::Fill),
            text(shared.i18n.tr_args(
                "step-of",
                &[("step", (index + 1).into()), ("steps", plan.steps.len().into())]
            ))
            .size(sizes.body()),
            text(shared.i18n.tr_args(
                "time-left",
                &[("time", format_clock(total.saturating_sub(elapsed)).into())]
            ))
            .size(sizes.body())
            .font(theme::STRONG),
        ]
        .spacing(GAP_L)
        .align_y(Alignment::Center);
        let session_bar = progress_bar(0.0..=total as f32, elapsed as f32)
            .girth(8)
            .style(|t: &iced::Theme| theme::bar(t.palette().text)(t));

        let next = match plan.next_work(index) {
            Some((_, next_step)) => {
                let next_exercise = plan.exercise_of(next_step);
                let mut words =
                    next_exercise.map(|e| e.name.get(lang).to_owned()).unwrap_or_default();
                if let Some(e) = next_exercise {
                    words = format!("{words} · {}", widget::dosage(shared, e));
                }
                if let Some(side) = next_step.side {
                    words = format!("{words} · {}", shared.tr(side.label_key()));
                }
                shared.i18n.tr_args("next-up", &[("what", words.into())])
            }
            None => shared.tr("next-finish"),
        };

        let control = |key: &str, label: &str, message: Message| {
            button(
                column![
                    text(shared.tr(label)).size(sizes.body()).font(theme::STRONG),
                    text(shared.tr(key)).size(sizes.small()).style(widget::muted_text),
                ]
                .align_x(Alignment::Center),
            )
            .padding([8, 18])
            .style(theme::secondary_button)
            .on_press(message)
        };
        let pause_label = if self.session.is_paused() { "control-resume" } else { "control-pause" };
        let mut controls = row![
            control("key-left", "control-back", Message::Back),
            control("key-space", pause_label, Message::TogglePause),
            control("key-right", "control-skip", Message::Skip),
        ]
        .spacing(GAP_S);
        if step.kind == StepKind::Work && step.reps.is_some() {
            controls = controls.push(control("key-enter", "control-done", Message::Enter));
        }
        let mute_label = if shared.settings.muted { "control-unmute" } else { "control-mute" };
        controls = controls
            .push(control("key-m", mute_label, Message::ToggleMute))
            .push(iced::widget::space::horizontal());
        if !self.entry.program.stop_if.is_empty() {
            controls = controls.push(control(
                "key-none",
                "control-safety",
                Message::ShowSafety(!self.show_safety),
            ));
        }
        controls = controls.push(control("key-esc", "control-stop", Message::Escape));

        let page = column![
            top,
            session_bar,
            main,
            text(next).size(sizes.session_label() * 0.85),
            controls.align_y(Alignment::Center),
        ]
        .spacing(GAP_M)
        .padding(GAP_L);

        let overlay: Option<Element<'a, Message>> = if self.confirm_stop {
            Some(self.dialog(
                shared,
                shared.tr("stop-question"),
                vec![shared.tr("stop-explain")],
                vec![
                    (shared.tr("stop-confirm"), Message::ConfirmStop, true),
                    (shared.tr("stop-cancel"), Message::CancelStop, false),
                ],
            ))
        } else if self.show_safety {
            Some(self.dialog(
                shared,
                shared.tr("safety-title"),
                self.entry.program.stop_if.iter().map(|r| format!("•  {}", r.get(lang))).collect(),
                vec![(shared.tr("close"), Message::ShowSafety(false), false)],
            ))
        } else if self.session.is_paused() {
            Some(self.dialog(
                shared,
                shared.tr("paused"),
                vec![shared.tr("paused-explain")],
                vec![(shared.tr("control-resume"), Message::TogglePause, true)],
            ))
        } else {
            None
        };
        match overlay {
            Some(overlay) => stack![page, overlay].into(),
            None => page.into(),
        }
    }

    fn dialog<'a>(
        &'a self,
        shared: &'a Shared,
        title: String,
        lines: Vec<String>,
        buttons: Vec<(String, Message, bool)>,
    ) -> Element<'a, Message> {
        let sizes = shared.sizes;
        let mut body =
            Column::new().spacing(GAP_M).push(text(title).size(sizes.title()).font(theme::STRONG));
        for line in lines {
            body = body.push(text(line).size(sizes.body() * 1.1));
        }
        let mut actions = row![].spacing(GAP_M);
        for (label, message, primary) in buttons {
            actions = actions.push(
                button(text(label).size(sizes.body()).font(theme::STRONG))
                    .padding([10, 22])
                    .style(if primary { theme::primary_button } else { theme::secondary_button })
                    .on_press(message),
            );
        }
        body = body.push(actions);
        container(container(body).padding(GAP_L).max_width(640).style(theme::card))
            .center(Length::Fill)
            .style(|t: &iced::Theme| iced::widget::container::Style {
                background: Some(iced::Background::Color(iced::Color {
                    a: 0.55,
                    ..iced::Color::BLACK
                })),
                ..theme::card(t)
            })
            .into()
    }
}

/// The line height iced gives text, as a multiple of its size.
const LINE: f32 = 1.3;

/// Rough text measures for choosing sizes that fit a width (Inter averages about 0.56 em per
/// character; digits in the display face about 0.62).
struct Fit {
    width: f32,
}

impl Fit {
    const EM_PER_CHAR: f32 = 0.6;

    /// Running text averages narrower than headings and digits.
    const PROSE_EM_PER_CHAR: f32 = 0.5;

    /// How many lines `text` takes at `size`, at most `max`.
    fn lines(&self, text: &str, size: f32, max: u32) -> f32 {
        let wide = text.chars().count() as f32 * Self::EM_PER_CHAR * size;
        (wide / self.width.max(1.0)).ceil().clamp(1.0, max as f32)
    }

    /// How many lines a paragraph takes at `size` (wrapping wastes part of each line).
    fn prose_lines(&self, text: &str, size: f32) -> f32 {
        let wide = text.chars().count() as f32 * Self::PROSE_EM_PER_CHAR * size;
        (wide / (self.width.max(1.0) * 0.9)).ceil().max(1.0)
    }

    /// The largest size up to `size` at which `text` fits on `lines` lines.
    fn size(&self, text: &str, size: f32, lines: u32) -> f32 {
        let chars = text.chars().count().max(1) as f32;
        size.min(self.width * lines as f32 / (chars * Self::EM_PER_CHAR))
    }
}
