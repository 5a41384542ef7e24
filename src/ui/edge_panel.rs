//! A panel lying over the map's edge, as on a narrow window, and the tab on the edge that opens
//! and closes it. The map underneath keeps its size, so opening a panel never moves the map.

use egui::{
    Align2, Area, Button, CornerRadius, Frame, Id, Margin, Order, Pos2, Rect, Shadow, TextWrapMode,
    Ui, vec2,
};

/// Which edge of the map a panel lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Left,
    Right,
}

impl Edge {
    fn pivot(self) -> Align2 {
        match self {
            Edge::Left => Align2::LEFT_TOP,
            Edge::Right => Align2::RIGHT_TOP,
        }
    }
}

/// Draws `add_contents` in a panel `width` points wide over the `edge` of `map`, from its top
/// to `clear` points above its bottom, with a shadow falling on the map; returns where the panel
/// is. The strip left clear keeps the map's scale bar and credits in sight.
pub fn over_map(
    ctx: &egui::Context,
    id: Id,
    map: Rect,
    edge: Edge,
    width: f32,
    clear: f32,
    add_contents: impl FnOnce(&mut Ui),
) -> Rect {
    let style = ctx.global_style();
    let (offset, corners) = match edge {
        Edge::Left => (
            [4, 4],
            CornerRadius {
                se: 6,
                ..CornerRadius::ZERO
            },
        ),
        Edge::Right => (
            [-4, 4],
            CornerRadius {
                sw: 6,
                ..CornerRadius::ZERO
            },
        ),
    };
    let frame = Frame::new()
        .fill(style.visuals.panel_fill)
        .stroke(style.visuals.window_stroke)
        .corner_radius(corners)
        .shadow(Shadow {
            offset,
            blur: 14,
            spread: 0,
            color: style.visuals.window_shadow.color,
        })
        .inner_margin(8.0);
    let outer = vec2(width, (map.height() - clear).max(1.0));
    let inner = (outer - frame.total_margin().sum()).max(vec2(1.0, 1.0));
    let at = match edge {
        Edge::Left => map.left_top(),
        Edge::Right => map.right_top(),
    };
    Area::new(id)
        .order(Order::Middle)
        .movable(false)
        .pivot(edge.pivot())
        .fixed_pos(at)
        .default_size(outer)
        .show(ctx, |ui| {
            frame
                .show(ui, |ui| {
                    ui.set_min_size(inner);
                    ui.set_max_size(inner);
                    add_contents(ui);
                })
                .response
                .rect
        })
        .inner
}

/// A tab standing out from `at` (the map's edge, or an open panel's) on the `edge` side, that
/// opens or closes a panel; true when clicked. It is square where it meets the edge.
pub fn tab(ctx: &egui::Context, id: Id, at: Pos2, edge: Edge, text: &str, tooltip: &str) -> bool {
    let style = ctx.global_style();
    let corners = match edge {
        Edge::Left => CornerRadius {
            ne: 6,
            se: 6,
            ..CornerRadius::ZERO
        },
        Edge::Right => CornerRadius {
            nw: 6,
            sw: 6,
            ..CornerRadius::ZERO
        },
    };
    Area::new(id)
        .order(Order::Middle)
        .movable(false)
        .pivot(edge.pivot())
        .fixed_pos(at)
        .show(ctx, |ui| {
            Frame::new()
                .fill(style.visuals.panel_fill)
                .stroke(style.visuals.window_stroke)
                .shadow(style.visuals.popup_shadow)
                .corner_radius(corners)
                .inner_margin(Margin::symmetric(4, 0))
                .show(ui, |ui| {
                    ui.add(
                        Button::new(text)
                            .frame(false)
                            .wrap_mode(TextWrapMode::Extend)
                            .min_size(vec2(0.0, 30.0)),
                    )
                    .on_hover_text(tooltip)
                    .clicked()
                })
                .inner
        })
        .inner
}
