//! Drives a script's streaming queries on their triggers: the native host of runnel-pyspark.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use runnel_core::error::Result;
use runnel_core::exec::executor::Trigger;
use runnel_core::exec::interrupt;
use runnel_core::{SparkSession, StreamingQuery};
use runnel_pyspark::Host;

/// How long the whole run may take, and whether to stop once idle.
#[derive(Debug, Clone, Copy)]
pub struct DriverOptions {
    /// `--once`: process what is there, then stop.
    pub once: bool,
    /// `--timeout`: stop the queries after this long.
    pub deadline: Option<Instant>,
}

/// The CLI host.
pub struct CliHost {
    opts: DriverOptions,
    progress: Option<indicatif::ProgressBar>,
    /// When each query's last trigger started, by run id: kept across the drive loops
    /// of `awaitTermination` and `time.sleep`, so a trigger interval holds while the
    /// script polls (a continuous query's epochs come once an interval).
    last_start: std::rc::Rc<std::cell::RefCell<std::collections::HashMap<String, Instant>>>,
}

impl CliHost {
    /// A host with these options; a progress line on stderr when it is a terminal.
    pub fn new(opts: DriverOptions) -> Self {
        let progress = if std::io::stderr().is_terminal() {
            let pb = indicatif::ProgressBar::new_spinner();
            pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            Some(pb)
        } else {
            None
        };
        CliHost {
            opts,
            progress,
            last_start: Default::default(),
        }
    }

    fn report(&self, q: &StreamingQuery) {
        if let (Some(pb), Some(p)) = (&self.progress, q.progress().last()) {
            let wm = p
                .watermark_ms
                .map(|w| format!(", watermark {}", runnel_core::temporal::format_watermark(w)))
                .unwrap_or_default();
            pb.set_message(format!(
                "query {}: batch {} ({} rows in{wm})",
                q.name().unwrap_or_else(|| q.id()[..8].to_string()),
                p.batch_id,
                p.num_input_rows
            ));
            pb.tick();
        }
        let p = q.progress();
        if let Some(p) = p.last() {
            tracing::info!(
                batch = p.batch_id,
                rows = p.num_input_rows,
                ms = p.duration_ms,
                "micro-batch"
            );
        }
    }

    /// Drives `queries` until they all stop, `until` passes, or (with `--once`) they are idle.
    pub fn drive(&self, queries: &[StreamingQuery], until: Option<Instant>) -> Result<bool> {
        self.drive_watching(queries, queries, until)
    }

    /// Drives `queries` (as Spark runs every started query in the background) until every
    /// one of `watched` has stopped, `until` passes, or (with `--once`) all are idle.
    pub fn drive_watching(
        &self,
        queries: &[StreamingQuery],
        watched: &[StreamingQuery],
        until: Option<Instant>,
    ) -> Result<bool> {
        loop {
            let mut any_ran = false;
            // Data that arrives from here on ends the idle wait below.
            let arrivals = runnel_connectors::wake::generation();
            for q in queries {
                if !q.is_active() {
                    continue;
                }
                let continuous = matches!(q.trigger(), Trigger::Continuous(_));
                let interval = match q.trigger() {
                    Trigger::ProcessingTime(ms) | Trigger::Continuous(ms) if !self.opts.once => {
                        Duration::from_millis(ms.max(0) as u64)
                    }
                    _ => Duration::ZERO,
                };
                let last = self.last_start.borrow().get(&q.run_id()).copied();
                if let Some(t) = last
                    && t.elapsed() < interval
                {
                    continue;
                }
                let started = Instant::now();
                let ran = match q.step() {
                    Ok(ran) => ran,
                    // --timeout struck inside a batch: the batch stopped at a safe point
                    // with nothing written; every query stops, as at a timeout between batches.
                    Err(e) if interrupt::is_interrupt(&e) => {
                        for q in queries {
                            q.stop();
                        }
                        let name = q.name().unwrap_or_else(|| q.id());
                        eprintln!("runnel: query {name}: {e}");
                        return Ok(false);
                    }
                    // The query failed: it stopped and keeps its exception (what
                    // awaitTermination raises and query.exception() gives); the others run
                    // on, as Spark's background queries do.
                    Err(_) if q.exception().is_some() => continue,
                    Err(e) => return Err(e),
                };
                // A continuous query's epoch runs every interval, with or without data.
                if ran || continuous {
                    self.last_start.borrow_mut().insert(q.run_id(), started);
                }
                if ran {
                    any_ran = true;
                    self.report(q);
                }
            }
            if watched.iter().all(|q| !q.is_active()) {
                return Ok(true);
            }
            if self.opts.once && !any_ran {
                for q in queries {
                    q.stop();
                }
                return Ok(true);
            }
            let deadline = match (until, self.opts.deadline) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if let Some(d) = deadline
                && Instant::now() >= d
            {
                if self.opts.deadline.is_some_and(|g| Instant::now() >= g) {
                    for q in queries {
                        q.stop();
                    }
                }
                return Ok(false);
            }
            if !any_ran {
                // Idle: poll again in 20 ms, or as soon as a source's reader gets data.
                runnel_connectors::wake::wait(arrivals, Duration::from_millis(20));
            }
        }
    }
}

impl Host for CliHost {
    fn await_termination(
        &self,
        session: &SparkSession,
        queries: &[StreamingQuery],
        timeout_ms: Option<i64>,
    ) -> Result<bool> {
        let until = timeout_ms.map(|ms| Instant::now() + Duration::from_millis(ms.max(0) as u64));
        // Every started query runs while the script waits for some of them (example 9 of
        // the course awaits its Parquet query first, while its Delta query must run too).
        let mut all: Vec<StreamingQuery> = session
            .queries()
            .into_iter()
            .filter(|q| q.is_active())
            .collect();
        for q in queries {
            if !all.iter().any(|a| a.id() == q.id()) {
                all.push(q.clone());
            }
        }
        self.drive_watching(&all, queries, until)
    }

    /// A script's loops run as long as Python would run them: Ctrl-C or `--timeout` stop them.
    fn loop_limit(&self) -> Option<u64> {
        None
    }

    fn print_err(&self, _session: &SparkSession, text: &str) {
        use std::io::Write;
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    fn sleep(&self, session: &SparkSession, ms: i64) -> Result<()> {
        let until = Instant::now() + Duration::from_millis(ms.max(0) as u64);
        let active: Vec<StreamingQuery> = session
            .queries()
            .into_iter()
            .filter(|q| q.is_active())
            .collect();
        if active.is_empty() {
            std::thread::sleep(until.saturating_duration_since(Instant::now()));
            return Ok(());
        }
        let opts = DriverOptions {
            once: false,
            deadline: self.opts.deadline,
        };
        let h = CliHost {
            opts,
            progress: None,
            last_start: self.last_start.clone(),
        };
        h.drive(&active, Some(until))?;
        Ok(())
    }
}
