//! What a screen reader is told of a widget whose face is a glyph: "▲" or "+" says nothing when
//! read aloud, so such widgets are given the words of what they do.

use egui::{Response, Role, WidgetInfo};

/// Names a button by what it does, in place of the glyph on its face.
pub fn name_button(response: Response, name: &str) -> Response {
    let enabled = response.enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
    response
}

/// Names a slider by what it sets, with its value, so six sliders are not all read as "opacity".
pub fn name_slider(response: Response, value: f64, name: &str) -> Response {
    let enabled = response.enabled();
    response.widget_info(|| WidgetInfo::slider(enabled, value, name));
    response
}
