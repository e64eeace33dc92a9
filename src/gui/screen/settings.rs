//! Settings: language, theme, sound, get-ready time, weekly target, large type. Every change
//! is applied and saved at once.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_M, GAP_S};
use crate::gui::widget;
use crate::settings::{self, Settings, ThemeChoice};
use iced::widget::{Column, Row, button, checkbox, column, container, row, slider, text};
use iced::{Alignment, Element, Length};

/// The settings screen (the settings themselves live in `Shared`).
#[derive(Debug, Default)]
pub struct State;

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
    /// Say a phrase with the current voice and rate.
    TestVoice,
}

impl State {
    pub fn update(&mut self, message: Message, current: &Settings) -> Action {
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
            Message::Voice(on) => next.voice = on,
            Message::VoiceRate(rate) => {
                let (low, high) = settings::VOICE_RATE.into_inner();
                next.voice_rate = rate.clamp(low, high);
                return Action::Preview(next);
            }
            Message::SpeakFormCues(on) => next.speak_form_cues = on,
            Message::TestVoice => return Action::TestVoice,
        }
        Action::Changed(next)
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
