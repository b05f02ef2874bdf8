//! `explorer`: the command-line face of explorer-core.
//!
//! - `explorer extract DIR` prints the JSON document of every article in DIR.
//! - `explorer bundle DIR --out FILE` writes the binary bundle the browser loads, and reports each
//!   skipped or repaired file on standard error, one line each.

use clap::{Parser, Subcommand};
use explorer_core::bundle::{self, Bundle};
use explorer_core::corpus::{self, BuildOptions, SourceFile};
use explorer_core::{Corpus, Date};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "explorer",
    version,
    about = "Mediation Explorer: parse, extract and bundle news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print every article of DIR, parsed and extracted, as one JSON document.
    Extract {
        /// The folder of .txt, .md and .html articles.
        dir: PathBuf,
        #[command(flatten)]
        today: Today,
    },
    /// Write the binary bundle of DIR that the explorer loads in the browser.
    Bundle {
        /// The folder of .txt, .md and .html articles.
        dir: PathBuf,
        /// Where to write the bundle.
        #[arg(long, short)]
        out: PathBuf,
        #[command(flatten)]
        today: Today,
    },
}

#[derive(clap::Args)]
struct Today {
    /// The date that open-ended dates run until, as YYYY-MM-DD. Defaults to the day given by
    /// SOURCE_DATE_EPOCH when set (reproducible builds), else today's date.
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

impl Today {
    fn resolve(&self) -> Date {
        if let Some(d) = self.today {
            return d;
        }
        let secs = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(0)
            });
        let days = secs.div_euclid(86_400).clamp(0, i32::MAX as i64) as i32;
        Date::from_day_number(days).unwrap_or_else(|| Date::new(1970, 1, 1).expect("valid date"))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("explorer: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Extract { dir, today } => {
            let corpus = load(&dir, today.resolve())?;
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            serde_json::to_writer_pretty(&mut lock, &corpus)
                .map_err(|e| format!("cannot write the JSON: {e}"))?;
            use std::io::Write;
            writeln!(lock).map_err(|e| format!("cannot write the JSON: {e}"))?;
            Ok(())
        }
        Command::Bundle { dir, out, today } => {
            let corpus = load(&dir, today.resolve())?;
            report(&corpus);
            let articles = corpus.articles.len();
            let bytes = bundle::encode(&Bundle::new(corpus));
            if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&out, &bytes)
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            eprintln!(
                "explorer: bundled {articles} articles from {} into {} ({} bytes)",
                dir.display(),
                out.display(),
                bytes.len()
            );
            Ok(())
        }
    }
}

/// Prints one line per skipped or repaired file, so a messy folder explains itself.
fn report(corpus: &Corpus) {
    for s in &corpus.skipped {
        eprintln!("skipped {}: {}", s.file, s.reason);
    }
    for a in &corpus.articles {
        for n in &a.notes {
            eprintln!("changed {}: {n}", a.file);
        }
    }
}

/// Reads every regular file directly inside `dir` and builds the corpus.
fn load(dir: &Path, today: Date) -> Result<Corpus, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read the folder {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        match std::fs::read(&path) {
            Ok(bytes) => files.push(SourceFile { name, bytes }),
            Err(e) => unreadable.push(explorer_core::Skipped {
                file: name,
                reason: format!("cannot read: {e}"),
            }),
        }
    }
    let mut corpus = corpus::build(files, BuildOptions { today: Some(today) });
    corpus.skipped.extend(unreadable);
    corpus.skipped.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(corpus)
}
