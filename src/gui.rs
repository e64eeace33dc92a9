//! The iced application: `app` routes messages to the screens under `screen/`; `theme` holds
//! every colour and size; `widget` the pieces screens share.

use crate::context::Context;
use crate::desktop::{APP_ID, ICON_PNG};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

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

/// Opens the app window on `start` and runs until it is closed. Without a display to open it on (no
/// `DISPLAY` or `WAYLAND_DISPLAY`, or one that cannot be reached) it says so in plain words,
/// names the terminal commands, and returns 1.
pub fn run(context: Context, start: Start) -> ExitCode {
    let i18n = crate::i18n::I18n::new(&context.lang);
    let display = |name| {
        std::env::var_os(name)
            .filter(|value| !value.is_empty())
            .map(|value| value.to_string_lossy().into_owned())
    };
    let shown = display("WAYLAND_DISPLAY").or_else(|| display("DISPLAY"));
    let no_window = |detail: Option<&str>| {
        let reason = match &shown {
            Some(name) => {
                i18n.tr_args("no-window-unreachable", &[("display", name.clone().into())])
            }
            None => i18n.tr("no-window-no-display"),
        };
        eprintln!("limber: {}", i18n.tr_args("no-window", &[("reason", reason.into())]));
        eprintln!("limber: {}", i18n.tr("no-window-hint"));
        if let Some(detail) = detail {
            eprintln!("limber: ({detail})");
        }
        ExitCode::from(1)
    };
    if shown.is_none() && display("WAYLAND_SOCKET").is_none() {
        return no_window(None);
    }
    // iced panics when it cannot reach the display (iced_winit: "Create event loop"). That
    // happens before the app boots; a panic after it is a real one and goes on as usual.
    let booted = Arc::new(AtomicBool::new(false));
    let failure = Arc::new(Mutex::new(None::<String>));
    let previous_hook = std::panic::take_hook();
    {
        let (booted, failure) = (Arc::clone(&booted), Arc::clone(&failure));
        std::panic::set_hook(Box::new(move |info| {
            if booted.load(Ordering::SeqCst) {
                previous_hook(info);
            } else if let Ok(mut failure) = failure.lock() {
                *failure = Some(panic_text(info.payload()));
            }
        }));
    }
    let started = Arc::clone(&booted);
    let result = std::panic::catch_unwind(AssertUnwindSafe(move || {
        iced::application(
            move || {
                started.store(true, Ordering::SeqCst);
                let (mut app, task) = App::new(context.clone());
                let opened = app.open(start.clone());
                (app, Task::batch([task, opened]))
            },
            App::update,
            App::view,
        )
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .settings(settings())
        .window(window())
        .run()
    }));
    match result {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(error)) => no_window(Some(&error.to_string())),
        Err(panic) if !booted.load(Ordering::SeqCst) => {
            let text = failure.lock().ok().and_then(|mut f| f.take());
            no_window(Some(&text.unwrap_or_else(|| panic_text(panic.as_ref()))))
        }
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// A panic's message, for the line of details after the words for people.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    let text = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default();
    // "Create event loop: Os(OsError { .., error: XNotSupported(XOpenDisplayFailed) })"
    text.strip_prefix("Create event loop: ").unwrap_or(&text).to_owned()
}
