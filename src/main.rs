use clap::Parser;

use corridor_atlas::CorridorApp;
use corridor_atlas::cli::{self, Cli};
use corridor_atlas::ui::app::StartRoute;

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    if let Some(command) = cli.command {
        let code = cli::run(command, &mut std::io::stdout().lock());
        std::process::exit(code);
    }

    let start = if cli.files.is_empty() {
        StartRoute::Builtin
    } else {
        StartRoute::Files(cli.files)
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Corridor Atlas")
            .with_app_id("corridor-atlas")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 500.0]),
        multisampling: corridor_atlas::ui::map_gpu::MULTISAMPLING,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Corridor Atlas",
        options,
        Box::new(move |cc| Ok(Box::new(CorridorApp::new(cc, start)))),
    );
    if let Err(e) = result {
        eprintln!("corridor-atlas: the window could not be opened: {e}");
        std::process::exit(1);
    }
}
