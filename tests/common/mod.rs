//! One way to start the app under test: fixed size, built-in route, default settings, light
//! theme, no saved state; so every UI test and snapshot starts from the same place.

use corridor_atlas::CorridorApp;
use corridor_atlas::ui::app::{Settings, StartRoute};
use egui_kittest::Harness;

pub const SIZE: egui::Vec2 = egui::vec2(1440.0, 900.0);

pub fn app_harness(start: StartRoute) -> Harness<'static, CorridorApp> {
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_pixels_per_point(1.0)
        .with_render_cursor(false)
        .with_theme(egui::Theme::Light)
        .with_max_steps(40)
        .wgpu()
        .build_eframe(move |cc| {
            CorridorApp::with_settings(&cc.egui_ctx, start.clone(), Settings::default())
        });
    harness.run();
    harness
}

pub fn builtin() -> Harness<'static, CorridorApp> {
    app_harness(StartRoute::Builtin)
}
