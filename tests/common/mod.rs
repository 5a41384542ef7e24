//! One way to start the app under test: fixed size (or a projector's, where a test says so),
//! built-in route, default settings, light theme, no saved state; so every UI test and snapshot
//! starts from the same place.

use corridor_atlas::CorridorApp;
use corridor_atlas::ui::app::{Settings, StartRoute};
use egui_kittest::Harness;

pub const SIZE: egui::Vec2 = egui::vec2(1440.0, 900.0);

pub fn app_harness(start: StartRoute) -> Harness<'static, CorridorApp> {
    app_harness_with(start, Settings::default())
}

/// As [`app_harness`], with settings of the test's own.
pub fn app_harness_with(start: StartRoute, settings: Settings) -> Harness<'static, CorridorApp> {
    build(start, settings, SIZE)
}

/// As [`app_harness`], in a window of another size, such as a projector's.
#[allow(dead_code)]
pub fn app_harness_sized(start: StartRoute, size: egui::Vec2) -> Harness<'static, CorridorApp> {
    build(start, Settings::default(), size)
}

fn build(start: StartRoute, settings: Settings, size: egui::Vec2) -> Harness<'static, CorridorApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .with_render_cursor(false)
        .with_theme(egui::Theme::Light)
        .with_max_steps(40)
        .wgpu()
        .build_eframe(move |cc| {
            CorridorApp::with_settings(&cc.egui_ctx, start.clone(), settings.clone())
                .on_gpu(cc.wgpu_render_state.as_ref())
        });
    harness.run();
    harness
}

pub fn builtin() -> Harness<'static, CorridorApp> {
    app_harness(StartRoute::Builtin)
}

/// Steps the app, in real time, until `done` holds: loading and watching happen on worker
/// threads. Fails after ten seconds.
#[allow(dead_code)]
pub fn step_until(
    harness: &mut Harness<'static, CorridorApp>,
    what: &str,
    done: impl Fn(&CorridorApp) -> bool,
) {
    for _ in 0..500 {
        harness.step();
        if done(harness.state()) {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("timed out waiting until {what}");
}

/// A fresh folder for a test's files.
#[allow(dead_code)]
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("corridor-atlas-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}
