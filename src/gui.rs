//! The iced application: `app` routes messages to the screens under `screen/`; `theme` holds
//! every colour and size; `widget` the pieces screens share.

use crate::context::Context;
use crate::desktop::{APP_ID, ICON_PNG};
use std::path::PathBuf;
use std::process::ExitCode;

mod app;
pub mod illustration;
pub mod notice;
mod reminders;
pub mod screen;
pub mod theme;
pub mod widget;

pub use app::{App, Message, Screen, Tab};
use iced::Task;

/// The window's size when it opens.
pub const WINDOW: (f32, f32) = (1180.0, 800.0);

/// The fonts and the default font, as the window and the tests' simulator both need them.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![
            theme::FONT_REGULAR.into(),
            theme::FONT_SEMIBOLD.into(),
            theme::FONT_DISPLAY.into(),
        ],
        default_font: theme::BODY,
        ..iced::Settings::default()
    }
}

/// What the window opens on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// The program list.
    Library,
    /// The import of this file (`limber FILE`, "Open with Limber").
    Import(PathBuf),
    /// This program's page (a reminder's Start).
    Program(String),
}

/// The window: its size, and the app id (Wayland) and WM class (X11) of the desktop file,
/// so docks group it under Limber's menu entry and show its icon.
pub fn window() -> iced::window::Settings {
    iced::window::Settings {
        size: WINDOW.into(),
        position: iced::window::Position::Centered,
        icon: iced::window::icon::from_file_data(ICON_PNG, None).ok(),
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..iced::window::Settings::default()
    }
}

/// Opens the app window on `start` and runs until it is closed.
pub fn run(context: Context, start: Start) -> ExitCode {
    let boot = move || {
        let (mut app, task) = App::new(context.clone());
        let opened = app.open(start.clone());
        (app, Task::batch([task, opened]))
    };
    let result = iced::application(boot, App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .settings(settings())
        .window(window())
        .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("limber: cannot open the window: {error}");
            eprintln!("limber: the command line still works: try `limber --help`");
            ExitCode::from(1)
        }
    }
}
