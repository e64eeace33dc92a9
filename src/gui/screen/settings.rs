//! Settings: language, theme, sound, get-ready time, weekly target, large type, reminders.
//! Every change is applied and saved at once; a change of the reminders also asks the app to
//! set up (or remove) the timer that wakes Limber for them.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_M, GAP_S};
use crate::gui::widget;
use crate::settings::{self, RemindWhen, Settings, ThemeChoice};
use chrono::{Datelike, NaiveDateTime, NaiveTime, Timelike};
use iced::widget::{
    Column, Row, button, checkbox, column, container, pick_list, row, slider, text,
};
use iced::{Alignment, Element, Length};
use std::fmt;

/// The settings screen (the settings themselves live in `Shared`).
#[derive(Debug, Default)]
pub struct State {
    /// The reminder timer, as the app last found or left it.
    reminders: ReminderStatus,
}

/// The reminder timer on this computer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ReminderStatus {
    /// Reminders are off and no timer is set.
    #[default]
    Off,
    /// Set up as the settings say; the next moment it wakes Limber.
    Set { next: Option<NaiveDateTime> },
    /// Being set up or removed.
    Working,
    /// Missing, left over or different from the settings (Limber moved, the timer was
    /// removed by hand).
    Stale,
    /// Setting it up failed; why.
    Failed(String),
}

/// An hour or a minute in a time picker: `07`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TwoDigits(pub u32);

impl fmt::Display for TwoDigits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

const HOURS: [TwoDigits; 24] = {
    let mut hours = [TwoDigits(0); 24];
    let mut h = 0;
    while h < 24 {
        hours[h] = TwoDigits(h as u32);
        h += 1;
    }
    hours
};

const MINUTES: [TwoDigits; 12] = {
    let mut minutes = [TwoDigits(0); 12];
    let mut m = 0;
    while m < 12 {
        minutes[m] = TwoDigits(m as u32 * 5);
        m += 1;
    }
    minutes
};

#[derive(Debug, Clone)]
pub enum Message {
    Language(Option<String>),
    Theme(ThemeChoice),
    Volume(u8),
    Muted(bool),
    TestSound,
    ProgramGetReady(bool),
    GetReady(u32),
    WeeklyTarget(u32),
    LargeType(bool),
    Voice(bool),
    VoiceRate(u32),
    SpeakFormCues(bool),
    TestVoice,
    /// A slider was let go: save what it was dragged to.
    SliderReleased,
    RemindWhen(RemindWhen),
    /// A training day (0 = Monday) ticked or unticked.
    RemindDay(usize),
    RemindHour(TwoDigits),
    RemindMinute(TwoDigits),
    /// Set the timer up again as the settings say.
    SetUpReminders,
}

/// What the app must do.
pub enum Action {
    /// Apply and save these settings.
    Changed(Settings),
    /// Apply these settings but save them only when the slider is let go: a drag sends a
    /// value per pixel.
    Preview(Settings),
    /// Save the settings as they are.
    Save,
    /// Play a cue at the current volume.
    TestSound,
    /// Apply and save these settings, then set up the reminder timer for them (or remove
    /// it), and report back with [`State::show_reminders`].
    Reminders(Settings),
    /// Say a phrase with the current voice and rate.
    TestVoice,
}

impl State {
    pub fn update(&mut self, message: Message, current: &Settings) -> Action {
        let set_up_again = matches!(message, Message::SetUpReminders);
        let mut next = current.clone();
        match message {
            Message::Language(language) => next.language = language,
            Message::Theme(choice) => next.theme = choice,
            Message::Volume(volume) => {
                next.volume = volume.min(*settings::VOLUME.end());
                return Action::Preview(next);
            }
            Message::Muted(muted) => next.muted = muted,
            Message::TestSound => return Action::TestSound,
            Message::ProgramGetReady(follow) => {
                next.get_ready = if follow { None } else { Some(settings::DEFAULT_GET_READY) };
            }
            Message::GetReady(seconds) => {
                next.get_ready = Some(seconds.min(*settings::GET_READY.end()));
                return Action::Preview(next);
            }
            Message::SliderReleased => return Action::Save,
            Message::WeeklyTarget(target) => {
                let (low, high) = settings::WEEKLY_TARGET.into_inner();
                next.weekly_target = target.clamp(low, high);
            }
            Message::LargeType(large) => next.large_type = large,
            Message::RemindWhen(when) => next.reminders.when = when,
            Message::RemindDay(day) => {
                if let Some(on) = next.reminders.days.get_mut(day) {
                    *on = !*on;
                }
            }
            Message::RemindHour(TwoDigits(hour)) => {
                let minute = next.reminders.time.minute();
                next.reminders.time = NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default();
            }
            Message::RemindMinute(TwoDigits(minute)) => {
                let hour = next.reminders.time.hour();
                next.reminders.time = NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default();
            }
            Message::SetUpReminders => {}
            Message::Voice(on) => next.voice = on,
            Message::VoiceRate(rate) => {
                let (low, high) = settings::VOICE_RATE.into_inner();
                next.voice_rate = rate.clamp(low, high);
                return Action::Preview(next);
            }
            Message::SpeakFormCues(on) => next.speak_form_cues = on,
            Message::TestVoice => return Action::TestVoice,
        }
        if next.reminders != current.reminders || set_up_again {
            self.reminders = ReminderStatus::Working;
            return Action::Reminders(next);
        }
        Action::Changed(next)
    }

    /// Shows how setting up the reminder timer went.
    pub fn show_reminders(&mut self, status: ReminderStatus) {
        self.reminders = status;
    }

    /// The reminder timer's status on show (for tests).
    pub fn reminder_status(&self) -> &ReminderStatus {
        &self.reminders
    }

    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let s = &shared.settings;
        let choice = |label: String, active: bool, message: Message| {
            button(text(label).size(sizes.body()))
                .padding([8, 16])
                .style(theme::tab_button(active))
                .on_press(message)
        };
        let section = |title: String, body: Element<'a, Message>| {
            container(
                column![text(title).size(sizes.body()).font(theme::STRONG), body].spacing(GAP_S),
            )
            .padding(GAP_M)
            .width(Length::Fill)
            .style(theme::card)
        };

        let language = Row::new()
            .spacing(GAP_S)
            .push(choice(
                shared.tr("language-system"),
                s.language.is_none(),
                Message::Language(None),
            ))
            .push(choice(
                shared.tr("language-en"),
                s.language.as_deref() == Some("en"),
                Message::Language(Some("en".into())),
            ))
            .push(choice(
                shared.tr("language-nl"),
                s.language.as_deref() == Some("nl"),
                Message::Language(Some("nl".into())),
            ));

        let theme_row = Row::new()
            .spacing(GAP_S)
            .push(choice(
                shared.tr("theme-system"),
                s.theme == ThemeChoice::System,
                Message::Theme(ThemeChoice::System),
            ))
            .push(choice(
                shared.tr("theme-light"),
                s.theme == ThemeChoice::Light,
                Message::Theme(ThemeChoice::Light),
            ))
            .push(choice(
                shared.tr("theme-dark"),
                s.theme == ThemeChoice::Dark,
                Message::Theme(ThemeChoice::Dark),
            ));

        let sound = column![
            row![
                slider(settings::VOLUME, s.volume, Message::Volume)
                    .on_release(Message::SliderReleased)
                    .width(320),
                text(format!("{} %", s.volume)).size(sizes.body()),
                button(text(shared.tr("test-sound")).size(sizes.body()))
                    .padding([6, 14])
                    .style(theme::secondary_button)
                    .on_press(Message::TestSound),
            ]
            .spacing(GAP_M)
            .align_y(Alignment::Center),
            checkbox(s.muted)
                .label(shared.tr("mute"))
                .text_size(sizes.body())
                .on_toggle(Message::Muted),
        ]
        .spacing(GAP_S);

        let mut get_ready = Column::new().spacing(GAP_S).push(
            checkbox(s.get_ready.is_none())
                .label(shared.tr("get-ready-program"))
                .text_size(sizes.body())
                .on_toggle(Message::ProgramGetReady),
        );
        if let Some(seconds) = s.get_ready {
            get_ready = get_ready.push(
                row![
                    slider(settings::GET_READY, seconds, Message::GetReady)
                        .on_release(Message::SliderReleased)
                        .width(320),
                    text(widget::seconds_text(shared, seconds)).size(sizes.body()),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::Center),
            );
        }

        let target = row![
            button(text("−").size(sizes.heading()).center())
                .width(48)
                .style(theme::secondary_button)
                .on_press_maybe(
                    (s.weekly_target > *settings::WEEKLY_TARGET.start())
                        .then(|| Message::WeeklyTarget(s.weekly_target - 1))
                ),
            text(shared.i18n.tr_args("per-week", &[("count", s.weekly_target.into())]))
                .size(sizes.body()),
            button(text("+").size(sizes.heading()).center())
                .width(48)
                .style(theme::secondary_button)
                .on_press_maybe(
                    (s.weekly_target < *settings::WEEKLY_TARGET.end())
                        .then(|| Message::WeeklyTarget(s.weekly_target + 1))
                ),
        ]
        .spacing(GAP_M)
        .align_y(Alignment::Center);

        let voice = voice_section(shared);

        let content = column![
            text(shared.tr("settings-title")).size(sizes.title()).font(theme::STRONG),
            section(shared.tr("setting-language"), language.into()),
            section(shared.tr("setting-theme"), theme_row.into()),
            section(shared.tr("setting-sound"), sound.into()),
            section(shared.tr("setting-voice"), voice),
            section(shared.tr("setting-get-ready"), get_ready.into()),
            section(
                shared.tr("setting-weekly-target"),
                column![
                    target,
                    text(shared.tr("weekly-target-help"))
                        .size(sizes.small())
                        .style(widget::muted_text)
                ]
                .spacing(GAP_S)
                .into()
            ),
            section(shared.tr("setting-reminders"), self.reminders(shared)),
            section(
                shared.tr("setting-large-type"),
                checkbox(s.large_type)
                    .label(shared.tr("large-type-help"))
                    .text_size(sizes.body())
                    .on_toggle(Message::LargeType)
                    .into()
            ),
        ]
        .spacing(GAP_M);
        widget::page(content)
    }

    /// Off, training days or "when behind"; the days and the time; how the timer stands.
    fn reminders<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let r = &shared.settings.reminders;
        let choice = |key: &str, when: RemindWhen| {
            button(text(shared.tr(key)).size(sizes.body()))
                .padding([8, 16])
                .style(theme::tab_button(r.when == when))
                .on_press(Message::RemindWhen(when))
        };
        let when = row![
            choice("reminders-off", RemindWhen::Off),
            choice("reminders-days", RemindWhen::Days),
            choice("reminders-behind", RemindWhen::Behind),
        ]
        .spacing(GAP_S);
        let mut body = Column::new().spacing(GAP_M).push(when);
        if r.when == RemindWhen::Off {
            return body.into();
        }
        if r.when == RemindWhen::Days {
            let days = (0..7).fold(Row::new().spacing(6), |days, day| {
                days.push(
                    button(
                        text(shared.tr(&format!("reminder-day-{}", day + 1))).size(sizes.body()),
                    )
                    .padding([6, 12])
                    .style(theme::tab_button(r.days[day]))
                    .on_press(Message::RemindDay(day)),
                )
            });
            body = body.push(days);
        }
        let (hour, minute) = (TwoDigits(r.time.hour()), TwoDigits(r.time.minute()));
        body = body.push(
            row![
                text(shared.tr("reminders-time")).size(sizes.body()),
                pick_list(HOURS, Some(hour), Message::RemindHour).text_size(sizes.body()),
                text(":").size(sizes.body()),
                pick_list(MINUTES, Some(minute), Message::RemindMinute).text_size(sizes.body()),
            ]
            .spacing(GAP_S)
            .align_y(Alignment::Center),
        );
        let help =
            if r.when == RemindWhen::Behind { "reminders-behind-help" } else { "reminders-help" };
        body = body.push(text(shared.tr(help)).size(sizes.small()).style(widget::muted_text));
        body.push(self.reminder_line(shared)).into()
    }

    fn reminder_line<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let line = |words: String| text(words).size(sizes.body());
        match &self.reminders {
            ReminderStatus::Off => iced::widget::space::horizontal().height(0).into(),
            ReminderStatus::Working => line(shared.tr("reminders-working")).into(),
            ReminderStatus::Set { next: Some(next) } => {
                let key = match shared.settings.reminders.when {
                    RemindWhen::Behind => "reminders-next-behind",
                    _ => "reminders-next",
                };
                let args = [
                    (
                        "weekday",
                        shared
                            .tr(&format!("day-name-{}", next.weekday().number_from_monday()))
                            .into(),
                    ),
                    ("day", next.day().into()),
                    ("month", shared.tr(&format!("month-{}", next.month())).into()),
                    ("time", next.format("%H:%M").to_string().into()),
                ];
                line(shared.i18n.tr_args(key, &args)).style(theme::ready_text).into()
            }
            ReminderStatus::Set { next: None } => {
                line(shared.tr("reminders-pick-a-day")).style(theme::warning_text).into()
            }
            ReminderStatus::Stale => column![
                line(shared.tr("reminders-stale")).style(theme::warning_text),
                button(text(shared.tr("reminders-set-up-again")).size(sizes.body()))
                    .padding([6, 14])
                    .style(theme::secondary_button)
                    .on_press(Message::SetUpReminders),
            ]
            .spacing(GAP_S)
            .into(),
            ReminderStatus::Failed(error) => container(
                column![
                    line(
                        shared.i18n.tr_args("reminders-failed", &[("error", error.clone().into())])
                    ),
                    button(text(shared.tr("reminders-set-up-again")).size(sizes.body()))
                        .padding([6, 14])
                        .style(theme::secondary_button)
                        .on_press(Message::SetUpReminders),
                ]
                .spacing(GAP_S),
            )
            .padding(GAP_M)
            .width(Length::Fill)
            .style(theme::error_box)
            .into(),
        }
    }
}

/// Spoken cues: on or off, how fast, and whether the form cues are said.
fn voice_section(shared: &Shared) -> Element<'_, Message> {
    let sizes = shared.sizes();
    let s = &shared.settings;
    let mut voice = Column::new().spacing(GAP_S).push(
        checkbox(s.voice)
            .label(shared.tr("voice-on"))
            .text_size(sizes.body())
            .on_toggle(Message::Voice),
    );
    if s.voice {
        voice = voice
            .push(
                row![
                    slider(settings::VOICE_RATE, s.voice_rate, Message::VoiceRate)
                        .on_release(Message::SliderReleased)
                        .width(320),
                    text(shared.i18n.tr_args("voice-rate", &[("rate", s.voice_rate.into())]))
                        .size(sizes.body()),
                    button(text(shared.tr("test-voice")).size(sizes.body()))
                        .padding([6, 14])
                        .style(theme::secondary_button)
                        .on_press(Message::TestVoice),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::Center),
            )
            .push(
                checkbox(s.speak_form_cues)
                    .label(shared.tr("voice-form-cues"))
                    .text_size(sizes.body())
                    .on_toggle(Message::SpeakFormCues),
            );
    }
    voice.push(text(shared.tr("voice-help")).size(sizes.small()).style(widget::muted_text)).into()
}
