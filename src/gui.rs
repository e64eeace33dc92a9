//! The iced application: `app` routes messages to the screens under `screen/`; `theme` holds
//! every colour and size; `widget` the pieces screens share.

use crate::cli::Context;
use std::process::ExitCode;

mod app;
pub mod illustration;
pub mod screen;
pub mod theme;
pub mod widget;

pub use app::{App, Message};

/// Opens the app window and runs until it is closed.
pub fn run(context: Context) -> ExitCode {
    let result = iced::application(move || App::new(context.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .font(theme::FONT_REGULAR)
        .font(theme::FONT_SEMIBOLD)
        .font(theme::FONT_DISPLAY)
        .default_font(theme::BODY)
        .window_size((1180.0, 800.0))
        .centered()
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
