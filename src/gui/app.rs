//! The application: owns the screens, the audio and the history store, and maps every
//! screen's `Action` in one place.

use crate::audio::{Audio, AudioSettings};
use crate::cli::Context;
use crate::cue::Cue;
use crate::gui::illustration::Illustrations;
use crate::gui::screen::{
    self, Progress, Shared, editor, history, library, program, session, settings, summary,
};
use crate::gui::theme::{self, GAP_M, GAP_S, Sizes};
use crate::gui::widget;
use crate::history::Store;
use crate::i18n::I18n;
use crate::library::{Library, user_programs_dir};
use crate::recorder::Recorder;
use crate::settings::Settings;
use iced::keyboard::{self, key::Named};
use iced::theme::Mode;
use iced::widget::{Column, button, column, container, row, text};
use iced::{Alignment, Element, Length, Subscription, Task, Theme, event, window};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// After a wake-up, how often to wake again if nothing new is due: a safety net, the session
/// screen normally names its next moment itself.
const FALLBACK_TICK: Duration = Duration::from_millis(500);

/// The Limber window.
pub struct App {
    context: Context,
    shared: Shared,
    screen: Screen,
    store: Option<Store>,
    audio: Audio,
    system_mode: Mode,
    /// Things the user should know once: no sound device, a history set aside, a settings file
    /// repaired, a save that failed.
    notices: Vec<String>,
    /// A slider changed the settings and they are not saved yet.
    unsaved_settings: bool,
}

/// The screen on show.
pub enum Screen {
    Library(library::State),
    Program(program::State),
    Session(Box<session::State>),
    Summary(summary::State),
    History(history::State),
    Settings(settings::State),
    Editor(Box<editor::State>),
}

/// The top-level tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Library,
    History,
    Settings,
}

#[derive(Debug, Clone)]
pub enum Message {
    Library(library::Message),
    Program(program::Message),
    Session(session::Message),
    Summary(summary::Message),
    History(history::Message),
    Settings(settings::Message),
    Editor(editor::Message),
    Navigate(Tab),
    Tick(Instant),
    Key(keyboard::Key),
    FileDropped(PathBuf),
    SystemMode(Mode),
    DismissNotice(usize),
}

impl App {
    /// Loads settings, programs and history from `context.data_dir`; problems become notices.
    pub fn new(context: Context) -> (Self, Task<Message>) {
        let app = Self::load(context);
        (app, iced::system::theme().map(Message::SystemMode))
    }

    /// The app without any task, for tests.
    pub fn load(context: Context) -> Self {
        Self::load_with_audio(context, Audio::open)
    }

    /// `load` with the sound output chosen by the caller (tests use [`Audio::silent`]).
    pub fn load_with_audio(
        context: Context,
        open_audio: impl FnOnce(AudioSettings) -> Audio,
    ) -> Self {
        let mut notices = Vec::new();
        let settings = match Settings::load(&context.data_dir) {
            Ok(loaded) => {
                notices.extend(loaded.warnings);
                loaded.settings
            }
            Err(error) => {
                notices.push(error.to_string());
                Settings::default()
            }
        };
        let store = match Store::open(&context.data_dir) {
            Ok(opened) => {
                notices.extend(opened.notice);
                Some(opened.store)
            }
            Err(error) => {
                notices.push(error.to_string());
                None
            }
        };
        let audio = open_audio(AudioSettings { volume: settings.volume, muted: settings.muted });
        let i18n = I18n::new(&context.lang);
        if let Some(notice) = audio.notice() {
            notices.push(notice.describe(&i18n));
        }
        let dark = theme::is_dark_choice(settings.theme, Mode::Light);
        let shared = Shared {
            i18n,
            sizes: Sizes::new(settings.large_type),
            library: Library::load(&user_programs_dir(&context.data_dir)),
            dark,
            illustrations: Illustrations::new(dark),
            progress: Progress::default(),
            today: chrono::Local::now().date_naive(),
            settings,
        };
        let mut app = Self {
            context,
            shared,
            screen: Screen::Library(library::State::default()),
            store,
            audio,
            system_mode: Mode::Light,
            notices,
            unsaved_settings: false,
        };
        app.refresh_progress();
        app
    }

    pub fn title(&self) -> String {
        let name = self.shared.tr("app-title");
        match &self.screen {
            Screen::Session(s) => format!("{} · {name}", s.title(&self.shared)),
            _ => name,
        }
    }

    pub fn theme(&self) -> Theme {
        theme::theme(self.shared.dark)
    }

    /// The screen on show (for tests).
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// What every screen reads (for tests).
    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Notices on show (for tests).
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed { key, repeat: false, .. } => Some(Message::Key(key)),
            _ => None,
        });
        let drops = event::listen_with(|event, _status, _window| match event {
            iced::Event::Window(window::Event::FileDropped(path)) => {
                Some(Message::FileDropped(path))
            }
            _ => None,
        });
        let system = iced::system::theme_changes().map(Message::SystemMode);
        let ticks = match &self.screen {
            Screen::Session(s) => s.next_wake().map_or_else(Subscription::none, wake_at),
            _ => Subscription::none(),
        };
        Subscription::batch([keys, drops, system, ticks])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        self.update_at(message, Instant::now())
    }

    /// `update` with the moment given, so tests control time.
    pub fn update_at(&mut self, message: Message, now: Instant) -> Task<Message> {
        let before = std::mem::discriminant(&self.screen);
        let task = self.route(message, now);
        if std::mem::discriminant(&self.screen) == before {
            return task;
        }
        // Every screen scrolls in the same `widget::PAGE`, so a new screen would open where
        // the last one was scrolled to.
        Task::batch([
            task,
            iced::widget::operation::snap_to(
                widget::PAGE,
                iced::widget::operation::RelativeOffset::START,
            ),
        ])
    }

    fn route(&mut self, message: Message, now: Instant) -> Task<Message> {
        match message {
            Message::Navigate(tab) => {
                // A session and an open editor are left with their own Stop and Cancel, which
                // keep what was done and ask before dropping changes.
                if !matches!(self.screen, Screen::Session(_) | Screen::Editor(_)) {
                    self.navigate(tab);
                }
                Task::none()
            }
            Message::SystemMode(mode) => {
                self.system_mode = mode;
                self.apply_theme();
                Task::none()
            }
            Message::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
                Task::none()
            }
            Message::FileDropped(path) => {
                if matches!(self.screen, Screen::Session(_) | Screen::Summary(_)) {
                    return Task::none();
                }
                let mut state = library::State::default();
                let action = state.import(&path, &self.shared, &self.context.data_dir);
                self.screen = Screen::Library(state);
                self.library_action(action)
            }
            Message::Key(key) => self.key(key, now),
            Message::Tick(tick) => {
                let Screen::Session(state) = &mut self.screen else { return Task::none() };
                let action = state.update(session::Message::Tick, tick);
                self.session_action(action, tick)
            }
            Message::Library(message) => {
                let Screen::Library(state) = &mut self.screen else { return Task::none() };
                let action = state.update(message, &self.shared, &self.context.data_dir);
                self.library_action(action)
            }
            Message::Program(message) => {
                let Screen::Program(state) = &mut self.screen else { return Task::none() };
                match state.update(message) {
                    program::Action::None => {}
                    program::Action::Back => self.navigate(Tab::Library),
                    program::Action::Edit => {
                        let editor = editor::State::edit(&state.entry);
                        self.screen = Screen::Editor(Box::new(editor));
                    }
                    program::Action::Accepted { program_id, version } => {
                        let mut next = self.shared.settings.clone();
                        next.accepted_safety.insert(program_id, version);
                        self.change_settings(next);
                    }
                    program::Action::Start { plan, pain_before } => {
                        let (entry, images) = (state.entry.clone(), state.images.clone());
                        let recorder = self.begin_record(&entry, &plan, pain_before);
                        let (state, events) =
                            session::State::start(plan, entry, images, recorder, now);
                        self.screen = Screen::Session(Box::new(state));
                        self.handle_events(&events);
                    }
                }
                Task::none()
            }
            Message::Session(message) => {
                let Screen::Session(state) = &mut self.screen else { return Task::none() };
                let action = state.update(message, now);
                self.session_action(action, now)
            }
            Message::Summary(message) => {
                let Screen::Summary(state) = &mut self.screen else { return Task::none() };
                match state.update(message) {
                    summary::Action::None => Task::none(),
                    summary::Action::Save(checkin) => {
                        if let (Some(store), Some(id)) = (&self.store, state.record())
                            && let Err(error) = store.set_checkin(id, &checkin)
                        {
                            self.notices.push(error.to_string());
                        }
                        self.refresh_progress();
                        self.navigate(Tab::History);
                        Task::none()
                    }
                }
            }
            Message::History(message) => {
                let Screen::History(state) = &mut self.screen else { return Task::none() };
                match state.update(message, self.store.as_ref(), &self.shared) {
                    history::Action::None => Task::none(),
                    history::Action::Run(task) => task.map(Message::History),
                    history::Action::Changed => {
                        self.refresh_progress();
                        if let Screen::History(state) = &mut self.screen {
                            state.reload(self.store.as_ref(), &self.shared);
                        }
                        Task::none()
                    }
                }
            }
            Message::Editor(message) => {
                let Screen::Editor(state) = &mut self.screen else { return Task::none() };
                match state.update(message, &self.context.data_dir) {
                    editor::Action::None => Task::none(),
                    editor::Action::Close { program: None } => {
                        self.navigate(Tab::Library);
                        Task::none()
                    }
                    editor::Action::Close { program: Some(id) } => {
                        self.library_action(library::Action::Open(id))
                    }
                    editor::Action::Saved { id } => {
                        let _ = self.library_action(library::Action::Reload);
                        self.library_action(library::Action::Open(id))
                    }
                }
            }
            Message::Settings(message) => {
                let Screen::Settings(state) = &mut self.screen else { return Task::none() };
                match state.update(message, &self.shared.settings) {
                    settings::Action::Changed(next) => self.change_settings(next),
                    settings::Action::Preview(next) => {
                        self.apply_settings(next);
                        self.unsaved_settings = true;
                    }
                    settings::Action::Save => self.change_settings(self.shared.settings.clone()),
                    settings::Action::TestSound => self.audio.play(Cue::Go),
                }
                Task::none()
            }
        }
    }

    fn key(&mut self, key: keyboard::Key, now: Instant) -> Task<Message> {
        let message = match (&self.screen, key.as_ref()) {
            (Screen::Session(_), keyboard::Key::Named(named)) => match named {
                Named::Space => session::Message::TogglePause,
                Named::ArrowRight => session::Message::Skip,
                Named::ArrowLeft => session::Message::Back,
                Named::Enter => session::Message::Enter,
                Named::Escape => session::Message::Escape,
                _ => return Task::none(),
            },
            (Screen::Session(_), keyboard::Key::Character(c)) if c.eq_ignore_ascii_case("m") => {
                session::Message::ToggleMute
            }
            (Screen::Program(state), keyboard::Key::Named(Named::Enter)) if state.can_start() => {
                return self.update_at(Message::Program(program::Message::Start), now);
            }
            (Screen::Summary(_), keyboard::Key::Named(Named::Enter)) => {
                return self.update_at(Message::Summary(summary::Message::Save), now);
            }
            (
                Screen::Library(_) | Screen::Program(_) | Screen::History(_) | Screen::Settings(_),
                keyboard::Key::Character(c),
            ) if tab_key(c).is_some() => {
                if let Some(tab) = tab_key(c) {
                    self.navigate(tab);
                }
                return Task::none();
            }
            (Screen::Library(_), keyboard::Key::Character(c)) => {
                // 1-9 open the programs in the order shown, so no mouse is needed.
                let Some(position) = c.parse::<usize>().ok().filter(|n| (1..=9).contains(n)) else {
                    return Task::none();
                };
                let Some(entry) = self.shared.library.entries.get(position - 1) else {
                    return Task::none();
                };
                let id = entry.program.id.clone();
                return self.library_action(library::Action::Open(id));
            }
            (Screen::Editor(_), keyboard::Key::Named(Named::Escape)) => {
                return self.update_at(Message::Editor(editor::Message::Cancel), now);
            }
            (_, keyboard::Key::Named(named)) if scroll_step(named).is_some() => {
                return match scroll_step(named) {
                    Some(step) => iced::widget::operation::scroll_by(
                        widget::PAGE,
                        iced::widget::operation::AbsoluteOffset { x: 0.0, y: step },
                    ),
                    None => Task::none(),
                };
            }
            (Screen::Program(_), keyboard::Key::Named(Named::Escape)) => {
                self.navigate(Tab::Library);
                return Task::none();
            }
            _ => return Task::none(),
        };
        self.update_at(Message::Session(message), now)
    }

    fn library_action(&mut self, action: library::Action) -> Task<Message> {
        match action {
            library::Action::None => Task::none(),
            library::Action::Run(task) => task.map(Message::Library),
            library::Action::Reload => {
                self.shared.library = Library::load(&user_programs_dir(&self.context.data_dir));
                Task::none()
            }
            library::Action::NewProgram => {
                self.screen = Screen::Editor(Box::new(editor::State::new_program(&self.shared)));
                Task::none()
            }
            library::Action::Open(id) => {
                if let Some(entry) = self.shared.library.find(&id).cloned() {
                    let get_ready = self.shared.settings.get_ready;
                    self.screen =
                        Screen::Program(program::State::new(entry, get_ready, &self.shared));
                }
                Task::none()
            }
        }
    }

    fn session_action(&mut self, action: session::Action, now: Instant) -> Task<Message> {
        match action {
            session::Action::None => {}
            session::Action::Events(events) => self.handle_events(&events),
            session::Action::ToggleMute => {
                let muted = !self.shared.settings.muted;
                let mut next = self.shared.settings.clone();
                next.muted = muted;
                self.change_settings(next);
            }
        }
        let finished = match &mut self.screen {
            Screen::Session(state) => state.take_finished(),
            _ => None,
        };
        if let Some(done) = finished {
            self.refresh_progress();
            self.screen = Screen::Summary(summary::State::new(done, now));
        }
        Task::none()
    }

    /// Plays cues and records finished steps in the history.
    fn handle_events(&mut self, events: &[crate::session::Event]) {
        for event in events {
            if let crate::session::Event::Cue { cue, .. } = event {
                self.audio.play(*cue);
            }
        }
        if let Screen::Session(state) = &mut self.screen
            && let Err(error) = state.record(events, self.store.as_ref())
        {
            self.notices.push(error);
        }
    }

    fn begin_record(
        &mut self,
        entry: &crate::library::Entry,
        plan: &crate::plan::Plan,
        pain_before: Option<u8>,
    ) -> Option<Recorder> {
        let store = self.store.as_ref()?;
        let title = entry.program.title.get(self.shared.lang());
        let started_at = chrono::Local::now().fixed_offset();
        match Recorder::begin(
            store,
            &entry.program,
            &entry.hash,
            plan,
            title,
            pain_before,
            started_at,
        ) {
            Ok(recorder) => Some(recorder),
            Err(error) => {
                self.notices.push(error.to_string());
                None
            }
        }
    }

    fn navigate(&mut self, tab: Tab) {
        // A slider moved by keyboard or wheel sends no release: save what it was left at.
        if self.unsaved_settings {
            self.save_settings();
        }
        self.screen = match tab {
            Tab::Library => Screen::Library(library::State::default()),
            Tab::History => Screen::History(history::State::new(self.store.as_ref(), &self.shared)),
            Tab::Settings => Screen::Settings(settings::State),
        };
    }

    /// Applies `next` and saves it.
    fn change_settings(&mut self, next: Settings) {
        self.apply_settings(next);
        self.save_settings();
    }

    fn save_settings(&mut self) {
        self.unsaved_settings = false;
        if let Err(error) = self.shared.settings.save(&self.context.data_dir) {
            self.notices.push(error.to_string());
        }
    }

    /// Applies `next` without saving it (while a slider is dragged).
    fn apply_settings(&mut self, next: Settings) {
        if next.language != self.shared.settings.language {
            self.context.lang = crate::i18n::preferred(next.language.as_deref());
            self.shared.i18n = I18n::new(&self.context.lang);
        }
        self.audio.set_volume(next.volume);
        self.audio.set_muted(next.muted);
        self.shared.sizes = Sizes::new(next.large_type);
        // Only the weekly target changes the figures; reading them again costs a pass over
        // the whole history.
        let figures_change = next.weekly_target != self.shared.settings.weekly_target;
        self.shared.settings = next;
        self.apply_theme();
        if figures_change {
            self.refresh_progress();
        }
    }

    fn apply_theme(&mut self) {
        let dark = theme::is_dark_choice(self.shared.settings.theme, self.system_mode);
        if dark != self.shared.dark {
            self.shared.dark = dark;
            self.shared.illustrations = Illustrations::new(dark);
        }
    }

    /// Recomputes the streaks and last-done dates shown outside the history screen.
    fn refresh_progress(&mut self) {
        self.set_today(chrono::Local::now().date_naive());
    }

    /// Shows the streaks and the calendar as of `today` (tests pin the date).
    pub fn set_today(&mut self, today: chrono::NaiveDate) {
        self.shared.today = today;
        if let Some(store) = &self.store {
            match screen::history::progress(store, &self.shared) {
                Ok(progress) => self.shared.progress = progress,
                Err(error) => self.notices.push(error),
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match &self.screen {
            Screen::Library(s) => s.view(&self.shared).map(Message::Library),
            Screen::Program(s) => s.view(&self.shared).map(Message::Program),
            Screen::Session(s) => {
                let session = s.view(&self.shared).map(Message::Session);
                return match self.notices_view() {
                    Some(notices) => column![notices, session].into(),
                    None => session,
                };
            }
            Screen::Summary(s) => s.view(&self.shared).map(Message::Summary),
            Screen::History(s) => s.view(&self.shared).map(Message::History),
            Screen::Settings(s) => s.view(&self.shared).map(Message::Settings),
            Screen::Editor(s) => s.view(&self.shared).map(Message::Editor),
        };
        let current = match &self.screen {
            Screen::History(_) => Some(Tab::History),
            Screen::Settings(_) => Some(Tab::Settings),
            Screen::Library(_) | Screen::Program(_) | Screen::Editor(_) => Some(Tab::Library),
            _ => None,
        };
        let sizes = self.shared.sizes;
        let tab = |key: &str, tab: Tab| {
            button(text(self.shared.tr(key)).size(sizes.body()))
                .padding([8, 18])
                .style(theme::tab_button(current == Some(tab)))
                .on_press_maybe(
                    (!matches!(self.screen, Screen::Editor(_))).then_some(Message::Navigate(tab)),
                )
        };
        let nav = container(
            row![
                text(self.shared.tr("app-title")).size(sizes.heading()).font(theme::STRONG),
                iced::widget::space::horizontal(),
                tab("tab-programs", Tab::Library),
                tab("tab-history", Tab::History),
                tab("tab-settings", Tab::Settings),
            ]
            .spacing(GAP_S)
            .align_y(Alignment::Center),
        )
        .padding([12, 24])
        .max_width(theme::PAGE_WIDTH + 2.0 * theme::GAP_L);
        let nav = container(nav).center_x(Length::Fill);
        match self.notices_view() {
            Some(notices) => column![nav, notices, body].into(),
            None => column![nav, body].into(),
        }
    }

    /// Things the user should know, each with Dismiss, above the screen's body.
    fn notices_view(&self) -> Option<Element<'_, Message>> {
        if self.notices.is_empty() {
            return None;
        }
        let sizes = self.shared.sizes;
        let mut list = Column::new().spacing(GAP_S);
        for (index, notice) in self.notices.iter().enumerate() {
            list = list.push(
                container(
                    row![
                        text(notice.as_str()).size(sizes.small()).width(Length::Fill),
                        button(text(self.shared.tr("dismiss")).size(sizes.small()))
                            .padding([4, 12])
                            .style(theme::secondary_button)
                            .on_press(Message::DismissNotice(index)),
                    ]
                    .spacing(GAP_M)
                    .align_y(Alignment::Center),
                )
                .padding([6, 14])
                .style(theme::notice),
            );
        }
        Some(
            container(
                container(list).padding([0, 24]).max_width(theme::PAGE_WIDTH + 2.0 * theme::GAP_L),
            )
            .center_x(Length::Fill)
            .into(),
        )
    }
}

/// How far the arrow and page keys scroll a screen.
fn scroll_step(key: Named) -> Option<f32> {
    match key {
        Named::ArrowDown => Some(80.0),
        Named::ArrowUp => Some(-80.0),
        Named::PageDown => Some(480.0),
        Named::PageUp => Some(-480.0),
        Named::End => Some(1.0e6),
        Named::Home => Some(-1.0e6),
        _ => None,
    }
}

/// The letter keys of the tabs (P, H, S), so every screen is a key away. Text inputs take
/// their letters first, so typing a note never switches tabs.
fn tab_key(key: &str) -> Option<Tab> {
    match key.to_ascii_lowercase().as_str() {
        "p" => Some(Tab::Library),
        "h" => Some(Tab::History),
        "s" => Some(Tab::Settings),
        _ => None,
    }
}

/// Ticks at `at` (a cue, a step's end, the next second on the clock), then every
/// [`FALLBACK_TICK`] until the screen names a new moment. Waking only when something changes
/// keeps a session at a few redraws a second and the idle app at none.
fn wake_at(at: Instant) -> Subscription<Message> {
    Subscription::run_with(at, |at| {
        iced::futures::stream::unfold(*at, |next| async move {
            tokio::time::sleep_until(tokio::time::Instant::from_std(next)).await;
            let now = Instant::now();
            Some((Message::Tick(now), now + FALLBACK_TICK))
        })
    })
}
