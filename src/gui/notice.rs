//! Things the user should know once (no sound, a history or settings file set aside, a save
//! that failed): one plain sentence each, in the user's language, with what the system said
//! behind "Details", above every screen but the session.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_M, GAP_S};
use crate::gui::widget;
use iced::widget::{Column, button, column, container, row, text};
use iced::{Alignment, Element, Length};

/// One notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What happened and what to do, in one sentence.
    pub text: String,
    /// The system's own words, shown on request.
    pub detail: Option<String>,
    details_shown: bool,
}

impl Notice {
    /// A notice that says it all in its sentence.
    pub fn plain(text: impl Into<String>) -> Self {
        Self { text: text.into(), detail: None, details_shown: false }
    }

    /// A notice with the system's words behind "Details".
    pub fn with_detail(text: impl Into<String>, detail: impl Into<String>) -> Self {
        Self { text: text.into(), detail: Some(detail.into()), details_shown: false }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Dismiss(usize),
    ToggleDetails(usize),
}

pub fn update(notices: &mut Vec<Notice>, message: Message) {
    match message {
        Message::Dismiss(index) if index < notices.len() => {
            notices.remove(index);
        }
        Message::ToggleDetails(index) => {
            if let Some(notice) = notices.get_mut(index) {
                notice.details_shown = !notice.details_shown;
            }
        }
        Message::Dismiss(_) => {}
    }
}

/// The notices, each with Dismiss (and Details when it has them), above a screen's body.
pub fn view<'a>(notices: &'a [Notice], shared: &'a Shared) -> Element<'a, Message> {
    let sizes = shared.sizes();
    let small_button = |label: String, message: Message| {
        button(text(label).size(sizes.small()))
            .padding([4, 12])
            .style(theme::secondary_button)
            .on_press(message)
    };
    let mut list = Column::new().spacing(GAP_S);
    for (index, notice) in notices.iter().enumerate() {
        let mut words = column![text(notice.text.as_str()).size(sizes.small())].spacing(4);
        let mut line = row![].spacing(GAP_M).align_y(Alignment::Center);
        if let Some(detail) = &notice.detail {
            if notice.details_shown {
                words = words.push(
                    text(detail.as_str()).size(sizes.small() * 0.9).style(widget::muted_text),
                );
            }
            let label = if notice.details_shown { "notice-hide-details" } else { "notice-details" };
            line = line.push(words.width(Length::Fill));
            line = line.push(small_button(shared.tr(label), Message::ToggleDetails(index)));
        } else {
            line = line.push(words.width(Length::Fill));
        }
        line = line.push(small_button(shared.tr("dismiss"), Message::Dismiss(index)));
        list = list.push(container(line).padding([6, 14]).style(theme::notice));
    }
    container(container(list).padding([0, 24]).max_width(theme::PAGE_WIDTH + 2.0 * theme::GAP_L))
        .center_x(Length::Fill)
        .into()
}
