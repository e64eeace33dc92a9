//! The guided session, readable from two metres away on a mat: a huge countdown, the exercise,
//! set/side/rep, instructions and picture, a bar for the step and one for the session, what
//! comes next; every cue also flashes. Every action is on a key.
//!
//! The screen shows a [`Runner`]; `update` only decides what was asked ([`Action`]), and the
//! app carries it out with [`State::apply`], which sounds the cues and records the steps.

use crate::cue::Cue;
use crate::gui::illustration::ProgramImages;
use crate::gui::screen::Shared;
use crate::gui::screen::program::thumbnail;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S, Sizes};
use crate::gui::widget::{self, Fit, LINE};
use crate::library::Entry;
use crate::pose;
use crate::program::{Plan, Step, StepKind, format_clock};
use crate::runner::{Control, Runner, Sound};
use crate::session::Event;
use chrono::{DateTime, FixedOffset};
use iced::widget::{Column, button, column, container, progress_bar, responsive, row, stack, text};
use iced::{Alignment, Element, Length, Size};
use std::time::{Duration, Instant};

/// How long a cue's flash stays on screen.
const FLASH: Duration = Duration::from_millis(400);
/// How long a cue's words (a form cue, "halfway") stay on screen.
const CUE_TEXT: Duration = Duration::from_secs(4);
/// How long "sound is back" stays on screen.
const SOUND_BACK: Duration = Duration::from_secs(5);
/// Windows lower or narrower than this (a laptop window not maximised) get the compact
/// layout: the surroundings shrink so the countdown and the exercise keep their size.
const COMPACT_HEIGHT: f32 = 700.0;
const COMPACT_WIDTH: f32 = 900.0;
/// How far the countdown may grow past its size in a large window, for the far end of a mat.
const COUNTDOWN_GROWTH: f32 = 2.2;

/// A running session.
pub struct State {
    runner: Runner,
    entry: Entry,
    /// The program's own images, read when its page was opened.
    images: ProgramImages,
    /// The last moment the screen was updated; views draw as of this moment.
    now: Instant,
    /// The last cue, the step it came in and its moment: it flashes, and its words show.
    last_cue: Option<(Cue, usize, Instant)>,
    overlay: Overlay,
    /// The history cannot keep this session (or part of it): why, in a line.
    not_saved: Option<String>,
    /// Sound stopped (`true`) or came back, in a line, and since when.
    sound: Option<(String, bool, Instant)>,
}

/// What covers the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Overlay {
    None,
    /// "Stop this session?"
    ConfirmStop,
    /// The program's safety rules.
    Safety,
}

#[derive(Debug, Clone)]
pub enum Message {
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
    /// Carry this out with [`State::apply`].
    Control(Control),
    ToggleMute,
}

impl State {
    /// The screen of a runner that has just started, with the events of its first step.
    pub fn new(
        runner: Runner,
        first: &[Event],
        entry: Entry,
        images: ProgramImages,
        now: Instant,
    ) -> Self {
        let mut state = Self {
            runner,
            entry,
            images,
            now,
            last_cue: None,
            overlay: Overlay::None,
            not_saved: None,
            sound: None,
        };
        state.observe(first, now);
        state
    }

    /// The session being run.
    pub fn runner(&self) -> &Runner {
        &self.runner
    }

    /// Ends the screen, handing back the runner (the summary writes the check-in with it).
    pub fn into_runner(self) -> Runner {
        self.runner
    }

    /// Notes that the history cannot keep everything: shown in a line on the screen.
    pub fn not_saved(&mut self, why: String) {
        self.not_saved = Some(why);
    }

    /// Notes that sound stopped (`stopped`) or came back: shown in a line on the screen, the
    /// news of its return for [`SOUND_BACK`].
    pub fn sound_line(&mut self, line: String, stopped: bool, now: Instant) {
        self.sound = Some((line, stopped, now));
    }

    /// The sound line while it has something to say.
    fn sound_words(&self) -> Option<&str> {
        let (line, stopped, since) = self.sound.as_ref()?;
        (*stopped || self.now.saturating_duration_since(*since) < SOUND_BACK).then_some(line)
    }

    /// The next moment the screen changes: a cue or a step's end, the next second on the
    /// clock, a flash or a cue's words going away. `None` while paused or finished: then
    /// nothing moves and nothing needs to wake the app.
    pub fn next_wake(&self) -> Option<Instant> {
        let session = self.runner.session();
        if session.is_finished() || session.is_paused() {
            return None;
        }
        let now = self.now;
        let elapsed = session.step_elapsed(now);
        let next_second = now
            + (Duration::from_secs(1) - Duration::from_nanos(u64::from(elapsed.subsec_nanos())));
        let pose_changes = (self.runner.plan().steps.get(session.current()))
            .and_then(|step| pose::next_change(step, elapsed))
            .map(|at| now + at.saturating_sub(elapsed));
        let cue_ends = self
            .last_cue
            .iter()
            .flat_map(|(_, _, at)| [*at + FLASH, *at + CUE_TEXT])
            .filter(|end| *end > now);
        self.runner
            .next_deadline()
            .into_iter()
            .chain(cue_ends)
            .chain(pose_changes)
            .fold(next_second, Instant::min)
            .into()
    }

    /// The window title during a session.
    pub fn title(&self, shared: &Shared) -> String {
        self.runner.plan().title.get(shared.lang()).to_owned()
    }

    /// What the user asked; nothing happens to the session until the app applies it.
    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        let confirming = self.overlay == Overlay::ConfirmStop;
        let control = match message {
            Message::TogglePause => Control::TogglePause,
            Message::Skip => Control::Skip,
            Message::Back => Control::Back,
            Message::Enter | Message::ConfirmStop if confirming => Control::Stop,
            Message::ConfirmStop => Control::Stop,
            Message::Enter => Control::Done,
            Message::Escape if confirming => return self.cover(Overlay::None),
            Message::Escape => return self.cover(Overlay::ConfirmStop),
            Message::CancelStop => return self.cover(Overlay::None),
            Message::ShowSafety(true) => return self.cover(Overlay::Safety),
            Message::ShowSafety(false) => return self.cover(Overlay::None),
            Message::ToggleMute => return Action::ToggleMute,
        };
        if control == Control::Stop {
            self.overlay = Overlay::None;
        }
        Action::Control(control)
    }

    fn cover(&mut self, overlay: Overlay) -> Action {
        self.overlay = overlay;
        Action::None
    }

    /// Carries out `control` at `now`: the runner sounds the cues and records the steps. The
    /// app calls this; the events are returned for it to look at.
    pub fn apply(
        &mut self,
        control: Control,
        now: Instant,
        wall: DateTime<FixedOffset>,
        sound: &dyn Sound,
    ) -> Vec<Event> {
        self.now = now;
        let events = self.runner.apply(control, now, wall, sound);
        self.observe(&events, now);
        events
    }

    /// Notes cues, for the flash and the words on screen.
    fn observe(&mut self, events: &[Event], now: Instant) {
        for event in events {
            if let Event::Cue { cue, step } = event {
                self.last_cue = Some((*cue, *step, now));
            }
        }
    }

    /// The visible form of the last cue while it is fresh: a form cue's own words, or the
    /// cue's label ("Switch sides", "Halfway"); countdown numbers show in the clock itself.
    fn cue_words(&self, shared: &Shared) -> Option<String> {
        let (cue, step, at) = self.last_cue?;
        // Nothing redraws while paused: a cue's words would stay until the session goes on.
        if self.now.saturating_duration_since(at) >= CUE_TEXT || self.runner.session().is_paused() {
            return None;
        }
        match cue {
            // Their step's headline, badge and flash already say these.
            Cue::Countdown(_) | Cue::Rep(_) | Cue::GetReady | Cue::Go | Cue::Rest { .. } => None,
            Cue::Form(index) => {
                let plan = self.runner.plan();
                let exercise = plan.exercise_of(plan.steps.get(step)?)?;
                exercise.cues.get(index).map(|c| c.text.get(shared.lang()).to_owned())
            }
            other => Some(other.label(&shared.i18n)),
        }
    }

    fn flashing(&self) -> bool {
        !self.runner.session().is_paused()
            && self
                .last_cue
                .is_some_and(|(_, _, at)| self.now.saturating_duration_since(at) < FLASH)
    }

    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        responsive(move |window| self.page(shared, window)).into()
    }

    /// The whole screen in a window of `window`: in a small one the surroundings (the
    /// session bar, what comes next, the controls) give up space first.
    fn page<'a>(&'a self, shared: &'a Shared, window: Size) -> Element<'a, Message> {
        let plan = self.runner.plan();
        let index = self.runner.session().current().min(plan.steps.len().saturating_sub(1));
        let Some(step) = plan.steps.get(index) else {
            return text(shared.tr("session-finished")).into();
        };
        let compact = window.height < COMPACT_HEIGHT || window.width < COMPACT_WIDTH;
        let (gap, padding) = if compact { (GAP_S, GAP_M) } else { (GAP_M, GAP_L) };
        let kind = step.kind;
        let flashing = self.flashing();
        let main = container(
            row![
                container(self.countdown_card(shared, step)).width(Length::FillPortion(3)),
                container(self.exercise_card(shared, index, step, compact))
                    .width(Length::FillPortion(2)),
            ]
            .spacing(padding)
            .align_y(Alignment::Start),
        )
        .padding(padding)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(move |t: &iced::Theme| {
            theme::tinted(t, theme::step_color(t, kind), if flashing { 0.45 } else { 0.07 })
        });

        let sizes = shared.sizes();
        let next_size = if compact { sizes.body() } else { sizes.session_label() * 0.85 };
        let mut page = Column::new()
            .spacing(gap)
            .padding(padding)
            .push(self.progress(shared, index))
            .push(main)
            .push(text(next_up(shared, plan, index)).size(next_size))
            .push(self.controls(shared, step, compact));
        if let Some(why) = &self.not_saved {
            page = page.push(text(why.as_str()).size(sizes.small()).style(theme::warning_text));
        }
        if let Some(line) = self.sound_words() {
            page = page.push(text(line).size(sizes.small()).style(theme::warning_text));
        }
        match self.overlay_view(shared) {
            Some(overlay) => stack![page, overlay].into(),
            None => page.into(),
        }
    }

    /// What is happening, and the countdown: "Front plank", "Set 2 of 3 · left side", 0:24.
    fn countdown_card<'a>(&'a self, shared: &'a Shared, step: &'a Step) -> Element<'a, Message> {
        let session = self.runner.session();
        let plan = self.runner.plan();
        let exercise = plan.exercise_of(step);
        let (headline, kind_label) = match step.kind {
            StepKind::Work => (
                exercise.map(|e| e.name.get(shared.lang()).to_owned()).unwrap_or_default(),
                shared.tr("step-work"),
            ),
            StepKind::Prepare => (shared.tr("step-prepare-headline"), shared.tr("step-prepare")),
            StepKind::Switch => (shared.tr("step-switch-headline"), shared.tr("step-switch")),
            StepKind::Relax => (shared.tr("step-relax-headline"), shared.tr("step-relax")),
            StepKind::SetRest | StepKind::Rest | StepKind::RoundRest => {
                (shared.tr("step-rest-headline"), shared.tr("step-rest"))
            }
        };
        let details =
            crate::dose::step_details(&shared.i18n, plan, step, session.current_rep(self.now));
        let remaining = session.step_remaining(self.now);
        let big = match (remaining, step.reps) {
            (Some(left), _) => format_clock(left.as_secs_f64().ceil() as u32),
            (None, Some(reps)) => shared.i18n.tr_args("reps-big", &[("count", reps.into())]),
            (None, None) => String::new(),
        };
        let step_fraction = match (step.seconds, remaining) {
            (Some(total), Some(left)) if total > 0 => 1.0 - left.as_secs_f32() / total as f32,
            _ => 0.0,
        };
        let words = self.cue_words(shared);
        let press_done = shared.tr("press-done");
        let (kind, timed, sizes) = (step.kind, step.is_timed(), shared.sizes());
        responsive(move |space| {
            let tint_of = move |t: &iced::Theme| theme::step_color(t, kind);
            let fit = CardText {
                headline: &headline,
                details: &details,
                big: &big,
                press_done: &press_done,
                timed,
            }
            .fit(space, sizes);
            let mut badge_row = row![
                container(text(kind_label.clone()).size(sizes.small() * 1.2).font(theme::STRONG))
                    .padding([4, 14])
                    .style(move |t: &iced::Theme| theme::badge(tint_of(t))(t)),
            ]
            .spacing(GAP_M)
            .align_y(Alignment::Center);
            // The cue's words sit beside the badge: a fixed place, never pushed off the card.
            if let Some(words) = &words {
                badge_row = badge_row.push(text(words.clone()).size(fit.label).font(theme::STRONG));
            }
            let mut card = Column::new()
                .spacing(GAP_S)
                .push(badge_row)
                .push(text(headline.clone()).size(fit.headline).font(theme::STRONG));
            if !details.is_empty() {
                card = card.push(text(details.clone()).size(fit.label));
            }
            card = card.push(text(big.clone()).size(fit.countdown).font(theme::DISPLAY));
            card = if timed {
                card.push(
                    progress_bar(0.0..=1.0, step_fraction.clamp(0.0, 1.0))
                        .girth(14)
                        .style(move |t: &iced::Theme| theme::bar(tint_of(t))(t)),
                )
            } else {
                card.push(text(press_done.clone()).size(fit.label).style(widget::muted_text))
            };
            container(card).clip(true).into()
        })
        .into()
    }

    /// The picture and the instructions of the exercise worked on or coming next.
    fn exercise_card<'a>(
        &'a self,
        shared: &'a Shared,
        index: usize,
        step: &Step,
        compact: bool,
    ) -> Element<'a, Message> {
        let plan = self.runner.plan();
        let lang = shared.lang();
        let coming_up = matches!(step.kind, StepKind::Rest | StepKind::Prepare);
        let shown = plan.exercise_of(step).or_else(|| {
            let (_, next) = plan.next_work(index).filter(|_| step.kind == StepKind::Prepare)?;
            plan.exercise_of(next)
        });
        // The picture follows the rep tick: down, up (see `pose`).
        let pose = pose::pose_at(step, self.runner.session().step_elapsed(self.now));
        let picture = shown.and_then(|exercise| shared.picture(exercise, &self.images, pose));
        let heading = shown
            .filter(|_| coming_up)
            .map(|e| shared.i18n.tr_args("coming-up", &[("name", e.name.get(lang).into())]));
        let instructions =
            shown.and_then(|e| e.instructions.as_ref()).map(|i| i.get(lang).to_owned());
        let sizes = shared.sizes();
        responsive(move |space| {
            let fit = Fit { width: space.width };
            let heading_size =
                if compact { sizes.body() * 1.1 } else { sizes.session_label() * 0.8 };
            let heading_height = heading
                .as_ref()
                .map_or(0.0, |h| fit.lines(h, heading_size, 3) * heading_size * LINE + GAP_M);
            // The picture takes up to half the height and the instructions shrink to the
            // rest. Where they do not fit at their smallest, the picture gives way, down to
            // half its height; then the instructions keep the whole sentences that fit.
            let smallest_body = sizes.small() * 0.8;
            let mut picture_height = (space.width / 1.5).min(space.height * 0.5);
            if let Some(words) = &instructions {
                let needed = fit.prose_lines(words, smallest_body) * smallest_body * LINE;
                let room = space.height - heading_height - GAP_M - needed - GAP_M;
                picture_height = picture_height.min(room.max(picture_height * 0.5));
            }
            if picture_height < 80.0 {
                picture_height = 0.0;
            }
            let words_height = space.height - picture_height - heading_height - GAP_M;
            let body_size = instructions.as_ref().map_or(sizes.body(), |i| {
                fit.prose_size(i, sizes.body() * 1.1, words_height).max(smallest_body)
            });
            let instructions =
                instructions.as_ref().map(|i| fit.sentences_within(i, body_size, words_height));
            let mut column = Column::new().spacing(GAP_M);
            if let Some(picture) = picture.clone().filter(|_| picture_height > 0.0) {
                column = column.push(thumbnail(picture, picture_height * 1.5));
            }
            if let Some(heading) = &heading {
                column = column.push(text(heading.clone()).size(heading_size).font(theme::STRONG));
            }
            if let Some(instructions) = instructions {
                column = column.push(text(instructions).size(body_size));
            }
            container(column).clip(true).into()
        })
        .into()
    }

    /// The whole session: its title, the step, the time left, and a bar.
    fn progress<'a>(&'a self, shared: &'a Shared, index: usize) -> Element<'a, Message> {
        let plan = self.runner.plan();
        let sizes = shared.sizes();
        let total = plan.total_seconds.max(1);
        let elapsed = self.runner.session().session_elapsed(self.now).as_secs();
        let elapsed = u32::try_from(elapsed).unwrap_or(u32::MAX).min(total);
        let top = row![
            text(plan.title.get(shared.lang()))
                .size(sizes.body())
                .font(theme::STRONG)
                .width(Length::Fill),
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
        let bar = progress_bar(0.0..=total as f32, elapsed as f32)
            .girth(8)
            .style(|t: &iced::Theme| theme::bar(t.palette().text)(t));
        column![top, bar].spacing(GAP_M).into()
    }

    /// A button per action, each with its key.
    fn controls<'a>(
        &'a self,
        shared: &'a Shared,
        step: &Step,
        compact: bool,
    ) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let (label_size, padding) =
            if compact { (sizes.small(), [4, 12]) } else { (sizes.body(), [8, 18]) };
        let control = |key: &str, label: &str, message: Message| {
            button(
                column![
                    text(shared.tr(label)).size(label_size).font(theme::STRONG),
                    text(shared.tr(key)).size(sizes.small() * 0.85).style(widget::muted_text),
                ]
                .align_x(Alignment::Center),
            )
            .padding(padding)
            .style(theme::secondary_button)
            .on_press(message)
        };
        let paused = self.runner.session().is_paused();
        let pause_label = if paused { "control-resume" } else { "control-pause" };
        let mut controls = row![
            control("key-left", "control-back", Message::Back),
            control("key-space", pause_label, Message::TogglePause),
            control("key-right", "control-skip", Message::Skip),
        ]
        .spacing(GAP_S)
        .align_y(Alignment::Center);
        if step.kind == StepKind::Work && step.reps.is_some() {
            controls = controls.push(control("key-enter", "control-done", Message::Enter));
        }
        let mute_label = if shared.settings.muted { "control-unmute" } else { "control-mute" };
        controls = controls
            .push(control("key-m", mute_label, Message::ToggleMute))
            .push(iced::widget::space::horizontal());
        if !self.entry.program.stop_if.is_empty() {
            let show = self.overlay != Overlay::Safety;
            controls =
                controls.push(control("key-none", "control-safety", Message::ShowSafety(show)));
        }
        controls.push(control("key-esc", "control-stop", Message::Escape)).into()
    }

    fn overlay_view<'a>(&'a self, shared: &'a Shared) -> Option<Element<'a, Message>> {
        let lang = shared.lang();
        Some(match self.overlay {
            Overlay::ConfirmStop => dialog(
                shared,
                shared.tr("stop-question"),
                vec![shared.tr("stop-explain")],
                vec![
                    (shared.tr("stop-confirm"), Message::ConfirmStop, true),
                    (shared.tr("stop-cancel"), Message::CancelStop, false),
                ],
            ),
            Overlay::Safety => dialog(
                shared,
                shared.tr("safety-title"),
                self.entry.program.stop_if.iter().map(|r| format!("•  {}", r.get(lang))).collect(),
                vec![(shared.tr("close"), Message::ShowSafety(false), false)],
            ),
            Overlay::None if self.runner.session().is_paused() => dialog(
                shared,
                shared.tr("paused"),
                vec![shared.tr("paused-explain")],
                vec![(shared.tr("control-resume"), Message::TogglePause, true)],
            ),
            Overlay::None => return None,
        })
    }
}

/// "Next: Bridge · 10 reps · left side", or the finish.
fn next_up(shared: &Shared, plan: &Plan, index: usize) -> String {
    let Some((_, next_step)) = plan.next_work(index) else {
        return shared.tr("next-finish");
    };
    let mut words = Vec::new();
    if let Some(exercise) = plan.exercise_of(next_step) {
        words.push(exercise.name.get(shared.lang()).to_owned());
        words.push(widget::dosage(shared, exercise));
    }
    if let Some(side) = next_step.side {
        words.push(shared.tr(side.label_key()));
    }
    shared.i18n.tr_args("next-up", &[("what", words.join(" · ").into())])
}

/// The texts of the countdown card, to be sized to its space.
struct CardText<'t> {
    headline: &'t str,
    details: &'t str,
    big: &'t str,
    press_done: &'t str,
    timed: bool,
}

/// The sizes the countdown card's texts get.
struct CardSizes {
    headline: f32,
    label: f32,
    countdown: f32,
}

impl CardText<'_> {
    /// Sizes that fit `space`: a long name, large type or a small window shrink the name and
    /// the labels first, down to body size, and the countdown last, so it stays the largest
    /// thing on the card and never spills out of it; in a large window the countdown grows
    /// into the room.
    fn fit(&self, space: Size, sizes: Sizes) -> CardSizes {
        let fit = Fit { width: space.width };
        let label = sizes.session_label();
        let badge = sizes.small() * 1.2 * LINE + 8.0 + GAP_S;
        let footer = if self.timed {
            14.0 + GAP_S
        } else {
            fit.lines(self.press_done, label, 3) * label * LINE
        };
        let headline = fit.size(self.headline, sizes.exercise(), 2);
        let headline_lines = fit.lines(self.headline, headline, 2);
        let details_lines = if self.details.is_empty() { 0.0 } else { 1.0 };
        let words = |headline: f32, label: f32| {
            headline_lines * headline * LINE + GAP_S + details_lines * (label * LINE + GAP_S)
        };
        let smallest = (sizes.body().min(headline), sizes.body().min(label));
        let room = space.height - badge - footer;
        // The countdown first, leaving the name and labels room at their smallest.
        let countdown = fit
            .size(self.big, sizes.countdown() * COUNTDOWN_GROWTH, 1)
            .min((room - words(smallest.0, smallest.1)) / LINE)
            .max(sizes.body());
        // The name and labels share what is left, up to their own sizes.
        let left = room - countdown * LINE;
        let scale = (left / words(headline, label)).clamp(0.0, 1.0);
        CardSizes {
            headline: (headline * scale).max(smallest.0),
            label: (label * scale).max(smallest.1),
            countdown,
        }
    }
}

fn dialog<'a>(
    shared: &'a Shared,
    title: String,
    lines: Vec<String>,
    buttons: Vec<(String, Message, bool)>,
) -> Element<'a, Message> {
    let sizes = shared.sizes();
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
        .style(theme::scrim)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_is_the_last_to_shrink() {
        let text = CardText {
            headline: "Side plank on the knees",
            details: "Set 2 of 3 · left side",
            big: "0:08",
            press_done: "",
            timed: true,
        };
        for large in [false, true] {
            let sizes = Sizes::new(large);
            for (width, height) in [(420.0, 330.0), (560.0, 420.0), (1100.0, 800.0)] {
                let fit = text.fit(Size::new(width, height), sizes);
                assert!(fit.countdown >= fit.headline, "{width}x{height}: {:?}", fit.countdown);
                assert!(fit.countdown > sizes.body() * 2.0, "{width}x{height} large {large}");
            }
        }
    }
}
