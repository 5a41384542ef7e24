//! The program: a subcommand (`check`, `convert`, `schema`, `render`) on the command line, or
//! the app's window.

// On Windows the program is a windowed one, so opening it from the Start menu or a file opens no
// console window; the subcommands print to the console they were started from (see `console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use clap::Parser;

use corridor_atlas::CorridorApp;
use corridor_atlas::cli::{self, Cli};
use corridor_atlas::ui::app::StartRoute;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Help, the version and mistakes in the arguments are printed for a console.
        Err(e) => {
            console::attach();
            e.exit();
        }
    };
    if cli.command.is_some() {
        console::attach();
    }
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    if let Some(command) = cli.command {
        let code = cli::run(command, &mut std::io::stdout().lock());
        std::process::exit(code);
    }

    let start = if cli.files.is_empty() {
        StartRoute::Builtin
    } else {
        StartRoute::Files(cli.files)
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Corridor Atlas")
        .with_app_id("corridor-atlas")
        .with_inner_size([1440.0, 900.0])
        .with_min_inner_size([800.0, 500.0]);
    if let Some(icon) = corridor_atlas::ui::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
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

/// A windowed program on Windows starts with no console. Attaching to the console of the shell
/// it was started from lets the subcommands print there; started from Explorer there is none to
/// attach to, and nothing happens. Output already sent to a file or a pipe (`> report.txt`,
/// `| more`) is left there: attaching would take it back to the console.
#[cfg(windows)]
mod console {
    use windows_sys::Win32::Storage::FileSystem::{FILE_TYPE_DISK, FILE_TYPE_PIPE, GetFileType};
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
        STD_OUTPUT_HANDLE,
    };

    pub fn attach() {
        if redirected(STD_OUTPUT_HANDLE) || redirected(STD_ERROR_HANDLE) {
            return;
        }
        // SAFETY: plain Win32 calls with no pointers; failing (no parent console) is harmless.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }

    fn redirected(which: STD_HANDLE) -> bool {
        // SAFETY: GetStdHandle takes a constant and GetFileType any handle, null or invalid too.
        let kind = unsafe { GetFileType(GetStdHandle(which)) };
        kind == FILE_TYPE_DISK || kind == FILE_TYPE_PIPE
    }
}

/// Elsewhere a program always has the console it was started from.
#[cfg(not(windows))]
mod console {
    pub fn attach() {}
}
