//! Each command, applied: what it changes in the app. Menus, buttons and keys only queue
//! commands; they are applied here after the frame that queued them.

use crate::ui::commands::Command;
use crate::ui::side_panel::Page;
use crate::ui::text_size;
use crate::ui::theme::{self, Theme};
use crate::ui::unsaved_prompt::Then;

use super::CorridorApp;

impl CorridorApp {
    /// Applies `command`; `ctx` tells the time and takes what is asked of the window.
    pub(super) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let now = ctx.input(|i| i.time);
        match command {
            Command::OpenFile => self.pick_files_to_open(),
            Command::Reload => self.ask_before_reload(),
            Command::OpenBuiltin => self.ask_before(Then::OpenBuiltin),
            Command::Quit => self.ask_before(Then::Quit),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::FitRoute => self.fit_route(now),
            Command::ZoomIn => self.map.zoom_by(2.0, now),
            Command::ZoomOut => self.map.zoom_by(0.5, now),
            Command::PanLeft => self.map.pan_by(-0.25, 0.0, now),
            Command::PanRight => self.map.pan_by(0.25, 0.0, now),
            Command::PanUp => self.map.pan_by(0.0, -0.25, now),
            Command::PanDown => self.map.pan_by(0.0, 0.25, now),
            Command::ClearSelection => {
                if self.show_about || self.show_controls {
                    self.show_about = false;
                    self.show_controls = false;
                } else if self.selection.is_none()
                    && self.panels.narrow
                    && (self.layers_open() || self.side_open())
                {
                    self.set_layers_open(false);
                    self.set_side_open(false);
                } else {
                    self.select(None);
                }
            }
            Command::ShowOverview => {
                self.selection = None;
                self.page = Page::Overview;
            }
            Command::ShowSources => {
                self.selection = None;
                self.page = Page::Sources;
            }
            Command::ToggleTranslation => {
                self.settings.show_translation = !self.settings.show_translation;
            }
            Command::ToggleLegend => self.set_layers_open(!self.layers_open()),
            Command::PlayPause => {
                if self.settings.timeline.playing {
                    self.settings.timeline.playing = false;
                } else if !self.stops.is_empty() {
                    self.settings.timeline.play(now);
                }
            }
            Command::NextYear | Command::PreviousYear => {
                let delta = if command == Command::NextYear { 1 } else { -1 };
                self.flows.year = self.stops.step(self.flows.year, delta);
            }
            Command::ToggleMotion => self.settings.motion = !self.settings.motion,
            Command::Save => self.save(),
            Command::SaveAs => self.save_as(None),
            Command::Export => self.export.open = true,
            Command::StartPresentation => self.start_presentation(ctx, 0),
            Command::AddSlide => self.add_slide(),
            Command::NextSlide
            | Command::PreviousSlide
            | Command::FirstSlide
            | Command::LastSlide
            | Command::GoToTypedSlide => {
                if let Some(p) = &self.presentation {
                    let to = p.target(command, &self.route);
                    self.go_to_slide(to, now);
                }
            }
            Command::BlackScreen => {
                if let Some(p) = &mut self.presentation {
                    p.black = !p.black;
                }
            }
            Command::ToggleAutoplay => self.toggle_autoplay(now),
            Command::TogglePresenterView => {
                if let Some(p) = &mut self.presentation {
                    p.presenter_view = !p.presenter_view;
                }
            }
            Command::ToggleReduceMotion => {
                self.settings.reduce_motion = !self.settings.reduce_motion;
            }
            Command::StopPresentation => self.stop_presentation(ctx),
            Command::ShowControls => self.show_controls = !self.show_controls,
            Command::ShowAbout => self.show_about = !self.show_about,
            Command::ToggleSidePanel => self.set_side_open(!self.side_open()),
            Command::ShowTable => self.table.open = !self.table.open,
            Command::LightTheme | Command::DarkTheme | Command::HighContrastTheme => {
                let theme = match command {
                    Command::DarkTheme => Theme::Dark,
                    Command::HighContrastTheme => Theme::HighContrast,
                    _ => Theme::Light,
                };
                self.settings.theme = theme;
                theme::apply(ctx, theme);
            }
            Command::LargerText | Command::SmallerText | Command::NormalTextSize => {
                self.settings.text_size = text_size::after(command, self.settings.text_size);
                ctx.set_zoom_factor(self.settings.text_size);
            }
        }
    }
}
