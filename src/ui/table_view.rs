//! View › Table: the route's places, links and flow values as tables that sort by any column
//! and copy as CSV. A screen reader reads these instead of the map; the cells are plain labels
//! in reading order, and each heading is a button that says what it sorts by.

use egui::{RichText, Ui};
use strum::VariantArray;

use crate::i18n::Tr;
use crate::model::Route;
use crate::text::tables::{Table, TableKind};
use crate::tr;
use crate::ui::commands::Command;
use crate::ui::tr::TrContext;

/// The table window's state. The tables are worded once per route and language, not per frame.
#[derive(Default)]
pub struct TableView {
    pub open: bool,
    kind: Option<TableKind>,
    /// The column sorted by, and whether from the largest.
    sort: Option<(usize, bool)>,
    tables: Vec<(TableKind, Table)>,
    /// The shown table's rows in the order shown; worked out when the sort changes.
    order: Option<Vec<usize>>,
    /// Rows copied by the last Copy, shown until the table changes.
    copied: Option<usize>,
}

impl TableView {
    /// Forgets the worded tables: the route or its language changed.
    pub fn forget(&mut self) {
        self.tables.clear();
        self.order = None;
        self.copied = None;
    }

    /// The window, while open.
    pub fn show(&mut self, ctx: &egui::Context, route: &Route) {
        if !self.open {
            return;
        }
        let tr = ctx.tr();
        let mut open = self.open;
        // Room for the window's title bar and margins on a projector's 768 lines, and as wide as
        // the columns ask for where the screen has room, so the sources are not cut off.
        let height = (ctx.content_rect().height() - 140.0).max(200.0);
        let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 1100.0);
        egui::Window::new(Command::ShowTable.label(&tr))
            .id(egui::Id::unique("table_window"))
            .open(&mut open)
            .default_width(width)
            .max_height(height)
            .show(ctx, |ui| self.contents(ui, route, &tr));
        self.open = open;
    }

    fn contents(&mut self, ui: &mut Ui, route: &Route, tr: &Tr) {
        let kind = *self.kind.get_or_insert(TableKind::Places);
        ui.horizontal(|ui| {
            for &k in TableKind::VARIANTS {
                if ui.selectable_label(kind == k, k.title(tr)).clicked() && kind != k {
                    self.kind = Some(k);
                    self.sort = None;
                    self.order = None;
                    self.copied = None;
                }
            }
        });
        ui.separator();
        if self.tables.is_empty() {
            self.tables = TableKind::VARIANTS
                .iter()
                .map(|&k| (k, Table::of(k, route, tr)))
                .collect();
        }
        let Some((_, table)) = self.tables.iter().find(|(k, _)| *k == kind) else {
            return;
        };
        let sort = self.sort;
        let order = self.order.get_or_insert_with(|| match sort {
            Some((column, descending)) => table.sorted(column, descending),
            None => (0..table.rows.len()).collect(),
        });
        ui.horizontal(|ui| {
            if ui
                .button(tr.t("table-copy"))
                .on_hover_text(tr.attr("table-copy", "tooltip"))
                .clicked()
            {
                ui.ctx().copy_text(table.to_csv(order));
                self.copied = Some(order.len());
            }
            if let Some(rows) = self.copied {
                ui.weak(tr!(tr, "table-copied", rows = rows));
            }
        });
        let mut clicked = None;
        egui::ScrollArea::both()
            .auto_shrink([false, true])
            .show(ui, |ui| {
                egui::Grid::new(("table", kind as usize))
                    .striped(true)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        for (column, heading) in table.columns.iter().enumerate() {
                            let arrow = match sort {
                                Some((c, false)) if c == column => " ↑",
                                Some((c, true)) if c == column => " ↓",
                                _ => "",
                            };
                            let button = ui.add(
                                egui::Button::new(
                                    RichText::new(format!("{heading}{arrow}")).strong(),
                                )
                                .frame(false),
                            );
                            let name = tr!(tr, "table-sort", column = heading.as_str());
                            let button = crate::ui::a11y::name_button(button, &name);
                            if button
                                .on_hover_text(tr.attr("table-sort", "tooltip"))
                                .clicked()
                            {
                                clicked = Some(column);
                            }
                        }
                        ui.end_row();
                        for row in order.iter().filter_map(|&i| table.rows.get(i)) {
                            for cell in row {
                                if cell.number.is_some() {
                                    ui.with_layout(
                                        egui::Layout::right_to_left(egui::Align::Center),
                                        |ui| ui.label(&cell.text),
                                    );
                                } else {
                                    ui.label(&cell.text);
                                }
                            }
                            ui.end_row();
                        }
                    });
            });
        if let Some(column) = clicked {
            self.sort = match sort {
                Some((c, descending)) if c == column => Some((column, !descending)),
                _ => Some((column, false)),
            };
            self.order = None;
            self.copied = None;
        }
    }
}
