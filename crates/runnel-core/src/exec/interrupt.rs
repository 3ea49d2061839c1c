//! Stopping a running micro-batch at a safe point (`runnel submit --timeout`): the host
//! installs a check on its thread ([`set_check`]); while the executor runs a batch's
//! sources and operators (and only then: never while a sink writes or a commit is
//! made), each operator asks it before and after its step ([`check`]). When it says
//! stop, the batch ends with an [`interrupted`] error before its sink saw any row: its
//! offsets are in the write-ahead log and nothing is committed, so a checkpointed query
//! runs the batch again when restarted, as after a crash.
//!
//! ```
//! use std::rc::Rc;
//! use runnel_core::exec::interrupt;
//! interrupt::set_check(Some(Rc::new(|| Some("--timeout 1s reached".to_string()))));
//! assert!(interrupt::check().is_ok()); // not armed: outside a batch's operators
//! let e = interrupt::armed(interrupt::check).unwrap_err();
//! assert!(interrupt::is_interrupt(&e));
//! interrupt::set_check(None);
//! ```

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{Result, RunnelError};

/// Says whether to stop, and why (`Some("--timeout 30s reached")`).
pub type CheckFn = Rc<dyn Fn() -> Option<String>>;

thread_local! {
    static CHECK: RefCell<Option<CheckFn>> = const { RefCell::new(None) };
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static SCRIPT_CHECK: RefCell<Option<CheckFn>> = const { RefCell::new(None) };
}

/// Installs (or removes) the check that ends a script's own code (a Python loop outside
/// any batch) once `--timeout` and its grace period have passed.
pub fn set_script_check(f: Option<CheckFn>) {
    SCRIPT_CHECK.with(|c| *c.borrow_mut() = f);
}

/// For code that may run without end between safe points (a Python loop, in a UDF or
/// in the script itself): inside a batch's operators, [`check`] (the batch stops before
/// its sink); elsewhere the script check, whose answer ends the script with a
/// `KeyboardInterrupt` (what Ctrl-C raises in Python; `except Exception` does not
/// catch it).
pub fn check_loop() -> Result<()> {
    if ARMED.with(|a| a.get()) {
        return check();
    }
    let f = SCRIPT_CHECK.with(|c| c.borrow().clone());
    match f.and_then(|f| f()) {
        Some(why) => Err(RunnelError::execution_plain(format!(
            "KeyboardInterrupt: {why}: the script was still running; stopped it here"
        ))
        .with_exception("KeyboardInterrupt")),
        None => Ok(()),
    }
}

/// Installs (or, with `None`, removes) the check of this thread.
pub fn set_check(f: Option<CheckFn>) {
    CHECK.with(|c| *c.borrow_mut() = f);
}

/// Puts back the armed state it replaced when dropped (also when unwinding).
struct Restore(bool);

impl Drop for Restore {
    fn drop(&mut self) {
        ARMED.with(|a| a.set(self.0));
    }
}

/// Runs `f` with the check armed (a batch's sources and operators), then puts back what
/// was there before.
pub fn armed<T>(f: impl FnOnce() -> T) -> T {
    let _restore = Restore(ARMED.with(|a| a.replace(true)));
    f()
}

/// A safe point: an [`interrupted`] error when armed and the check says stop.
pub fn check() -> Result<()> {
    if !ARMED.with(|a| a.get()) {
        return Ok(());
    }
    let f = CHECK.with(|c| c.borrow().clone());
    match f.and_then(|f| f()) {
        Some(why) => Err(interrupted(&why)),
        None => Ok(()),
    }
}

/// The error that stops a batch at a safe point.
pub fn interrupted(why: &str) -> RunnelError {
    RunnelError::execution_plain(format!(
        "{why}: the micro-batch was stopped before its sink wrote any row (nothing of it is committed; with a checkpoint, the next run runs it again)"
    ))
    .with_exception("InterruptedException")
}

/// Is `e` the interruption of a batch (not a failure of the query)?
pub fn is_interrupt(e: &RunnelError) -> bool {
    e.exception == "InterruptedException"
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::Arc;

    use arrow_array::{Int64Array, RecordBatch};
    use arrow_schema::SchemaRef;

    use super::*;
    use crate::SparkSession;
    use crate::expr::{col, lit};
    use crate::io::Sink;
    use crate::logical::readwrite::SchemaSpec;

    struct Collect(Rc<RefCell<Vec<RecordBatch>>>);

    impl Sink for Collect {
        fn add_batch(&mut self, _: i64, _: &SchemaRef, b: &RecordBatch) -> Result<()> {
            self.0.borrow_mut().push(b.clone());
            Ok(())
        }
        fn description(&self) -> String {
            "collect".into()
        }
    }

    /// A `--timeout` that strikes at the k-th safe point of a batch, for every k the
    /// batch has: the batch stops there, the sink gets no row, the query stops without
    /// an exception; with no check the same batch runs through.
    #[test]
    fn a_timeout_at_any_safe_point_of_a_batch_stops_it_before_the_sink() {
        let mut k = 1;
        loop {
            let s = SparkSession::new();
            let df = s
                .read_stream()
                .format("memory")
                .option("name", "n")
                .schema(SchemaSpec::Ddl("n BIGINT".into()))
                .unwrap()
                .load(None)
                .unwrap();
            let stream = s.memory_stream("n", None).unwrap();
            let out = Rc::new(RefCell::new(Vec::new()));
            let q = df
                .filter(col("n").binary(
                    crate::expr::BinaryOp::Gt,
                    lit(crate::scalar::ScalarValue::Int64(1)),
                ))
                .unwrap()
                .select(vec![col("n").binary(
                    crate::expr::BinaryOp::Plus,
                    lit(crate::scalar::ScalarValue::Int64(1)),
                )])
                .unwrap()
                .write_stream()
                .sink(Rc::new(RefCell::new(Collect(out.clone()))))
                .start(None)
                .unwrap();
            let schema = Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new(
                "n",
                arrow_schema::DataType::Int64,
                true,
            )]));
            let b = RecordBatch::try_new(schema, vec![Arc::new(Int64Array::from(vec![1, 2, 3]))])
                .unwrap();
            stream.borrow_mut().add_data(b).unwrap();
            let calls = Rc::new(std::cell::Cell::new(0));
            let c = calls.clone();
            set_check(Some(Rc::new(move || {
                c.set(c.get() + 1);
                (c.get() >= k).then(|| "--timeout 1ms reached".to_string())
            })));
            let r = q.process_all_available();
            set_check(None);
            if calls.get() < k {
                // k is past the batch's last safe point: it ran through.
                assert!(r.is_ok(), "{r:?}");
                assert_eq!(out.borrow().iter().map(|b| b.num_rows()).sum::<usize>(), 2);
                assert!(k > 4, "only {} safe points", k - 1);
                break;
            }
            let e = r.unwrap_err();
            assert!(is_interrupt(&e), "{e}");
            assert!(e.to_string().contains("--timeout 1ms reached"), "{e}");
            assert!(
                out.borrow().is_empty(),
                "the sink got rows at safe point {k}"
            );
            assert!(!q.is_active() && q.exception().is_none());
            k += 1;
        }
    }
}
