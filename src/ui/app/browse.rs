//! Drawing the app while exploring: the menu bar, the status bar, the panels around the map, the
//! map itself, and the hint shown while files are dragged over the window.

use std::path::PathBuf;

use crate::tr;

use egui::{Id, Panel, RichText, Ui};

use crate::i18n::Tr;
use crate::io::LoadStage;
use crate::scene::picture::Furniture;
use crate::scene::{Highlight, SceneOptions, Target};
use crate::text::fonts;
use crate::ui::commands::{Command, Mode};
use crate::ui::edge_panel::{self, Edge};
use crate::ui::side_panel::{self, Page, PanelView};
use crate::ui::theme::{self, Theme};
use crate::ui::tr::TrContext;
use crate::ui::{layers, legend, story_panel, timeline, windows};

use super::CorridorApp;
use super::panels::{self, LAYERS_WIDTH};

/// Points between the top of the map and the tabs on its edges.
const TAB_TOP: f32 = 12.0;
/// The strip along the map's bottom with its scale bar and credits, which panels over the map
/// leave clear.
const FURNITURE_BAND: f32 = 34.0;

impl CorridorApp {
    /// Exploring: menus, panels, the map and the timeline.
    pub(super) fn browse(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.pending.extend(Command::from_keys(&ctx, Mode::Browse));

        Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if !self.stops.is_empty() {
            let stops = self.stops;
            let now = ctx.input(|i| i.time);
            if let Some(wait) = self
                .settings
                .timeline
                .tick(now, &mut self.flows.year, stops)
            {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            }
            Panel::bottom("timeline").show(ui, |ui| {
                timeline::show(
                    ui,
                    &mut self.settings.timeline,
                    &mut self.flows.year,
                    stops,
                    self.settings.motion,
                    &mut self.pending,
                );
            });
        }
        self.file_notices(ui);
        self.set_window_width(ctx.content_rect().width());
        self.panels.layers_rect = None;
        self.panels.side_rect = None;
        if !self.panels.narrow && self.settings.show_legend {
            let panel = Panel::left("layers_and_legend")
                .resizable(true)
                .default_size(LAYERS_WIDTH)
                .min_size(200.0)
                .show(ui, |ui| self.layers_panel(ui));
            self.panels.layers_rect = Some(panel.response.rect);
        }
        if !self.panels.narrow && self.settings.show_side_panel {
            let panel = Panel::right("side_panel")
                .resizable(true)
                .default_size(420.0)
                .min_size(300.0)
                .show(ui, |ui| self.side_panel(ui));
            self.panels.side_rect = Some(panel.response.rect);
        }

        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let furniture = Furniture {
                    title: None,
                    legend: false,
                    scale_bar: true,
                    attribution: true,
                    tr: self.tr.clone(),
                };
                let mut options = SceneOptions::plain(Highlight::default(), 1.0);
                options.language = self.tr.language().to_owned();
                let response = self.show_map(ui, options, &furniture);
                if let Some(target) = response.clicked {
                    self.select(target);
                }
            });
        self.panels_over_map(&ctx);
        self.bring_into_sight(ctx.input(|i| i.time));

        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        self.open_files(dropped);
        drop_hint(&ctx);
    }

    /// Above and below the map: problems of a file that did not load, and a file that changed on
    /// disk under unsaved edits.
    fn file_notices(&mut self, ui: &mut Ui) {
        if !self.load_problems.is_empty() {
            let mut dismiss = false;
            Panel::bottom("problems").resizable(true).show(ui, |ui| {
                dismiss = windows::problems(
                    ui,
                    &self.load_error_file,
                    &self.load_problems,
                    self.problems_context,
                );
            });
            if dismiss {
                self.load_problems.clear();
            }
        }
        if self.changed_on_disk {
            let tr = self.tr.clone();
            Panel::top("changed_on_disk").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(tr!(tr, "status-changed-on-disk", file = &self.route_file))
                            .strong(),
                    );
                    if ui
                        .button(tr.t("status-reload-lose-edits"))
                        .on_hover_text(Command::Reload.tooltip(&tr))
                        .clicked()
                    {
                        self.pending.push(Command::Reload);
                    }
                    if ui
                        .button(tr.t("status-keep-edits"))
                        .on_hover_text(tr.attr("status-keep-edits", "tooltip"))
                        .clicked()
                    {
                        self.changed_on_disk = false;
                    }
                });
            });
        }
    }

    /// The flow layers, to turn on and off and order, and the legend.
    fn layers_panel(&mut self, ui: &mut Ui) {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                layers::show(ui, &self.route, &mut self.flows);
                ui.separator();
                legend::show(ui, &self.route, &self.flows);
            });
    }

    /// The selected place or link, the overview, the sources or the story, and what they ask.
    fn side_panel(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let mut story_action = None;
        let view = PanelView {
            selection: self.selection,
            page: self.page,
            translation: self.settings.show_translation,
            year: self.flows.year,
            picked_quote: self.picked_quote.as_deref(),
            story_len: self.route.story.len(),
        };
        // The Story tab edits the slides while the rest of the panel reads the route.
        let mut story = std::mem::take(&mut self.route.story);
        let mut edited = false;
        let panel = side_panel::show(ui, &self.route, &self.geometry, &view, &mut |ui| {
            (story_action, edited) = story_panel::show(ui, &mut story, &mut self.editing_slide);
        });
        self.route.story = story;
        self.dirty |= edited;
        if let Some(pick) = panel.pick_quote {
            self.picked_quote = pick;
        }
        if let Some(page) = panel.show_page {
            self.selection = None;
            self.page = page;
        }
        if let Some(action) = story_action {
            self.story_action(&ctx, action);
        }
        if let Some(target) = panel.select {
            self.select(target);
            if let Some(Target::Node(i)) = target
                && let Some(&p) = self.geometry.nodes.get(i)
            {
                self.map.center_on(p, ctx.input(|i| i.time));
            }
        }
        self.pending.extend(panel.commands);
    }

    /// On a narrow window, the panel open over the map's edge; on any window, the tabs on the
    /// map's edges that open and close the panels lying over it or hidden from beside it.
    fn panels_over_map(&mut self, ctx: &egui::Context) {
        let Some(map) = self.map.rect else {
            return;
        };
        let narrow = self.panels.narrow;
        if narrow && self.panels.layers_over_map {
            let rect = edge_panel::over_map(
                ctx,
                Id::unique("layers_over_map"),
                map,
                Edge::Left,
                LAYERS_WIDTH,
                FURNITURE_BAND,
                |ui| self.layers_panel(ui),
            );
            self.panels.layers_rect = Some(rect);
        }
        if narrow && self.panels.side_over_map {
            let width = panels::side_width(ctx.content_rect().width());
            let rect = edge_panel::over_map(
                ctx,
                Id::unique("side_over_map"),
                map,
                Edge::Right,
                width,
                FURNITURE_BAND,
                |ui| self.side_panel(ui),
            );
            self.panels.side_rect = Some(rect);
        }
        let tr = self.tr.clone();
        let tip = |command: Command, what: String| match command.shortcut_text(ctx) {
            Some(key) => format!("{what} ({key})"),
            None => what,
        };
        let top = map.top() + TAB_TOP;
        if narrow || !self.layers_open() {
            let over = self.panels.layers_rect.filter(|_| narrow);
            let (x, text, what) = match over {
                Some(r) => (
                    r.right(),
                    tr.t("window-tab-hide-layers"),
                    tr.t("window-tab-hide-layers-tip"),
                ),
                None => (
                    map.left(),
                    tr.t("window-tab-layers"),
                    tr.t("window-tab-show-layers-tip"),
                ),
            };
            let at = egui::pos2(x, top);
            let tooltip = tip(Command::ToggleLegend, what);
            if edge_panel::tab(
                ctx,
                Id::unique("layers_tab"),
                at,
                Edge::Left,
                &text,
                &tooltip,
            ) {
                self.pending.push(Command::ToggleLegend);
            }
        }
        if narrow || !self.side_open() {
            let over = self.panels.side_rect.filter(|_| narrow);
            let (x, text, what) = match over {
                Some(r) => (
                    r.left(),
                    tr.t("window-tab-hide-side"),
                    tr.t("window-tab-hide-side-tip"),
                ),
                None => (
                    map.right(),
                    format!("◀ {}", self.side_panel_title()),
                    tr.t("window-tab-show-side-tip"),
                ),
            };
            let at = egui::pos2(x, top);
            let tooltip = tip(Command::ToggleSidePanel, what);
            if edge_panel::tab(
                ctx,
                Id::unique("side_tab"),
                at,
                Edge::Right,
                &text,
                &tooltip,
            ) {
                self.pending.push(Command::ToggleSidePanel);
            }
        }
    }

    /// What the side panel shows: the selection's name, or its page.
    fn side_panel_title(&self) -> String {
        match self.selection {
            Some(Target::Node(i)) => self.route.nodes.get(i).map(|n| n.name.to_string()),
            Some(Target::Link(i) | Target::Flow { link: i, .. }) => self
                .route
                .links
                .get(i)
                .map(|_| self.tr.t("window-side-link")),
            None => None,
        }
        .unwrap_or_else(|| match self.page {
            Page::Overview => Command::ShowOverview.label(&self.tr),
            Page::Sources => Command::ShowSources.label(&self.tr),
            Page::Story => self.tr.t("window-side-story"),
        })
    }

    /// View › Theme: light, dark or high contrast, each a command so the controls list has them.
    fn theme_menu(&mut self, ui: &mut Ui) {
        let tr = self.tr.clone();
        ui.menu_button(tr.t("menu-theme"), |ui| {
            for (command, theme) in [
                (Command::LightTheme, Theme::Light),
                (Command::DarkTheme, Theme::Dark),
                (Command::HighContrastTheme, Theme::HighContrast),
            ] {
                let chosen = self.settings.theme == theme;
                if ui
                    .radio(chosen, command.label(&tr))
                    .on_hover_text(command.tooltip(&tr))
                    .clicked()
                {
                    self.pending.push(command);
                }
            }
        })
        .response
        .on_hover_text(tr.attr("menu-theme", "tooltip"));
    }

    /// View › Language: the interface's language, remembered.
    fn language_menu(&mut self, ui: &mut Ui) {
        let tr = self.tr.clone();
        ui.menu_button(tr.t("menu-language"), |ui| {
            for code in crate::i18n::languages() {
                let chosen = self.tr.language() == code;
                if ui.radio(chosen, Tr::language_name(code)).clicked() && !chosen {
                    self.set_language(ui.ctx(), code);
                }
            }
        })
        .response
        .on_hover_text(tr.attr("menu-language", "tooltip"));
    }

    /// Present › Talk language: slides in another language than the interface's.
    fn talk_language_menu(&mut self, ui: &mut Ui) {
        let tr = self.tr.clone();
        ui.menu_button(tr.t("menu-talk-language"), |ui| {
            let same = self.settings.talk_language.is_empty();
            if ui.radio(same, tr.t("menu-talk-language-same")).clicked() {
                self.set_talk_language(None);
            }
            for code in crate::i18n::languages() {
                let chosen = !same && self.talk_tr.language() == code;
                if ui.radio(chosen, Tr::language_name(code)).clicked() {
                    self.set_talk_language(Some(code));
                }
            }
        })
        .response
        .on_hover_text(tr.attr("menu-talk-language", "tooltip"));
    }

    /// File, Edit, View, Present and Help, the route's name, and buttons for what is used most.
    fn menu_bar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let item = |ui: &mut Ui, pending: &mut Vec<Command>, command: Command| {
            let mut button = egui::Button::new(command.label(&ui.tr()));
            if let Some(text) = command.shortcut_text(&ctx) {
                button = button.shortcut_text(text);
            }
            if ui
                .add(button)
                .on_hover_text(command.tooltip(&ui.tr()))
                .clicked()
            {
                pending.push(command);
            }
        };
        let tr = self.tr.clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr.t("menu-file"), |ui| {
                item(ui, &mut self.pending, Command::OpenFile);
                ui.menu_button(tr.t("menu-open-recent"), |ui| {
                    if self.settings.recent_files.is_empty() {
                        ui.weak(tr.t("menu-open-recent-none"));
                    }
                    let mut open = None;
                    for entry in &self.settings.recent_files {
                        let name = entry
                            .iter()
                            .map(|p| {
                                p.file_name().map_or_else(
                                    || p.display().to_string(),
                                    |n| n.to_string_lossy().into_owned(),
                                )
                            })
                            .collect::<Vec<_>>()
                            .join(" + ");
                        let full = entry
                            .iter()
                            .map(|p| p.display().to_string())
                            .collect::<Vec<_>>()
                            .join("\n");
                        if ui.button(name).on_hover_text(full).clicked() {
                            open = Some(entry.clone());
                        }
                    }
                    if !self.settings.recent_files.is_empty() {
                        ui.separator();
                        if ui.button(tr.t("menu-open-recent-clear")).clicked() {
                            self.settings.recent_files.clear();
                        }
                    }
                    if let Some(paths) = open {
                        self.open_files(paths);
                    }
                });
                item(ui, &mut self.pending, Command::Reload);
                item(ui, &mut self.pending, Command::OpenBuiltin);
                item(ui, &mut self.pending, Command::Save);
                item(ui, &mut self.pending, Command::SaveAs);
                item(ui, &mut self.pending, Command::Export);
                ui.separator();
                item(ui, &mut self.pending, Command::Quit);
            });
            ui.menu_button(tr.t("menu-edit"), |ui| self.edit_menu(ui));
            ui.menu_button(tr.t("menu-view"), |ui| {
                item(ui, &mut self.pending, Command::FitRoute);
                item(ui, &mut self.pending, Command::ZoomIn);
                item(ui, &mut self.pending, Command::ZoomOut);
                ui.separator();
                item(ui, &mut self.pending, Command::ShowOverview);
                item(ui, &mut self.pending, Command::ShowSources);
                item(ui, &mut self.pending, Command::ToggleTranslation);
                item(ui, &mut self.pending, Command::ToggleLegend);
                item(ui, &mut self.pending, Command::ToggleSidePanel);
                item(ui, &mut self.pending, Command::ToggleMotion);
                item(ui, &mut self.pending, Command::ShowTable);
                ui.separator();
                item(ui, &mut self.pending, Command::LargerText);
                item(ui, &mut self.pending, Command::SmallerText);
                item(ui, &mut self.pending, Command::NormalTextSize);
                ui.separator();
                self.theme_menu(ui);
                self.language_menu(ui);
            });
            ui.menu_button(tr.t("menu-present"), |ui| {
                item(ui, &mut self.pending, Command::StartPresentation);
                item(ui, &mut self.pending, Command::AddSlide);
                let mut reduce = self.settings.reduce_motion;
                if ui
                    .checkbox(&mut reduce, Command::ToggleReduceMotion.label(&ui.tr()))
                    .on_hover_text(Command::ToggleReduceMotion.tooltip(&ui.tr()))
                    .changed()
                {
                    self.pending.push(Command::ToggleReduceMotion);
                }
                self.screens_menu(ui);
                self.talk_language_menu(ui);
                ui.horizontal(|ui| {
                    ui.label(tr.t("menu-autoplay-seconds"));
                    ui.add(
                        egui::DragValue::new(&mut self.settings.autoplay_seconds)
                            .range(2.0..=120.0),
                    );
                });
            });
            ui.menu_button(tr.t("menu-help"), |ui| {
                item(ui, &mut self.pending, Command::ShowControls);
                item(ui, &mut self.pending, Command::ShowAbout);
            });
            ui.separator();
            ui.label(RichText::new(&self.route.title).font(fonts::bold(15.0)));
            ui.weak(if self.dirty {
                tr!(tr, "menu-file-edited", file = &self.route_file)
            } else {
                self.route_file.clone()
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for command in [
                    Command::StartPresentation,
                    Command::ZoomIn,
                    Command::ZoomOut,
                    Command::FitRoute,
                ] {
                    let text = match command {
                        Command::StartPresentation => format!("▶ {}", command.label(&tr)),
                        Command::ZoomIn => "+".to_owned(),
                        Command::ZoomOut => "−".to_owned(),
                        _ => command.label(&tr),
                    };
                    let tip = match command.shortcut_text(&ctx) {
                        Some(key) => format!("{} ({key})", command.tooltip(&ui.tr())),
                        None => command.tooltip(&ui.tr()).to_owned(),
                    };
                    let button = ui.button(text);
                    let button = crate::ui::a11y::name_button(button, &command.label(&ui.tr()));
                    if button.on_hover_text(tip).clicked() {
                        self.pending.push(command);
                    }
                }
            });
        });
    }

    /// Where the pointer is, a file being opened, what the last save or export did, errors and
    /// warnings.
    fn status_bar(&self, ui: &mut Ui) {
        let tr = &self.tr;
        ui.horizontal(|ui| {
            match self.map.pointer_place {
                Some((lat, lon)) => {
                    ui.label(format!("{lat:.3}°, {lon:.3}°"));
                    if let Some(country) = &self.map.pointer_country {
                        ui.label(crate::map::names::country_name(country, tr.language()));
                    }
                }
                None => {
                    ui.weak(tr.t("status-hint"));
                }
            }
            if let Some((load, _)) = &self.loading {
                let stage = load.stage();
                ui.spinner();
                let name = load
                    .paths()
                    .iter()
                    .filter_map(|p| p.file_name())
                    .map(|n| n.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(" + ");
                let stage_name = match stage {
                    LoadStage::Reading { .. } => tr.t("status-stage-reading"),
                    LoadStage::Parsing => tr.t("status-stage-parsing"),
                    LoadStage::Checking => tr.t("status-stage-checking"),
                };
                ui.label(tr!(tr, "status-opening", file = name, stage = stage_name));
                ui.add(
                    egui::ProgressBar::new(stage.fraction())
                        .desired_width(160.0)
                        .show_percentage(),
                );
            }
            if let Some(message) = &self.save_message {
                ui.label(message);
            }
            if let Some(gap) = &self.language_gap {
                let default = &gap.shown_in;
                let text = if gap.missing == gap.total {
                    tr!(
                        tr,
                        "status-route-not-in-language",
                        default = default.as_str()
                    )
                } else {
                    tr!(
                        tr,
                        "status-route-partly-in-language",
                        missing = gap.missing,
                        default = default.as_str()
                    )
                };
                ui.weak(text)
                    .on_hover_text(tr.attr("status-route-partly-in-language", "tooltip"));
            }
            if self.route.nodes.is_empty() && !self.route.areas.is_empty() {
                ui.weak(tr!(tr, "status-areas-only", count = self.route.areas.len()));
            }
            if let Some(e) = &self.map.basemap_error {
                ui.colored_label(theme::palette(ui.ctx()).error_text, e);
            }
            let warnings: Vec<&crate::io::Problem> =
                self.warnings.iter().chain(&self.layout_warnings).collect();
            if !warnings.is_empty() {
                ui.colored_label(
                    theme::palette(ui.ctx()).warning_text,
                    tr!(
                        tr,
                        "status-warnings",
                        count = warnings.len(),
                        file = &self.route_file
                    ),
                )
                .on_hover_text(
                    warnings
                        .iter()
                        .map(|w| windows::problem_text(tr, w))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
        });
    }
}

/// While files are dragged over the window, says what dropping them does.
fn drop_hint(ctx: &egui::Context) {
    let hovering = ctx.input(|i| i.raw.hovered_files.len());
    if hovering == 0 {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_hint"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(150));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        if hovering == 2 {
            ctx.tr().t("status-drop-pair")
        } else {
            ctx.tr().t("status-drop-route")
        },
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}
