//! One way to start the app under test: fixed size (or a projector's, where a test says so),
//! built-in route, default settings in English, the light theme unless the settings choose another, no saved state, and the app's own path window
//! for files, so that no system file dialog ever waits for a person; every UI test and snapshot
//! starts from the same place.

use corridor_atlas::CorridorApp;
use corridor_atlas::ui::app::{Settings, StartRoute};
use corridor_atlas::ui::file_dialogs::FileDialogs;
use egui_kittest::Harness;

pub const SIZE: egui::Vec2 = egui::vec2(1440.0, 900.0);

#[allow(dead_code)]
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

/// As [`app_harness_with`], in a window of another size.
#[allow(dead_code)]
pub fn app_harness_sized_with(
    start: StartRoute,
    settings: Settings,
    size: egui::Vec2,
) -> Harness<'static, CorridorApp> {
    build(start, settings, size)
}

fn build(
    start: StartRoute,
    mut settings: Settings,
    size: egui::Vec2,
) -> Harness<'static, CorridorApp> {
    // English unless the test asks for another language, whatever the machine's locale.
    if settings.language.is_empty() {
        settings.language = "en".to_owned();
    }
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .with_render_cursor(false)
        // The harness sets egui's theme after the app has started: the one the settings chose.
        .with_theme(
            if settings.theme == corridor_atlas::ui::theme::Theme::Dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            },
        )
        .with_max_steps(40)
        .wgpu()
        .build_eframe(move |cc| {
            CorridorApp::with_settings(&cc.egui_ctx, start.clone(), settings.clone())
                .on_gpu(cc.wgpu_render_state.as_ref())
                .with_file_dialogs(FileDialogs::PathWindow)
        });
    harness.run();
    harness
}

/// The built-in route with the interface in `language`, such as `ru`.
#[allow(dead_code)]
pub fn builtin_in(language: &str) -> Harness<'static, CorridorApp> {
    let settings = Settings {
        language: language.to_owned(),
        ..Settings::default()
    };
    app_harness_with(StartRoute::Builtin, settings)
}

#[allow(dead_code)]
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

/// What a second native window was asked for and will be sent.
#[derive(Default)]
#[allow(dead_code)]
pub struct SecondWindowState {
    /// Events for the window's next pass, as if its window had the keyboard and pointer.
    pub events: Vec<egui::Event>,
    /// How each pass asked for the window to be built.
    pub builders: Vec<egui::ViewportBuilder>,
    /// The output of its last pass.
    pub output: Option<egui::PlatformOutput>,
}

/// A second native window beside the harness's: egui_kittest drives only the root viewport and
/// shows other viewports as windows inside it, on the root's input. This has the app's
/// immediate viewports (the presenter view) run in passes of their own, on input of their own,
/// as eframe runs them in a window of their own.
#[allow(dead_code)]
pub fn second_window(
    harness: &Harness<'static, CorridorApp>,
) -> std::rc::Rc<std::cell::RefCell<SecondWindowState>> {
    let state = std::rc::Rc::new(std::cell::RefCell::new(SecondWindowState::default()));
    let shared = std::rc::Rc::clone(&state);
    harness.ctx.set_embed_viewports(false);
    egui::Context::set_immediate_viewport_renderer(move |ctx, viewport| {
        let egui::ImmediateViewport {
            ids,
            builder,
            mut viewport_ui_cb,
        } = viewport;
        let events = {
            let mut s = shared.borrow_mut();
            s.builders.push(builder);
            std::mem::take(&mut s.events)
        };
        let mut input = egui::RawInput {
            viewport_id: ids.this,
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            events,
            focused: true,
            ..Default::default()
        };
        input.viewports.insert(
            ids.this,
            egui::ViewportInfo {
                parent: Some(ids.parent),
                focused: Some(true),
                native_pixels_per_point: Some(1.0),
                ..Default::default()
            },
        );
        let mut output = ctx.run_ui(input, |ui| viewport_ui_cb(ui));
        // Nothing is drawn: the window's textures are let go.
        output.textures_delta.clear();
        shared.borrow_mut().output = Some(output.platform_output);
    });
    state
}

/// Two screens side by side: a laptop's at the left, then a projector's.
#[allow(dead_code)]
pub fn two_screens() -> corridor_atlas::ui::screens::Screens {
    use corridor_atlas::ui::screens::{Monitor, Screens};
    let monitor = |index: usize, x: f32, width: f32, height: f32| Monitor {
        index,
        name: Some(format!("OUT-{index}")),
        rect: egui::Rect::from_min_size(egui::pos2(x, 0.0), egui::vec2(width, height)),
    };
    let window = egui::Rect::from_min_size(egui::pos2(80.0, 60.0), SIZE);
    Screens::new(
        vec![
            monitor(0, 0.0, 1920.0, 1200.0),
            monitor(1, 1920.0, 1920.0, 1080.0),
        ],
        Some(window),
    )
}

/// A route of two places and one railway, written as a user would write the file.
#[allow(dead_code)]
pub const SMALL_ROUTE: &str = r#"{
  "version": 2,
  "id": "test-route",
  "title": "Test Route",
  "sources": [{"id": "s1", "title": "An article"}],
  "nodes": [
    {"id": "lobito", "name": "Lobito", "kind": "port", "country": "Angola", "lat": -12.35, "lon": 13.55},
    {"id": "luau", "name": "Luau", "kind": "border_crossing", "country": "Angola", "lat": -10.71, "lon": 22.22}
  ],
  "links": [
    {"id": "railway", "from": "lobito", "to": "luau", "mode": "rail", "status": "operating"}
  ]
}
"#;
