//! The interpreter: statements and expressions of the Python subset that
//! streaming scripts use, over ruff's AST. Anything else is refused with the
//! construct's name and its line and column.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr as PyExpr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use runnel_core::error::{Location, Result, RunnelError};
use runnel_core::{SparkSession, StreamingQuery};

use super::value::{FnKind, FunctionBody, PyClass, PyFunction, Value};

/// What the runner asks of whoever runs it (the CLI, the browser, a test).
pub trait Host {
    /// `query.awaitTermination(timeout)` / `spark.streams.awaitAnyTermination()`: drive the
    /// queries until they stop or `timeout_ms` passes. Returns true if they terminated.
    fn await_termination(
        &self,
        session: &SparkSession,
        queries: &[StreamingQuery],
        timeout_ms: Option<i64>,
    ) -> Result<bool>;
    /// `time.sleep(seconds)`: running queries may work meanwhile.
    fn sleep(&self, session: &SparkSession, ms: i64) -> Result<()>;
    /// `print(..., file=sys.stderr)`: the CLI writes it to its stderr; elsewhere it goes
    /// where the session prints.
    fn print_err(&self, session: &SparkSession, text: &str) {
        session.print(text);
    }
    /// How many times one loop of the script may run before the runner stops it, where
    /// nothing else could (a browser tab, Node, the tests: no Ctrl-C, no `--timeout`).
    /// `None` (the CLI): as long as Python would, until Ctrl-C or `--timeout`.
    fn loop_limit(&self) -> Option<u64> {
        Some(LOOP_LIMIT)
    }
}

/// The default [`Host::loop_limit`].
pub const LOOP_LIMIT: u64 = 10_000_000;

/// A host that runs what is available and returns (tests, the oracle runner).
pub struct RunAvailable;

impl Host for RunAvailable {
    fn await_termination(
        &self,
        _s: &SparkSession,
        queries: &[StreamingQuery],
        _t: Option<i64>,
    ) -> Result<bool> {
        for q in queries {
            q.process_all_available()?;
        }
        Ok(true)
    }
    fn sleep(&self, session: &SparkSession, _ms: i64) -> Result<()> {
        // The queries run meanwhile, as Spark's do in the background: one that fails
        // keeps its exception (awaitTermination, exception()), the script goes on.
        for q in session.queries() {
            if q.is_active() {
                let _ = q.process_all_available();
            }
        }
        Ok(())
    }
}

pub(crate) enum Flow {
    Normal,
    Return(Value),
    Break,
    Continue,
}

/// Local variables of a function call.
pub(crate) type Locals = Option<RefCell<HashMap<String, Value>>>;

/// Runs PySpark scripts against a session.
pub struct Interpreter {
    /// The session `spark` refers to.
    pub session: SparkSession,
    /// This interpreter among those the thread made (a generator it made is closed by it
    /// only: `generator::Drop for GenFrame`).
    pub(crate) id: u64,
    /// The names of the code running: the script's, or one of its modules' while its
    /// code runs (see `modules::Origin`).
    pub(crate) globals: RefCell<Rc<RefCell<HashMap<String, Value>>>>,
    pub(crate) host: Rc<dyn Host>,
    /// The file of the code running (the script's, or one of its modules' while their
    /// code runs) and its text: where errors are placed.
    pub(crate) origin: RefCell<Rc<super::modules::Origin>>,
    /// The script's folder (ending in `/`; empty for a bare name), where its own modules are.
    pub(crate) script_dir: RefCell<String>,
    /// The packages of the script's own modules being imported, innermost last (what a
    /// relative import is relative to).
    pub(crate) packages: RefCell<Vec<String>>,
    /// Set while a foreachBatch callback runs: errors there name the callback.
    pub(crate) me: RefCell<std::rc::Weak<Interpreter>>,
    /// The text of every `spark.sql(...)` the script ran, in order (the playground
    /// runs them again after each micro-batch).
    pub(crate) sql_log: RefCell<Vec<String>>,
    /// `sys.argv`: the script's path, then its arguments.
    pub(crate) argv: RefCell<Vec<String>>,
    /// `os.environ`: the process's environment (empty in the browser), read on first use.
    environ: std::cell::OnceCell<Value>,
    /// Loop iterations run, for asking the `--timeout` check every so often.
    ticks: std::cell::Cell<u32>,
    /// Python calls in progress (for the recursion limit).
    depth: std::cell::Cell<usize>,
    /// Expressions and statements being evaluated, across calls (for the stack's limit).
    nest: std::cell::Cell<usize>,
    /// Calls of code Spark runs in a Python worker (UDFs, foreach writers, a data source's
    /// readers) in progress: their `print` goes to stderr, where Spark's executor copies a
    /// worker's output.
    worker: std::cell::Cell<usize>,
    /// `sys.getrecursionlimit()`: [`RECURSION_LIMIT`] unless the script set it (the
    /// bound on evaluation nesting keeps a higher one from exhausting the stack).
    pub(crate) recursion_limit: std::cell::Cell<usize>,
    /// The exception object of the last `raise` of a script's or built-in exception
    /// (its error's message, and the object), for `except ... as e`.
    pub(crate) raised: RefCell<Option<(String, Value)>>,
    /// The errors being handled by `except` blocks, innermost last (a bare `raise`
    /// raises the last again).
    pub(crate) handling: RefCell<Vec<RunnelError>>,
    /// What the generator functions being run have yielded so far, innermost last.
    yields: RefCell<Vec<Vec<Value>>>,
    /// The modules the runner writes in Python (`stdlib::python_source`), run on their
    /// first import: their names.
    pub(crate) source_modules: RefCell<HashMap<String, Rc<HashMap<String, Value>>>>,
    /// Generator expressions' bodies as built (see `generator::GenexpCache`).
    pub(crate) genexps: RefCell<super::generator::GenexpCache>,
    /// The script's own modules imported (`modules.rs`), by name.
    pub(crate) user_modules: RefCell<HashMap<String, Rc<super::modules::Origin>>>,
    /// Above 0 while the runner's own Python runs (`define`, `source_module`): the
    /// functions made then have no line of the script.
    runner_code: std::cell::Cell<usize>,
    /// The library bound into the language (PySpark's).
    pub(crate) bindings: &'static super::Bindings,
}

/// Line and column (from 1, in characters) of byte offset `off` of `src` (an offset
/// inside a character counts as that character's; one past the end, as the end: a range
/// of the runner's own Python, whose errors take the script's call location later, must
/// not panic here).
pub(crate) fn line_col(src: &str, off: usize) -> (usize, usize) {
    let before = &src[..src.floor_char_boundary(off.min(src.len()))];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

/// Whether [`check_nesting`] refuses `source` (running it reports where and why).
pub(crate) fn nesting_refused(source: &str) -> bool {
    check_nesting(source).is_err()
}

/// CPython's tokenizer refuses more than 200 nested brackets ("too many nested
/// parentheses"); so does Runnel, before parsing (a deeper nest would exhaust the stack
/// of a browser's engine). Strings and comments are skipped. Returns the line and column
/// of the bracket that goes too deep.
fn check_nesting(source: &str) -> std::result::Result<(), (usize, usize, Nesting)> {
    const MAX_LEVEL: usize = 200;
    let b = source.as_bytes();
    let (mut i, mut depth, mut line, mut line_start) = (0usize, 0usize, 1usize, 0usize);
    // Operators (and `not`, `lambda`, `if`) since the last comma, bracket or statement,
    // per open bracket: how deep the parser may recurse and the tree may nest.
    let mut ops: Vec<usize> = vec![0];
    let mut chained = 0usize;
    let at = |i: usize, line_start: usize| source[line_start..i].chars().count() + 1;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                if depth == 0 {
                    ops = vec![0];
                    chained = 0;
                }
            }
            b';' if depth == 0 => {
                ops = vec![0];
                chained = 0;
            }
            // A line continued with a backslash is the same statement.
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                line += 1;
                line_start = i + 2;
                i += 2;
                continue;
            }
            b',' => {
                chained = chained.saturating_sub(ops.last().copied().unwrap_or(0));
                if let Some(n) = ops.last_mut() {
                    *n = 0;
                }
            }
            b'-' | b'+' | b'~' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'<' | b'>'
            | b'.' | b'=' => {
                chained += 1;
                if let Some(n) = ops.last_mut() {
                    *n += 1;
                }
                if chained + depth > MAX_EXPR_DEPTH {
                    return Err((line, at(i, line_start), Nesting::Expression));
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                let word = &source[start..i];
                // A string's prefix (f"...", rb'...') is read with the string.
                if i < b.len() && matches!(b[i], b'\'' | b'"') && word.len() <= 2 {
                    continue;
                }
                if matches!(word, "not" | "lambda" | "if" | "await") {
                    chained += 1;
                    if let Some(n) = ops.last_mut() {
                        *n += 1;
                    }
                    if chained + depth > MAX_EXPR_DEPTH {
                        return Err((line, at(start, line_start), Nesting::Expression));
                    }
                }
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == b'\n' {
                        line += 1;
                        line_start = i + 1;
                        if !triple {
                            break;
                        }
                    }
                    if b[i] == q
                        && (!triple || (b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                ops.push(0);
                if depth > MAX_LEVEL {
                    return Err((line, at(i, line_start), Nesting::Brackets));
                }
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if ops.len() > 1 {
                    chained = chained.saturating_sub(ops.pop().unwrap_or(0));
                }
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// What a script nests too deep.
#[derive(Debug, PartialEq)]
enum Nesting {
    /// More than 200 brackets.
    Brackets,
    /// An expression (or blocks) deeper than [`MAX_EXPR_DEPTH`].
    Expression,
}

/// How deep a script's syntax tree may nest (expressions within expressions, blocks
/// within blocks): CPython's compiler gives up near 3000 levels ("maximum recursion
/// depth exceeded during compilation"); the browser's stack holds less.
#[cfg(not(target_arch = "wasm32"))]
pub const MAX_EXPR_DEPTH: usize = 3000;
/// How deep a script's syntax tree may nest in the browser (see the native one): V8's
/// stack (about 1 MB) held 100 chained method calls (200 levels) and 250 additions once
/// the engine's code was optimised, whose frames are large (measured in Node 20).
#[cfg(target_arch = "wasm32")]
pub const MAX_EXPR_DEPTH: usize = 150;

/// The first node of the tree deeper than [`MAX_EXPR_DEPTH`], if any (the walk goes no
/// deeper than that, so it cannot exhaust the stack itself).
pub(crate) fn too_deep(body: &[Stmt]) -> Option<TextRange> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Depth {
        cur: usize,
        found: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Depth {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if self.found.is_some() {
                return;
            }
            self.cur += 1;
            if self.cur > MAX_EXPR_DEPTH {
                self.found = Some(s.range());
            } else {
                walk_stmt(self, s);
            }
            self.cur -= 1;
        }
        fn visit_expr(&mut self, e: &'a PyExpr) {
            if self.found.is_some() {
                return;
            }
            self.cur += 1;
            if self.cur > MAX_EXPR_DEPTH {
                self.found = Some(e.range());
            } else {
                walk_expr(self, e);
            }
            self.cur -= 1;
        }
    }
    let mut d = Depth {
        cur: 0,
        found: None,
    };
    for s in body {
        d.visit_stmt(s);
    }
    d.found
}

/// CPython's error for a tree nested too deep.
/// Parses a script's (or its own module's) Python as CPython compiles it: its errors with
/// CPython's words, placed in `file` (line, column); nesting CPython cannot compile is a
/// RecursionError before the parser's stack is at risk.
pub(crate) fn parse_file(source: &str, file: &str) -> Result<ruff_python_ast::ModModule> {
    let place_lc = |(line, column): (usize, usize)| Location {
        file: file.to_string(),
        line,
        column,
    };
    let place = |r: TextRange| place_lc(line_col(source, usize::from(r.start())));
    if let Some(nul) = source.find('\0') {
        // CPython refuses the file before it parses it.
        return Err(RunnelError::parse(
            "SyntaxError: source code cannot contain null bytes (remove the NUL characters; a file saved as UTF-16 has one after each ASCII letter)",
        )
        .with_exception("SyntaxError")
        .with_location(place_lc(line_col(source, nul))));
    }
    check_nesting(source).map_err(|(line, column, what)| {
        let e = match what {
            Nesting::Brackets => RunnelError::parse(
                "SyntaxError: too many nested parentheses (Python allows 200 levels); split the expression over several lines with names",
            )
            .with_exception("SyntaxError"),
            Nesting::Expression => compile_recursion_error(),
        };
        e.with_location(place_lc((line, column)))
    })?;
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
        let at = &source[e.location.start().to_usize().min(source.len())..];
        // Runnel leaves out Unicode's name table (vendor/unicode_names2).
        let hint = if at.starts_with("\\N{") || e.error.to_string().contains("unexpected unicode") {
            ": \\N{...} escapes are not supported by Runnel; write the character itself or \\uXXXX"
        } else {
            ""
        };
        let detail = e.error.to_string();
        // CPython's own words where they differ from the parser's (the guide's trigger
        // example without its backslashes is Python's "unexpected indent").
        let cpython = if detail.contains("Unexpected indentation") {
            Some(("IndentationError", "unexpected indent"))
        } else if detail.contains("Expected an indented block") {
            Some(("IndentationError", "expected an indented block"))
        } else if detail.contains("Unindent") {
            Some((
                "IndentationError",
                "unindent does not match any outer indentation level",
            ))
        } else if detail.contains("after line continuation character") {
            Some((
                "SyntaxError",
                "unexpected character after line continuation character",
            ))
        } else {
            None
        };
        let err_at = usize::from(e.location.start()).min(source.len());
        // CPython's parser blames a bracket still open when the error is on a later
        // line (the guide's `q = (df.groupBy(...)...writeStream...`).
        if cpython.is_none()
            && let Some((c, open)) = unclosed_bracket(source, err_at)
            && line_col(source, open).0 < line_col(source, err_at).0
        {
            let range = TextRange::new((open as u32).into(), (open as u32 + 1).into());
            return RunnelError::parse(format!(
                "SyntaxError: '{c}' was never closed (invalid Python: {detail})"
            ))
            .with_exception("SyntaxError")
            .with_location(place(range));
        }
        match cpython {
            Some((class, msg)) => {
                RunnelError::parse(format!("{class}: {msg} (invalid Python: {detail})"))
                    .with_exception(class)
            }
            None => RunnelError::parse(format!("invalid Python: {detail}{hint}")),
        }
        .with_location(place(e.location))
    })?;
    let module = parsed.into_syntax();
    if let Some(deep) = too_deep(&module.body) {
        let e = compile_recursion_error().with_location(place(deep));
        // Dropping the tree would recurse as deep as it nests: leave it.
        std::mem::forget(module);
        return Err(e);
    }
    super::scope::check_nonlocal(&module.body).map_err(|(r, msg)| {
        RunnelError::parse(format!("SyntaxError: {msg}"))
            .with_exception("SyntaxError")
            .with_location(place(r))
    })?;
    Ok(module)
}

fn compile_recursion_error() -> RunnelError {
    RunnelError::execution_plain(format!(
        "RecursionError: maximum recursion depth exceeded during compilation (the expression or blocks nest more than {MAX_EXPR_DEPTH} levels deep; split the expression over several statements with names)"
    ))
    .with_exception("RecursionError")
}

/// How many expressions and statements may be under evaluation at once, across Python
/// calls (a deep expression in a function that recurses): beyond it, RecursionError
/// rather than a stack overflow. Natively the runner has a 1 GiB stack, and a debug
/// build uses up to 40 KiB of it per level (measured: 25,000 levels overflowed it).
#[cfg(not(target_arch = "wasm32"))]
pub const MAX_EVAL_NESTING: usize = 15_000;
/// The same in the browser, whose engine's stack is about 1 MB (see [`MAX_EXPR_DEPTH`]).
#[cfg(target_arch = "wasm32")]
pub const MAX_EVAL_NESTING: usize = 200;

thread_local! {
    /// The interpreter last made on this thread: what `==` inside containers (dict keys,
    /// sets, `in`, `list.index`) asks an object's `__eq__` through (see [`objects_equal`]).
    static CURRENT: RefCell<std::rc::Weak<Interpreter>> = const { RefCell::new(std::rc::Weak::new()) };
}

/// The interpreter last made on this thread (what resumes a generator).
pub(crate) fn current() -> Option<Rc<Interpreter>> {
    CURRENT.with(|c| c.borrow().upgrade())
}

/// `a == b` where an object of the script's classes has `__eq__` (its answer; an error
/// in it counts as unequal); `None` when neither class defines one.
pub(crate) fn objects_equal(a: &Value, b: &Value) -> Option<bool> {
    let has_eq = |v: &Value| {
        matches!(v, Value::Instance(o)
            if matches!(o.class.lookup("__eq__"), Some((_, Value::Function(_)))))
    };
    if !has_eq(a) && !has_eq(b) {
        return None;
    }
    let it = CURRENT.with(|c| c.borrow().upgrade())?;
    let ask = |x: &Value, y: &Value| -> Option<bool> {
        match super::builtins::call_dunder(&it, x, "__eq__", vec![y.clone()]) {
            Ok(Some(Value::Builtin(n))) if n == "builtins.NotImplemented" => None,
            Ok(Some(v)) => Some(v.truthy()),
            _ => None,
        }
    };
    (if has_eq(a) { ask(a, b) } else { None })
        .or_else(|| if has_eq(b) { ask(b, a) } else { None })
        .or(Some(false))
}

/// `hash(obj)` of an object whose class defines `__hash__`: its answer, an int.
pub(crate) fn object_hash(v: &Value) -> Result<Value> {
    let it = CURRENT
        .with(|c| c.borrow().upgrade())
        .ok_or_else(|| RunnelError::execution_plain("hash() outside a script"))?;
    match super::builtins::call_dunder(&it, v, "__hash__", vec![])? {
        Some(h @ (Value::Int(_) | Value::BigInt(_))) => Ok(h),
        Some(Value::Bool(b)) => Ok(Value::Int(i64::from(b))),
        _ => Err(RunnelError::execution_plain(
            "TypeError: __hash__ method should return an integer",
        )
        .with_exception("TypeError")),
    }
}

/// Python's default recursion limit (natively, where the runner has a 1 GiB stack). In
/// the browser every Python call is several native calls of the JS engine, whose stack is
/// about 1 MB: the limit there is lower.
#[cfg(not(target_arch = "wasm32"))]
pub const RECURSION_LIMIT: usize = 1000;
/// The recursion limit in the browser (see the native one): measured in Node 20, V8 runs
/// out of its stack between 50 and 100 nested Python calls once the engine's code is in
/// its baseline tier, whose frames are large.
#[cfg(target_arch = "wasm32")]
pub const RECURSION_LIMIT: usize = 40;

/// The most values one call of a generator function that cannot pause may yield (one
/// with a `yield` inside an expression: it runs to its end when called), so an endless
/// one is refused here instead of running forever; and the most `list()` of a generator takes.
pub const MAX_GENERATOR_ITEMS: usize = 5_000_000;

/// The key of a function's locals that says some of its names are in cells.
const CELLS: &str = " cells";

/// The cell a function keeps `name` in, if a nested function declared it `nonlocal`.
fn cell_of(l: &RefCell<HashMap<String, Value>>, name: &str) -> Option<Value> {
    let l = l.borrow();
    if !l.contains_key(CELLS) {
        return None;
    }
    l.get(&format!("cell {name}")).cloned()
}

fn unsupported(what: &str) -> RunnelError {
    RunnelError::not_supported(format!(
        "{what} is not supported by Runnel's PySpark runner; rewrite it with the constructs listed in the README (assignments, method chains, calls, def, if, for, try)"
    ))
}

impl Interpreter {
    /// An interpreter with `spark` bound to `session` and `bindings` for what is not
    /// Python itself (`Interpreter::new` binds PySpark's).
    pub(crate) fn with_bindings(
        session: SparkSession,
        host: Rc<dyn Host>,
        bindings: &'static super::Bindings,
    ) -> Rc<Interpreter> {
        let globals = Rc::new(RefCell::new(HashMap::new()));
        thread_local! {
            static MADE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
        }
        let id = MADE.with(|m| {
            m.set(m.get() + 1);
            m.get()
        });
        let it = Rc::new(Interpreter {
            id,
            bindings,
            session,
            globals: RefCell::new(globals.clone()),
            host,
            origin: RefCell::new(Rc::new(super::modules::Origin {
                file: "<script>".into(),
                source: Rc::new(String::new()),
                globals,
            })),
            script_dir: RefCell::new(String::new()),
            packages: RefCell::new(Vec::new()),
            user_modules: RefCell::new(HashMap::new()),
            me: RefCell::new(std::rc::Weak::new()),
            sql_log: RefCell::new(Vec::new()),
            argv: RefCell::new(Vec::new()),
            environ: std::cell::OnceCell::new(),
            ticks: std::cell::Cell::new(0),
            depth: std::cell::Cell::new(0),
            nest: std::cell::Cell::new(0),
            worker: std::cell::Cell::new(0),
            recursion_limit: std::cell::Cell::new(RECURSION_LIMIT),
            raised: RefCell::new(None),
            handling: RefCell::new(Vec::new()),
            yields: RefCell::new(Vec::new()),
            source_modules: RefCell::new(HashMap::new()),
            genexps: RefCell::new(Default::default()),
            runner_code: std::cell::Cell::new(0),
        });
        *it.me.borrow_mut() = Rc::downgrade(&it);
        CURRENT.with(|c| *c.borrow_mut() = Rc::downgrade(&it));
        it.set_global("spark", Value::Session);
        it.set_global("__name__", Value::Str("__main__".into()));
        it
    }

    /// `sys.argv`: the script's path, then the arguments given after it (as
    /// `spark-submit SCRIPT ARGS...` passes them). Without it, `[file]`.
    pub fn set_argv(&self, argv: Vec<String>) {
        *self.argv.borrow_mut() = argv;
    }

    /// The names of the code running (the script's, or one of its modules').
    pub(crate) fn globals(&self) -> Rc<RefCell<HashMap<String, Value>>> {
        self.globals.borrow().clone()
    }

    /// Binds a global name.
    pub fn set_global(&self, name: &str, v: Value) {
        self.globals().borrow_mut().insert(name.to_string(), v);
    }

    /// The queries the script passed to `spark.sql`, in order, each once.
    pub fn sql_queries(&self) -> Vec<String> {
        self.sql_log.borrow().clone()
    }

    /// A global's value.
    pub fn get_global(&self, name: &str) -> Option<Value> {
        self.globals().borrow().get(name).cloned()
    }

    /// Parses and runs a script. Errors carry the file, line and column.
    pub fn run(&self, source: &str, file: &str) -> Result<()> {
        *self.origin.borrow_mut() = Rc::new(super::modules::Origin {
            file: file.to_string(),
            source: Rc::new(source.to_string()),
            globals: self.globals(),
        });
        *self.script_dir.borrow_mut() = match file.rfind('/') {
            Some(i) => file[..=i].to_string(),
            None => String::new(),
        };
        // `__file__`: the script's absolute path, as CPython 3.9+ sets it for `python job.py`
        // (the name as given where there is no file system: the browser).
        let path = std::path::absolute(file)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| file.to_string());
        self.set_global("__file__", Value::Str(path));
        let module = parse_file(source, file)?;
        for stmt in &module.body {
            match self.exec_stmt(stmt, &None)? {
                Flow::Normal => {}
                Flow::Return(_) => {
                    return Err(RunnelError::parse("'return' outside function")
                        .with_location(self.location(stmt.range())));
                }
                Flow::Break | Flow::Continue => {
                    return Err(RunnelError::parse("'break' or 'continue' outside a loop")
                        .with_location(self.location(stmt.range())));
                }
            }
        }
        Ok(())
    }

    /// Runs Python the runner wrote (its functions get no line of the script).
    fn run_runner_code(&self, body: &[Stmt], scope: &Locals) -> Result<()> {
        self.runner_code.set(self.runner_code.get() + 1);
        let ran = body
            .iter()
            .try_for_each(|stmt| self.exec_stmt(stmt, scope).map(|_| ()));
        self.runner_code.set(self.runner_code.get() - 1);
        ran
    }

    /// Runs Python the runner wrote (a namedtuple's class) in a scope of its own and
    /// gives what it bound to `name`.
    pub(crate) fn define(&self, source: &str, name: &str) -> Result<Value> {
        let module = ruff_python_parser::parse_module(source)
            .map_err(|e| {
                RunnelError::internal(format!("Python the runner wrote does not parse: {e}"))
            })?
            .into_syntax();
        let scope: Locals = Some(RefCell::new(HashMap::new()));
        self.run_runner_code(&module.body, &scope)?;
        scope
            .as_ref()
            .and_then(|l| l.borrow().get(name).cloned())
            .ok_or_else(|| {
                RunnelError::internal(format!("Python the runner wrote did not define {name}"))
            })
    }

    /// The names of module `name`, which the runner writes in Python (`source`): run on
    /// the first call, as Python runs a module on its first import. Its top-level names
    /// live in cells, so that its functions and classes see each other.
    pub(crate) fn source_module(
        &self,
        name: &str,
        source: &str,
    ) -> Result<Rc<HashMap<String, Value>>> {
        if let Some(m) = self.source_modules.borrow().get(name) {
            return Ok(m.clone());
        }
        let module = ruff_python_parser::parse_module(source)
            .map_err(|e| {
                RunnelError::internal(format!("the runner's module {name} does not parse: {e}"))
            })?
            .into_syntax();
        let top = super::scope::scope_names(None, &module.body, false).0;
        let cells = RefCell::new(HashMap::new());
        for n in &top {
            Self::make_cell(&cells, n);
        }
        let scope: Locals = Some(cells);
        self.run_runner_code(&module.body, &scope)?;
        let names: HashMap<String, Value> = top
            .into_iter()
            .filter_map(|n| self.lookup(&scope, &n).map(|v| (n, v)))
            .collect();
        let names = Rc::new(names);
        self.source_modules
            .borrow_mut()
            .insert(name.to_string(), names.clone());
        Ok(names)
    }

    /// Python's truth of `v`: an object of the script's classes by its `__bool__`, else
    /// its `__len__`, else true.
    pub(crate) fn truth(&self, v: &Value) -> Result<bool> {
        if !matches!(v, Value::Instance(_)) {
            return Ok(v.truthy());
        }
        if let Some(b) = super::builtins::call_dunder(self, v, "__bool__", vec![])? {
            return match b {
                Value::Bool(b) => Ok(b),
                other => Err(RunnelError::execution_plain(format!(
                    "TypeError: __bool__ should return bool, returned {}",
                    other.type_name()
                ))
                .with_exception("TypeError")),
            };
        }
        if let Some(n) = super::builtins::call_dunder(self, v, "__len__", vec![])? {
            return Ok(n.truthy());
        }
        Ok(true)
    }

    /// `traceback.format_exc()`: the exception being handled, as Python's last lines of
    /// its traceback (the frame where it was raised, then `Name: message`).
    pub(crate) fn format_exc(&self) -> Result<String> {
        let Some(e) = self.handling.borrow().last().cloned() else {
            return Ok("NoneType: None\n".into());
        };
        let name = super::builtins::py_exception_name(&e);
        let text = self.py_str(&self.exception_value(&e))?;
        let mut out = String::from("Traceback (most recent call last):\n");
        if let Some(l) = &e.location {
            out.push_str(&format!(
                "  File \"{}\", line {}, in <module>\n",
                l.file, l.line
            ));
        }
        out.push_str(&if text.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {text}\n")
        });
        Ok(out)
    }

    /// `os.environ`: one dict for the whole run (what the script sets in it stays).
    pub(crate) fn environ(&self) -> Value {
        self.environ
            .get_or_init(|| {
                let mut vars: Vec<(String, String)> = std::env::vars().collect();
                vars.sort();
                Value::dict(
                    vars.into_iter()
                        .map(|(k, v)| (Value::Str(k), Value::Str(v)))
                        .collect(),
                )
            })
            .clone()
    }

    /// `module.name` of a module the runner writes in Python.
    pub(crate) fn source_module_attr(&self, module: &str, name: &str) -> Result<Value> {
        let source = super::stdlib::python_source(module).unwrap_or_default();
        self.source_module(module, source)?
            .get(name)
            .filter(|_| !name.starts_with('_') || name.starts_with("__"))
            .cloned()
            .ok_or_else(|| {
                RunnelError::execution_plain(format!(
                    "AttributeError: module '{module}' has no attribute '{name}'"
                ))
                .with_exception("AttributeError")
            })
    }

    /// Line and column (from 1) of a range's start.
    pub(crate) fn location(&self, range: TextRange) -> Location {
        let origin = self.origin.borrow();
        let (line, col) = line_col(&origin.source, usize::from(range.start()));
        Location {
            file: origin.file.clone(),
            line,
            column: col,
        }
    }

    /// Binds a name: in the function's scope, or the script's when the function
    /// declared it `global` (kept in its scope as the key `"global NAME"`, which no
    /// Python name can spell).
    /// A name some nested function declares `nonlocal` is kept in a cell (see
    /// [`super::scope`]) under `"cell NAME"`, a one-element list (empty while unbound).
    pub(crate) fn set(&self, locals: &Locals, name: &str, v: Value) {
        match locals {
            Some(l) if !l.borrow().contains_key(&format!("global {name}")) => {
                // (A class body's names are its own: the cells it passes through to its
                // methods are the function's around it.)
                if let Some(Value::List(cell)) = cell_of(l, name)
                    && (!l.borrow().contains_key("class body")
                        || l.borrow().contains_key(&format!("nonlocal {name}")))
                {
                    *cell.borrow_mut() = vec![v];
                    return;
                }
                l.borrow_mut().insert(name.to_string(), v);
            }
            _ => self.set_global(name, v),
        }
    }

    pub(crate) fn lookup(&self, locals: &Locals, name: &str) -> Option<Value> {
        if let Some(l) = locals {
            if let Some(v) = l.borrow().get(name)
                && !l.borrow().contains_key(&format!("global {name}"))
            {
                return Some(v.clone());
            }
            if let Some(Value::List(cell)) = cell_of(l, name) {
                return cell.borrow().first().cloned();
            }
        }
        if let Some(v) = self.globals().borrow().get(name) {
            return Some(v.clone());
        }
        super::builtins::builtin_name(name)
    }

    /// CPython's hint after a NameError (`. Did you mean: 'True'?`): the closest name
    /// among the locals, else the globals, else the builtins (`suggestions.c`).
    fn name_suggestion(&self, locals: &Locals, name: &str) -> String {
        let plain = |k: &String| !k.contains(' ');
        let mut scopes: Vec<Vec<String>> = Vec::new();
        if let Some(l) = locals {
            scopes.push(l.borrow().keys().filter(|k| plain(k)).cloned().collect());
        }
        scopes.push(
            self.globals()
                .borrow()
                .keys()
                .filter(|k| plain(k))
                .cloned()
                .collect(),
        );
        scopes.push(PY_BUILTINS.iter().map(|s| s.to_string()).collect());
        for mut names in scopes {
            names.sort();
            if let Some(best) = closest_name(name, &names) {
                return format!(". Did you mean: '{best}'?");
            }
        }
        String::new()
    }

    /// Puts a function's name in a cell, for the functions defined in it that declare
    /// it `nonlocal` (and their closures) to share.
    pub(crate) fn make_cell(l: &RefCell<HashMap<String, Value>>, name: &str) {
        if cell_of(l, name).is_some() {
            return;
        }
        let mut l = l.borrow_mut();
        let v: Vec<Value> = l.remove(name).into_iter().collect();
        l.insert(format!("cell {name}"), Value::list(v));
        l.insert(CELLS.to_string(), Value::None);
    }

    /// Stops a loop past the host's [`Host::loop_limit`].
    pub(crate) fn check_loop_limit(&self, n: u64, what: &str) -> Result<()> {
        match self.host.loop_limit() {
            Some(limit) if n > limit => Err(RunnelError::execution_plain(format!(
                "{what} ran {limit} times; stopping it (here nothing else could stop it: \
                 natively, `runnel submit` runs it as long as Python would, until Ctrl-C or --timeout)"
            ))),
            _ => Ok(()),
        }
    }

    /// For `for x in range(...)`: when `e` calls the built-in `range` (not a name the
    /// script rebound), `Ok((start, stop, step))` of integer arguments, to count without
    /// making the list, or `Err(value)`, what the call gave otherwise (its arguments
    /// evaluated once); `None` when `e` is anything else.
    #[allow(clippy::type_complexity)]
    pub(crate) fn range_call(
        &self,
        e: &PyExpr,
        locals: &Locals,
    ) -> Result<Option<std::result::Result<(i64, i64, i64), Value>>> {
        let PyExpr::Call(c) = e else {
            return Ok(None);
        };
        if !matches!(&*c.func, PyExpr::Name(n) if n.id.as_str() == "range")
            || !c.arguments.keywords.is_empty()
            || c.arguments
                .args
                .iter()
                .any(|a| matches!(a, PyExpr::Starred(_)))
        {
            return Ok(None);
        }
        let func = self.eval(&c.func, locals)?;
        if !matches!(&func, Value::Builtin(b) if b == "builtins.range") {
            return Ok(None);
        }
        let args = c
            .arguments
            .args
            .iter()
            .map(|a| self.eval(a, locals))
            .collect::<Result<Vec<_>>>()?;
        let ints: Option<Vec<i64>> = args
            .iter()
            .map(|v| match v {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(i64::from(*b)),
                _ => None,
            })
            .collect();
        let lazy = match ints.as_deref() {
            Some(&[stop]) => Some((0, stop, 1)),
            Some(&[start, stop]) => Some((start, stop, 1)),
            Some(&[start, stop, step]) if step != 0 => Some((start, stop, step)),
            _ => None,
        };
        Ok(Some(match lazy {
            Some(r) => Ok(r),
            // Other arguments (or a step of 0): the built-in's own answer or error.
            None => Err(super::builtins::call(self, func, args, vec![])
                .map_err(|e| e.with_location(self.location(c.range())))?),
        }))
    }

    /// One loop iteration: every 1,024th asks whether `--timeout` stopped the run
    /// (`runnel_core::exec::interrupt::check_loop`), so that no loop outlives it.
    pub(crate) fn tick(&self) -> Result<()> {
        let n = self.ticks.get().wrapping_add(1);
        self.ticks.set(n);
        if n.is_multiple_of(1024) {
            runnel_core::exec::interrupt::check_loop()?;
        }
        Ok(())
    }

    pub(crate) fn exec_block(&self, body: &[Stmt], locals: &Locals) -> Result<Flow> {
        for s in body {
            match self.exec_stmt(s, locals)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    pub(crate) fn assign(&self, target: &PyExpr, v: Value, locals: &Locals) -> Result<()> {
        match target {
            PyExpr::Name(n) => {
                self.set(locals, n.id.as_str(), v);
                Ok(())
            }
            PyExpr::Tuple(ast::ExprTuple { elts, .. })
            | PyExpr::List(ast::ExprList { elts, .. }) => {
                // An object of the script's classes unpacks through its `__iter__`.
                let v = super::builtins::iter_object(self, v)?;
                let items = v.items().ok_or_else(|| {
                    RunnelError::execution_plain(format!(
                        "cannot unpack non-iterable {} object",
                        v.type_name()
                    ))
                })?;
                // `a, *rest = xs`: the starred name takes a list of what the others leave.
                if let Some(star) = elts.iter().position(|e| matches!(e, PyExpr::Starred(_))) {
                    let after = elts.len() - star - 1;
                    if items.len() < elts.len() - 1 {
                        return Err(RunnelError::execution_plain(format!(
                            "ValueError: not enough values to unpack (expected at least {}, got {})",
                            elts.len() - 1,
                            items.len()
                        ))
                        .with_exception("ValueError"));
                    }
                    let mut items = items;
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(star);
                    for (t, x) in elts[..star].iter().zip(items) {
                        self.assign(t, x, locals)?;
                    }
                    if let PyExpr::Starred(s) = &elts[star] {
                        self.assign(&s.value, Value::list(middle), locals)?;
                    }
                    for (t, x) in elts[star + 1..].iter().zip(tail) {
                        self.assign(t, x, locals)?;
                    }
                    return Ok(());
                }
                if items.len() != elts.len() {
                    return Err(RunnelError::execution_plain(if items.len() > elts.len() {
                        format!(
                            "ValueError: too many values to unpack (expected {})",
                            elts.len()
                        )
                    } else {
                        format!(
                            "ValueError: not enough values to unpack (expected {}, got {})",
                            elts.len(),
                            items.len()
                        )
                    })
                    .with_exception("ValueError"));
                }
                for (t, x) in elts.iter().zip(items) {
                    self.assign(t, x, locals)?;
                }
                Ok(())
            }
            PyExpr::Subscript(s) => {
                let obj = self.eval(&s.value, locals)?;
                if let PyExpr::Slice(sl) = s.slice.as_ref() {
                    let Value::List(l) = &obj else {
                        return Err(RunnelError::execution_plain(format!(
                            "TypeError: '{}' object does not support item assignment",
                            obj.type_name()
                        ))
                        .with_exception("TypeError"));
                    };
                    let (lo, hi, step) = self.slice_bounds(sl, locals)?;
                    let values = super::ops::iterate(&v)?;
                    return super::ops::set_slice(l, lo, hi, step, Some(values));
                }
                let key = self.eval(&s.slice, locals)?;
                match obj {
                    Value::Dict(d) => {
                        let h = super::dict::py_hash(&key)?;
                        d.borrow_mut().insert_hashed(h, key, v);
                        Ok(())
                    }
                    Value::List(l) => {
                        let i = super::ops::index_of(&key, l.borrow().len())?;
                        l.borrow_mut()[i] = v;
                        Ok(())
                    }
                    other => Err(unsupported(&format!(
                        "item assignment on {}",
                        other.type_name()
                    ))),
                }
            }
            PyExpr::Attribute(a) => {
                let obj = self.eval(&a.value, locals)?;
                match obj {
                    Value::Instance(o) => {
                        // A property of its class: its setter runs (none: Python's error).
                        if let Some((_, Value::Function(p))) = o.class.lookup(a.attr.as_str())
                            && p.kind.get() == FnKind::Property
                        {
                            let setter = p.setter.borrow().clone();
                            return match setter {
                                Some(s) => self
                                    .call_function(&s, vec![Value::Instance(o.clone()), v])
                                    .map(|_| ()),
                                None => Err(RunnelError::execution_plain(format!(
                                    "AttributeError: property '{}' of '{}' object has no setter",
                                    a.attr.as_str(),
                                    o.class.name
                                ))
                                .with_exception("AttributeError")),
                            };
                        }
                        super::builtins::check_not_frozen(&o, a.attr.as_str(), "assign to")?;
                        o.set(a.attr.as_str(), v);
                        Ok(())
                    }
                    Value::Class(c) => {
                        let mut attrs = c.attrs.borrow_mut();
                        match attrs.iter_mut().find(|(k, _)| k == a.attr.as_str()) {
                            Some(e) => e.1 = v,
                            None => attrs.push((a.attr.as_str().to_string(), v)),
                        }
                        Ok(())
                    }
                    other => Err(RunnelError::execution_plain(format!(
                        "AttributeError: '{}' object attribute '{}' is read-only",
                        other.type_name(),
                        a.attr.as_str()
                    ))
                    .with_exception("AttributeError")),
                }
            }
            _ => Err(unsupported("this assignment target")),
        }
    }

    /// Counts one more level of evaluation; RecursionError beyond [`MAX_EVAL_NESTING`].
    fn nest_in(&self) -> Result<usize> {
        let n = self.nest.get();
        if n >= MAX_EVAL_NESTING {
            return Err(RunnelError::execution_plain(format!(
                "RecursionError: maximum recursion depth exceeded ({MAX_EVAL_NESTING} expressions and statements nested across calls)"
            ))
            .with_exception("RecursionError"));
        }
        self.nest.set(n + 1);
        Ok(n)
    }

    pub(crate) fn exec_stmt(&self, stmt: &Stmt, locals: &Locals) -> Result<Flow> {
        let mut r = match self.nest_in() {
            Ok(n) => {
                let r = self.exec_stmt_inner(stmt, locals);
                self.nest.set(n);
                r
            }
            Err(e) => Err(e),
        };
        self.close_dropped_generators();
        // A value that could not be shown (an int of too many digits, a container
        // nested too deep) raises at the statement that showed it.
        if let Some(e) = super::num::take_str_error()
            && r.is_ok()
        {
            r = Err(e);
        }
        r.map_err(|e| e.with_location(self.location(stmt.range())))
    }

    fn exec_stmt_inner(&self, stmt: &Stmt, locals: &Locals) -> Result<Flow> {
        match stmt {
            Stmt::Expr(e) => {
                self.eval(&e.value, locals)?;
            }
            Stmt::Assign(a) => {
                let v = self.eval(&a.value, locals)?;
                for t in &a.targets {
                    self.assign(t, v.clone(), locals)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let v = self.eval(v, locals)?;
                    self.assign(&a.target, v, locals)?;
                }
            }
            Stmt::AugAssign(a) => {
                let cur = self.eval(&a.target, locals)?;
                let rhs = self.eval(&a.value, locals)?;
                let v = super::builtins::augmented(self, cur, a.op, rhs)?;
                self.assign(&a.target, v, locals)?;
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    if !super::stdlib::is_module(full)
                        && let Err(e) = (self.bindings.check_module)(full)
                    {
                        // One of the script's own modules (a file beside it).
                        if self.user_module(full)?.is_none() {
                            return Err(e.with_exception("ModuleNotFoundError"));
                        }
                    }
                    match &alias.asname {
                        Some(a) => self.set(locals, a.as_str(), Value::Module(full.to_string())),
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.set(locals, top, Value::Module(top.to_string()));
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let mut module = i
                    .module
                    .as_ref()
                    .map(|m| m.as_str().to_string())
                    .unwrap_or_default();
                if i.level > 0 {
                    module = self.relative_module(i.level, &module)?;
                }
                let own = super::stdlib::is_module(&module);
                let mut user = false;
                if !own && let Err(e) = (self.bindings.check_module)(&module) {
                    // One of the script's own modules (a file beside it).
                    if i.level == 0 && self.user_module(&module)?.is_none() {
                        return Err(e.with_exception("ModuleNotFoundError"));
                    }
                    user = true;
                }
                if i.level > 0 && self.user_module(&module)?.is_none() {
                    return Err(RunnelError::execution_plain(format!(
                        "ModuleNotFoundError: No module named '{module}'"
                    ))
                    .with_exception("ModuleNotFoundError"));
                }
                for alias in &i.names {
                    let name = alias.name.as_str();
                    if name == "*" {
                        if user || i.level > 0 {
                            let mut public: Vec<(String, Value)> =
                                match self.user_module(&module)? {
                                    Some(m) => m
                                        .globals
                                        .borrow()
                                        .iter()
                                        .filter(|(n, _)| !n.starts_with('_') && !n.contains(' '))
                                        .map(|(n, v)| (n.clone(), v.clone()))
                                        .collect(),
                                    None => Vec::new(),
                                };
                            public.sort_by(|a, b| a.0.cmp(&b.0));
                            for (n, v) in public {
                                self.set(locals, &n, v);
                            }
                            continue;
                        }
                        for (n, v) in (self.bindings.star_import)(&module) {
                            self.set(locals, &n, v);
                        }
                        continue;
                    }
                    let v = if user || i.level > 0 {
                        self.user_module_attr(&module, name)?
                    } else if super::stdlib::python_source(&module).is_some() {
                        self.source_module_attr(&module, name)?
                    } else if own {
                        super::stdlib::module_attr(&module, name)?
                    } else {
                        (self.bindings.module_attr)(&module, name)?
                    };
                    let bind = alias.asname.as_ref().map(|a| a.as_str()).unwrap_or(name);
                    self.set(locals, bind, v);
                }
            }
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    return Err(unsupported("async functions"));
                }
                let func = self.make_function(
                    f.name.as_str(),
                    &f.parameters,
                    FunctionBody::Def(f.body.to_vec()),
                    locals,
                    f.range(),
                )?;
                let mut v = Value::Function(Rc::new(func));
                for d in f.decorator_list.iter().rev() {
                    let dec = self.eval(&d.expression, locals)?;
                    v = super::builtins::call(self, dec, vec![v], vec![])
                        .map_err(|e| e.with_location(self.location(d.range())))?;
                }
                self.set(locals, f.name.as_str(), v);
            }
            Stmt::ClassDef(c) => {
                let mut bases = Vec::new();
                if let Some(args) = &c.arguments {
                    for b in args.args.iter() {
                        bases.push(self.eval(b, locals)?);
                    }
                    if let Some(k) = args.keywords.first() {
                        return Err(unsupported(&format!(
                            "the class keyword `{}=`",
                            k.arg.as_ref().map(|a| a.as_str()).unwrap_or("**")
                        )));
                    }
                }
                for b in &bases {
                    if !matches!(b, Value::Class(_) | Value::Builtin(_)) {
                        return Err(RunnelError::execution_plain(format!(
                            "TypeError: a class can only derive from classes, not from a {}",
                            b.type_name()
                        ))
                        .with_exception("TypeError"));
                    }
                }
                // The body runs in a namespace of its own; its names become the class's
                // attributes (methods do not see them as free names, as in Python).
                let mut ns_vars = HashMap::new();
                ns_vars.insert("class body".to_string(), Value::None);
                // Its methods' `nonlocal` names, and every name of the function around it
                // (which its methods read as free names, as in Python), reach through it to
                // that function, in cells.
                if let Some(l) = locals {
                    let mut names: Vec<String> = super::scope::scope_names(None, &c.body, true)
                        .1
                        .into_iter()
                        .collect();
                    if !l.borrow().contains_key("class body") {
                        names.extend(l.borrow().keys().filter_map(
                            |k| match k.strip_prefix("cell ") {
                                Some(n) => Some(n.to_string()),
                                None => (!k.contains(' ')).then(|| k.clone()),
                            },
                        ));
                    }
                    for n in names {
                        Self::make_cell(l, &n);
                        if let Some(cell) = cell_of(l, &n) {
                            ns_vars.insert(format!("cell {n}"), cell);
                            ns_vars.insert(CELLS.to_string(), Value::None);
                        }
                    }
                }
                let ns: Locals = Some(RefCell::new(ns_vars));
                // An enum's `auto()` takes its value as its line runs, as Python's (a later
                // line may combine it: `WHITE = RED | GREEN | BLUE`).
                let probe = Rc::new(PyClass {
                    name: String::new(),
                    bases: bases.clone(),
                    attrs: RefCell::new(Vec::new()),
                });
                let enum_kind = match super::enums::flag_kind(&probe) {
                    Some(_) => Some("flag"),
                    None => super::enums::kind(&probe),
                };
                match enum_kind {
                    None => match self.exec_block(&c.body, &ns)? {
                        Flow::Normal => {}
                        _ => return Err(RunnelError::parse("'return' outside function")),
                    },
                    Some(kind) => {
                        let mut values = Vec::new();
                        for stmt in &c.body {
                            match self.exec_block(std::slice::from_ref(stmt), &ns)? {
                                Flow::Normal => {}
                                _ => return Err(RunnelError::parse("'return' outside function")),
                            }
                            let Stmt::Assign(a) = stmt else { continue };
                            let [PyExpr::Name(n)] = a.targets.as_slice() else {
                                continue;
                            };
                            let name = n.id.as_str();
                            let Some(cell) = ns.as_ref() else { continue };
                            let current = cell.borrow().get(name).cloned();
                            let value = match current {
                                Some(Value::Builtin(b)) if b == super::enums::AUTO => {
                                    let v = super::enums::auto_value(kind, name, &values);
                                    cell.borrow_mut().insert(name.to_string(), v.clone());
                                    v
                                }
                                Some(v) => v,
                                None => continue,
                            };
                            if !name.starts_with('_') {
                                values.push(value);
                            }
                        }
                    }
                }
                let mut attrs: Vec<(String, Value)> = ns
                    .map(|n| n.into_inner())
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|(k, _)| !k.contains(' '))
                    .collect();
                attrs.sort_by(|a, b| a.0.cmp(&b.0));
                // `x: int` lines, in order (what `@dataclass` reads), as Python's
                // `__annotations__` (the names; the annotations themselves are not kept).
                let annotated: Vec<(Value, Value)> = c
                    .body
                    .iter()
                    .filter_map(|s| match s {
                        Stmt::AnnAssign(a) => match a.target.as_ref() {
                            PyExpr::Name(n) => Some((Value::Str(n.id.to_string()), Value::None)),
                            _ => None,
                        },
                        _ => None,
                    })
                    .collect();
                if !annotated.is_empty() {
                    attrs.push(("__annotations__".into(), Value::dict(annotated)));
                }
                let class = Rc::new(PyClass {
                    name: c.name.as_str().to_string(),
                    bases,
                    attrs: RefCell::new(attrs),
                });
                for (_, v) in class.attrs.borrow().iter() {
                    if let Value::Function(f) = v {
                        *f.class.borrow_mut() = Some(Rc::downgrade(&class));
                    }
                }
                // An enum's members: its plain attributes, in the order written.
                if super::enums::kind(&class).is_some() {
                    let order: Vec<String> = c
                        .body
                        .iter()
                        .filter_map(|s| match s {
                            Stmt::Assign(a) => match a.targets.as_slice() {
                                [PyExpr::Name(n)] => Some(n.id.to_string()),
                                _ => None,
                            },
                            Stmt::AnnAssign(a) if a.value.is_some() => match a.target.as_ref() {
                                PyExpr::Name(n) => Some(n.id.to_string()),
                                _ => None,
                            },
                            _ => None,
                        })
                        .collect();
                    super::enums::make_members(&class, &order)
                        .map_err(|e| e.with_location(self.location(c.range())))?;
                }
                let mut v = Value::Class(class);
                for d in c.decorator_list.iter().rev() {
                    let dec = self.eval(&d.expression, locals)?;
                    v = super::builtins::call(self, dec, vec![v], vec![])
                        .map_err(|e| e.with_location(self.location(d.range())))?;
                }
                self.set(locals, c.name.as_str(), v);
            }
            Stmt::Return(r) => {
                let v = match &r.value {
                    Some(e) => self.eval(e, locals)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            Stmt::If(i) => {
                if self.truth(&self.eval(&i.test, locals)?)? {
                    return self.exec_block(&i.body, locals);
                }
                for c in &i.elif_else_clauses {
                    let take = match &c.test {
                        Some(t) => self.truth(&self.eval(t, locals)?)?,
                        None => true,
                    };
                    if take {
                        return self.exec_block(&c.body, locals);
                    }
                }
            }
            Stmt::For(f) => {
                // `for i in range(...)` counts without making the list (as Python's range
                // object): any length, no copy per loop.
                let items: Box<dyn Iterator<Item = Result<Value>>> =
                    match self.range_call(&f.iter, locals)? {
                        Some(Ok((start, stop, step))) => {
                            let (mut i, stop, step) = (start as i128, stop as i128, step as i128);
                            Box::new(std::iter::from_fn(move || {
                                let more = if step > 0 { i < stop } else { i > stop };
                                more.then(|| {
                                    let v = Value::Int(i as i64);
                                    i += step;
                                    Ok(v)
                                })
                            }))
                        }
                        Some(Err(v)) => Box::new(super::ops::iterate(&v)?.into_iter().map(Ok)),
                        None => match self.eval(&f.iter, locals)? {
                            // An iterator gives one value at a time (it may never end; a
                            // `break` leaves the rest to whoever holds it).
                            v if super::iter::state(&v).is_some() => {
                                Box::new(std::iter::from_fn(move || {
                                    super::iter::next_of(super::iter::state(&v)?).transpose()
                                }))
                            }
                            v => Box::new(
                                super::builtins::iterate_object(self, v)?
                                    .into_iter()
                                    .map(Ok),
                            ),
                        },
                    };
                let mut broke = false;
                let mut n = 0u64;
                for x in items {
                    let x = x?;
                    self.tick()?;
                    n += 1;
                    self.check_loop_limit(n, "for loop")?;
                    self.assign(&f.target, x, locals)?;
                    match self.exec_block(&f.body, locals)? {
                        Flow::Break => {
                            broke = true;
                            break;
                        }
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        _ => {}
                    }
                }
                if !broke {
                    return self.exec_block(&f.orelse, locals);
                }
            }
            Stmt::While(w) => {
                let mut n = 0u64;
                while self.truth(&self.eval(&w.test, locals)?)? {
                    self.tick()?;
                    n += 1;
                    self.check_loop_limit(n, "while loop")?;
                    match self.exec_block(&w.body, locals)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        _ => {}
                    }
                }
                // The loop ended without a break: its `else` block.
                return self.exec_block(&w.orelse, locals);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(unsupported("except*"));
                }
                let out = match self.exec_block(&t.body, locals) {
                    Ok(Flow::Normal) => self.exec_block(&t.orelse, locals),
                    Ok(other) => Ok(other),
                    Err(e) => self.handle(&t.handlers, e, locals),
                };
                if !t.finalbody.is_empty() {
                    match self.exec_block(&t.finalbody, locals)? {
                        Flow::Normal => {}
                        other => return Ok(other),
                    }
                }
                return out;
            }
            Stmt::Pass(_) => {}
            Stmt::Global(g) => {
                if let Some(l) = locals {
                    for n in &g.names {
                        l.borrow_mut()
                            .insert(format!("global {}", n.as_str()), Value::None);
                    }
                }
            }
            // Checked before the script ran; the name's cell came with the closure.
            // In a class body, its assignments to these names go to the function's cells
            // (see `set`); a function's nonlocal names are cells already.
            Stmt::Nonlocal(n) => {
                if let Some(l) = locals
                    && l.borrow().contains_key("class body")
                {
                    for name in &n.names {
                        l.borrow_mut()
                            .insert(format!("nonlocal {}", name.as_str()), Value::None);
                    }
                }
            }
            Stmt::Break(_) => return Ok(Flow::Break),
            Stmt::Continue(_) => return Ok(Flow::Continue),
            Stmt::Raise(r) => {
                let Some(exc) = &r.exc else {
                    return Err(self.handling.borrow().last().cloned().ok_or_else(|| {
                        RunnelError::execution_plain("RuntimeError: No active exception to reraise")
                            .with_exception("RuntimeError")
                    })?);
                };
                let v = self.eval(exc, locals)?;
                return Err(self.raise_value(v)?);
            }
            Stmt::Assert(a) => {
                if !self.truth(&self.eval(&a.test, locals)?)? {
                    let msg = match &a.msg {
                        Some(m) => {
                            format!("AssertionError: {}", self.py_str(&self.eval(m, locals)?)?)
                        }
                        None => "AssertionError".into(),
                    };
                    return Err(RunnelError::execution_plain(msg).with_exception("AssertionError"));
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t, locals)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(unsupported("'async with'"));
                }
                return self.exec_with(&w.items, &w.body, locals);
            }
            Stmt::Match(m) => return self.exec_match(m, locals),
            Stmt::TypeAlias(_) => return Err(unsupported("type aliases")),
            Stmt::IpyEscapeCommand(_) => return Err(unsupported("IPython magics")),
        }
        Ok(Flow::Normal)
    }

    /// Runs `f` as code Spark runs in a Python worker (see [`Self::print_out`]).
    pub(crate) fn as_worker<T>(&self, f: impl FnOnce() -> T) -> T {
        self.worker.set(self.worker.get() + 1);
        let out = f();
        self.worker.set(self.worker.get() - 1);
        out
    }

    /// What the script writes to its standard output (`print`, `sys.stdout.write`): where
    /// the session prints, or, from code Spark runs in a Python worker, to stderr (Spark's
    /// `PythonWorkerFactory` copies a worker's stdout to the executor's stderr).
    pub(crate) fn print_out(&self, text: &str) {
        if self.worker.get() > 0 {
            self.host.print_err(&self.session, text);
        } else {
            self.session.print(text);
        }
    }

    /// Calls a user function with positional arguments.
    pub(crate) fn call_function(&self, f: &Rc<PyFunction>, args: Vec<Value>) -> Result<Value> {
        self.call_function_kw(f, args, vec![])
    }

    /// Calls a user function: binds the arguments to its parameters as Python does
    /// (defaults, `*args`, keyword-only parameters, `**kwargs`) and runs its body.
    pub(crate) fn call_function_kw(
        &self,
        f: &Rc<PyFunction>,
        args: Vec<Value>,
        kw: Vec<(String, Value)>,
    ) -> Result<Value> {
        let type_error = |m: String| {
            RunnelError::execution_plain(format!("TypeError: {}() {m}", f.name))
                .with_exception("TypeError")
        };
        let mut vars: HashMap<String, Value> = f.closure.iter().cloned().collect();
        let n = f.params.len();
        if args.len() > n && f.vararg.is_none() {
            return Err(type_error(format!(
                "takes {n} positional argument{} but {} {} given",
                if n == 1 { "" } else { "s" },
                args.len(),
                if args.len() == 1 { "was" } else { "were" }
            )));
        }
        let mut given: Vec<Option<Value>> = vec![None; n];
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < n {
                given[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        let mut kwonly: Vec<Option<Value>> = vec![None; f.kwonly.len()];
        let mut kwargs = Vec::new();
        for (k, v) in kw {
            if let Some(i) = f.params.iter().position(|p| *p == k) {
                if given[i].is_some() {
                    return Err(type_error(format!(
                        "got multiple values for argument '{k}'"
                    )));
                }
                given[i] = Some(v);
            } else if let Some(i) = f.kwonly.iter().position(|(p, _)| *p == k) {
                kwonly[i] = Some(v);
            } else if f.kwarg.is_some() {
                kwargs.push((Value::Str(k), v));
            } else {
                return Err(type_error(format!(
                    "got an unexpected keyword argument '{k}'"
                )));
            }
        }
        let first_default = n - f.defaults.len().min(n);
        let mut missing = Vec::new();
        for (i, g) in given.into_iter().enumerate() {
            let v = match g {
                Some(v) => v,
                None if i >= first_default => f.defaults[i - first_default].clone(),
                None => {
                    missing.push(format!("'{}'", f.params[i]));
                    continue;
                }
            };
            vars.insert(f.params[i].clone(), v);
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                missing.join(" and ")
            )));
        }
        for ((name, default), v) in f.kwonly.iter().zip(kwonly) {
            match v.or_else(|| default.clone()) {
                Some(v) => {
                    vars.insert(name.clone(), v);
                }
                None => {
                    return Err(type_error(format!(
                        "missing 1 required keyword-only argument: '{name}'"
                    )));
                }
            }
        }
        if let Some(va) = &f.vararg {
            vars.insert(va.clone(), Value::Tuple(extra));
        }
        if let Some(ka) = &f.kwarg {
            vars.insert(ka.clone(), Value::dict(kwargs));
        }
        // What super() needs: the class that defined the method, and its first argument.
        if let Some(c) = f.class.borrow().as_ref().and_then(|c| c.upgrade()) {
            vars.insert("__class__ self".into(), Value::Class(c));
            if let Some(p) = f.params.first()
                && let Some(me) = vars.get(p).cloned()
            {
                vars.insert("__self__ self".into(), me);
            }
        }
        let locals: Locals = Some(RefCell::new(vars));
        // A generator function gives a generator: its body runs as values are taken.
        if f.generator && f.pauses {
            return Ok(super::generator::new(f.clone(), locals));
        }
        let depth = self.enter_call(&f.name)?;
        // Its errors are placed in the file it comes from.
        let origin = self.enter_origin(&f.origin);
        let r = match &f.body {
            FunctionBody::Def(body) if f.generator => {
                self.yields.borrow_mut().push(Vec::new());
                let r = self.exec_block(body, &locals);
                let items = self.yields.borrow_mut().pop().unwrap_or_default();
                r.map(|_| super::iter::of_items("generator", items))
            }
            FunctionBody::Def(body) => match self.exec_block(body, &locals) {
                Ok(Flow::Return(v)) => Ok(v),
                Ok(_) => Ok(Value::None),
                Err(e) => Err(e),
            },
            FunctionBody::Lambda(e) => self.eval(e, &locals),
        };
        drop(origin);
        self.leave_call(depth);
        // An error inside the Python the runner wrote (line 0: its modules, dataclasses,
        // namedtuples) takes the location of the script's call.
        if f.line == 0 {
            return r.map_err(|mut e| {
                e.location = None;
                e
            });
        }
        r
    }

    /// One Python call more, `name`'s: Python's recursion limit (sys.getrecursionlimit(),
    /// 1000) gives a RecursionError, never a stack overflow. Gives the depth to go back to.
    pub(crate) fn enter_call(&self, name: &str) -> Result<usize> {
        let depth = self.depth.get();
        let limit = self.recursion_limit.get();
        if depth >= limit {
            return Err(RunnelError::execution_plain(format!(
                "RecursionError: maximum recursion depth exceeded in {name}() ({limit} calls deep); make the function loop instead of calling itself"
            ))
            .with_exception("RecursionError"));
        }
        self.depth.set(depth + 1);
        Ok(depth)
    }

    /// The end of the call [`Self::enter_call`] began.
    pub(crate) fn leave_call(&self, depth: usize) {
        self.depth.set(depth);
    }

    /// A function of a `def` or `lambda`: its parameters, their defaults (evaluated
    /// now), and the enclosing function's names it closes over.
    fn make_function(
        &self,
        name: &str,
        p: &ast::Parameters,
        body: FunctionBody,
        locals: &Locals,
        range: TextRange,
    ) -> Result<PyFunction> {
        let mut params = Vec::new();
        let mut defaults = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            params.push(a.parameter.name.as_str().to_string());
            if let Some(d) = &a.default {
                defaults.push(self.eval(d, locals)?);
            }
        }
        let mut kwonly = Vec::new();
        for a in p.kwonlyargs.iter() {
            let d = a
                .default
                .as_ref()
                .map(|d| self.eval(d, locals))
                .transpose()?;
            kwonly.push((a.parameter.name.as_str().to_string(), d));
        }
        // The names its `nonlocal` statements (and its nested functions') take from here
        // go in cells first; the cells of names it binds itself are not its.
        let (own, free) = match &body {
            FunctionBody::Def(b) => super::scope::scope_names(Some(p), b, false),
            FunctionBody::Lambda(_) => (params.iter().cloned().collect(), Default::default()),
        };
        if let Some(l) = locals
            && !l.borrow().contains_key("class body")
        {
            for n in &free {
                Self::make_cell(l, n);
            }
        }
        // A function defined in a function closes over that function's names (not over a
        // class body's, as in Python, but through it over the cells of its function).
        let mut closure: Vec<(String, Value)> = match locals {
            Some(l) => {
                let class_body = l.borrow().contains_key("class body");
                l.borrow()
                    .iter()
                    .filter(|(k, _)| match k.strip_prefix("cell ") {
                        Some(n) => !own.contains(n),
                        None => !class_body && !k.contains(' '),
                    })
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            }
            None => vec![],
        };
        if closure.iter().any(|(k, _)| k.starts_with("cell ")) {
            closure.push((CELLS.to_string(), Value::None));
        }
        let mut f = PyFunction::simple(name, params, body);
        f.defaults = defaults;
        f.vararg = p.vararg.as_ref().map(|a| a.name.as_str().to_string());
        f.kwarg = p.kwarg.as_ref().map(|a| a.name.as_str().to_string());
        f.kwonly = kwonly;
        f.closure = closure;
        f.line = if self.runner_code.get() > 0 {
            0
        } else {
            f.origin = Some(self.origin.borrow().clone());
            self.location(range).line
        };
        if let FunctionBody::Def(b) = &f.body {
            f.generator = super::scope::is_generator(b);
            f.pauses = f.generator && super::generator::resumable(b);
        }
        Ok(f)
    }

    /// `del target`.
    fn delete(&self, t: &PyExpr, locals: &Locals) -> Result<()> {
        let key_error = super::builtins::key_error;
        match t {
            PyExpr::Name(n) => {
                let name = n.id.as_str();
                let removed = match locals {
                    Some(l) if !l.borrow().contains_key(&format!("global {name}")) => {
                        match cell_of(l, name) {
                            Some(Value::List(cell)) => cell.borrow_mut().pop().is_some(),
                            _ => l.borrow_mut().remove(name).is_some(),
                        }
                    }
                    _ => self.globals().borrow_mut().remove(name).is_some(),
                };
                if !removed {
                    return Err(RunnelError::execution_plain(format!(
                        "NameError: name '{name}' is not defined"
                    ))
                    .with_exception("NameError"));
                }
            }
            PyExpr::Tuple(ast::ExprTuple { elts, .. })
            | PyExpr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e, locals)?;
                }
            }
            PyExpr::Subscript(sub) => {
                let obj = self.eval(&sub.value, locals)?;
                if let PyExpr::Slice(sl) = sub.slice.as_ref() {
                    let Value::List(l) = &obj else {
                        return Err(RunnelError::execution_plain(format!(
                            "TypeError: '{}' object does not support item deletion",
                            obj.type_name()
                        ))
                        .with_exception("TypeError"));
                    };
                    let (lo, hi, step) = self.slice_bounds(sl, locals)?;
                    return super::ops::set_slice(l, lo, hi, step, None);
                }
                let key = self.eval(&sub.slice, locals)?;
                match obj {
                    Value::Dict(d) => {
                        let removed = d.borrow_mut().remove(&key)?;
                        if removed.is_none() {
                            return Err(key_error(&key));
                        }
                    }
                    Value::List(l) => {
                        let i = super::ops::index_of(&key, l.borrow().len())?;
                        l.borrow_mut().remove(i);
                    }
                    other => {
                        return Err(RunnelError::execution_plain(format!(
                            "TypeError: '{}' object doesn't support item deletion",
                            other.type_name()
                        ))
                        .with_exception("TypeError"));
                    }
                }
            }
            PyExpr::Attribute(a) => match self.eval(&a.value, locals)? {
                Value::Instance(o) => super::builtins::delete_attr(&o, a.attr.as_str(), true)?,
                other => {
                    return Err(unsupported(&format!(
                        "deleting an attribute of a {}",
                        other.type_name()
                    )));
                }
            },
            _ => return Err(unsupported("this 'del' target")),
        }
        Ok(())
    }

    /// The error `raise v` raises.
    pub(crate) fn raise_value(&self, v: Value) -> Result<RunnelError> {
        let v = match v {
            c @ (Value::Class(_) | Value::Builtin(_)) => {
                super::builtins::call(self, c, vec![], vec![])?
            }
            v => v,
        };
        let not_exception = || {
            RunnelError::execution_plain("TypeError: exceptions must derive from BaseException")
                .with_exception("TypeError")
        };
        let Value::Instance(o) = &v else {
            return Ok(not_exception());
        };
        let Some(args) = super::builtins::exception_message(o) else {
            return Ok(not_exception());
        };
        let name = o.class.name.clone();
        if super::builtins::is_instance(&v, &Value::Builtin("builtins.SystemExit".into())) {
            // As sys.exit(): the status, or the message printed with status 1.
            let code = match args {
                Value::Tuple(t) => t.first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            };
            let exit = super::args::Args::new(vec![code], vec![], "exit".into());
            return match super::builtins::call_builtin(self, "sys.exit", &exit) {
                Err(e) => Ok(e),
                Ok(_) => Ok(RunnelError::internal("sys.exit returned")),
            };
        }
        let text = self.py_str(&v)?;
        let message = if text.is_empty() {
            name.clone()
        } else {
            format!("{name}: {text}")
        };
        *self.raised.borrow_mut() = Some((message.clone(), v.clone()));
        Ok(RunnelError::execution_plain(message).with_exception(super::builtins::intern(&name)))
    }

    /// The exception object an error stands for: the one the script raised, or a
    /// built-in exception of the error's Python class with its message.
    pub(crate) fn exception_value(&self, e: &RunnelError) -> Value {
        if let Some((m, v)) = self.raised.borrow().as_ref()
            && *m == e.message
        {
            return v.clone();
        }
        let name = super::builtins::py_exception_name(e);
        // str(e): Python's message, without the location or a leading "ValueError: ".
        let prefix = format!("{name}: ");
        let text = match e.message.strip_prefix(&prefix) {
            Some(m) => m.to_string(),
            // PySpark's str() of a PythonException is the worker's message alone.
            None if e.condition.as_deref() == Some("PYTHON_EXCEPTION") => e.message.clone(),
            // PySpark's str() of an error with a condition: `[COND] message SQLSTATE: nnnnn`
            // (the state where the condition has one; Spark's query plan or SQL fragment
            // after it is not given).
            None => {
                let mut plain = e.clone();
                plain.location = None;
                let mut text = plain.to_string();
                if let Some(st) = e
                    .condition
                    .as_deref()
                    .filter(|c| !c.starts_with("_LEGACY"))
                    .and_then(runnel_core::error::sql_state)
                    && !text.contains(" SQLSTATE: ")
                {
                    text.push_str(" SQLSTATE: ");
                    text.push_str(st);
                }
                text
            }
        };
        // SystemExit's `code`: the exit status (sys.exit's message is it).
        if name == "SystemExit"
            && let Ok(code) = e.message.parse::<i64>()
        {
            let o = super::builtins::new_exception(&name, vec![Value::Int(code)]);
            if let Value::Instance(i) = &o {
                i.set("code", Value::Int(code));
            }
            return o;
        }
        let o = super::builtins::new_exception(&name, vec![Value::Str(text)]);
        if let (Value::Instance(o), Some(c)) = (&o, &e.condition) {
            o.set("_condition", Value::Str(c.clone()));
            if let Some(st) = runnel_core::error::sql_state(c) {
                o.set("_sql_state", Value::Str(st.into()));
            }
            let params = e
                .message_parameters()
                .into_iter()
                .map(|(k, v)| (Value::Str(k), Value::Str(v)))
                .collect();
            o.set("_message_parameters", Value::dict(params));
        }
        o
    }

    /// Runs the first `except` clause that matches `e`, or gives `e` back.
    fn handle(
        &self,
        handlers: &[ast::ExceptHandler],
        e: RunnelError,
        locals: &Locals,
    ) -> Result<Flow> {
        let exc = self.exception_value(&e);
        let Some(k) = self.handler_for(handlers, &exc, locals)? else {
            return Err(e);
        };
        let ast::ExceptHandler::ExceptHandler(h) = &handlers[k];
        if let Some(n) = &h.name {
            self.set(locals, n.as_str(), exc);
        }
        self.handling.borrow_mut().push(e);
        let r = self.exec_block(&h.body, locals);
        self.handling.borrow_mut().pop();
        r
    }

    /// The first `except` clause that matches the exception object `exc`.
    pub(crate) fn handler_for(
        &self,
        handlers: &[ast::ExceptHandler],
        exc: &Value,
        locals: &Locals,
    ) -> Result<Option<usize>> {
        for (k, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let matches = match &h.type_ {
                None => true,
                Some(t) => {
                    let tv = self.eval(t, locals)?;
                    super::builtins::is_instance(exc, &tv)
                }
            };
            if matches {
                return Ok(Some(k));
            }
        }
        Ok(None)
    }

    /// `with a as x, b as y: body`.
    fn exec_with(&self, items: &[ast::WithItem], body: &[Stmt], locals: &Locals) -> Result<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block(body, locals);
        };
        let at = self.location(item.context_expr.range());
        let mgr = self.eval(&item.context_expr, locals)?;
        let entered =
            super::builtins::enter(self, &mgr).map_err(|e| e.with_location(at.clone()))?;
        if let Some(t) = &item.optional_vars {
            self.assign(t, entered, locals)?;
        }
        let r = self.exec_with(rest, body, locals);
        let exc = r.as_ref().err().map(|e| self.exception_value(e));
        let suppress = super::builtins::exit(self, &mgr, exc).map_err(|e| e.with_location(at))?;
        match r {
            Err(_) if suppress => Ok(Flow::Normal),
            other => other,
        }
    }

    /// `str(v)`, with a script class's `__str__` (or `__repr__`).
    pub(crate) fn py_str(&self, v: &Value) -> Result<String> {
        if let Value::Instance(o) = v {
            for m in ["__str__", "__repr__"] {
                if let Some((_, Value::Function(f))) = o.class.lookup(m) {
                    return Ok(self.call_function(&f, vec![v.clone()])?.to_py_str());
                }
            }
        }
        if holds_repr_object(v) {
            return self.py_repr(v);
        }
        // An exception whose arguments are such objects: str() through their methods.
        if let Some((_, args)) = exception_with_repr_objects(v) {
            return match args.as_slice() {
                [a] if super::builtins::is_instance(
                    v,
                    &Value::Builtin("builtins.KeyError".into()),
                ) =>
                {
                    self.py_repr(a)
                }
                [a] => self.py_str(a),
                _ => self.py_repr(&Value::Tuple(args)),
            };
        }
        let s = v.to_py_str();
        match super::num::take_str_error() {
            Some(e) => Err(e),
            None => Ok(s),
        }
    }

    /// `repr(v)`, with a script class's `__repr__`.
    pub(crate) fn py_repr(&self, v: &Value) -> Result<String> {
        if let Value::Instance(o) = v
            && let Some((_, Value::Function(f))) = o.class.lookup("__repr__")
        {
            return Ok(self.call_function(&f, vec![v.clone()])?.to_py_str());
        }
        if let Some((o, args)) = exception_with_repr_objects(v) {
            let parts = args
                .iter()
                .map(|a| self.py_repr(a))
                .collect::<Result<Vec<_>>>()?;
            return Ok(format!("{}({})", o.class.name, parts.join(", ")));
        }
        // A container holding such objects: its items through their `__repr__`.
        if holds_repr_object(v) {
            let items = |xs: &[Value]| -> Result<Vec<String>> {
                xs.iter().map(|x| self.py_repr(x)).collect()
            };
            return Ok(match v {
                Value::List(l) => format!("[{}]", items(&l.borrow())?.join(", ")),
                Value::Tuple(t) if t.len() == 1 => format!("({},)", self.py_repr(&t[0])?),
                Value::Tuple(t) => format!("({})", items(t)?.join(", ")),
                Value::Set(s) if s.borrow().is_frozen() => v.repr(),
                Value::Set(s) if s.borrow().is_empty() => "set()".into(),
                Value::Set(s) => format!("{{{}}}", items(&s.borrow().items())?.join(", ")),
                Value::Dict(d) => {
                    let mut parts = Vec::new();
                    for (k, x) in d.borrow().iter() {
                        parts.push(format!("{}: {}", self.py_repr(k)?, self.py_repr(x)?));
                    }
                    format!("{{{}}}", parts.join(", "))
                }
                other => other.repr(),
            });
        }
        let s = v.repr();
        match super::num::take_str_error() {
            Some(e) => Err(e),
            None => Ok(s),
        }
    }

    /// Runs `emit` for every binding of a comprehension's `for ... in ... if ...` clauses,
    /// in a scope of its own (the loop names do not leak, as in Python 3).
    fn comprehension(
        &self,
        generators: &[ast::Comprehension],
        locals: &Locals,
        emit: &mut dyn FnMut(&Locals) -> Result<()>,
    ) -> Result<()> {
        let scope: Locals = Some(RefCell::new(
            locals
                .as_ref()
                .map(|l| l.borrow().clone())
                .unwrap_or_default(),
        ));
        self.comprehension_from(generators, &scope, emit)
    }

    /// The values of `elt` for every binding of a comprehension, in order.
    fn comprehension_values(
        &self,
        elt: &PyExpr,
        generators: &[ast::Comprehension],
        locals: &Locals,
    ) -> Result<Vec<Value>> {
        let mut out = Vec::new();
        self.comprehension(generators, locals, &mut |scope| {
            out.push(self.eval(elt, scope)?);
            Ok(())
        })?;
        Ok(out)
    }

    fn comprehension_from(
        &self,
        generators: &[ast::Comprehension],
        scope: &Locals,
        emit: &mut dyn FnMut(&Locals) -> Result<()>,
    ) -> Result<()> {
        let Some((g, rest)) = generators.split_first() else {
            return emit(scope);
        };
        if g.is_async {
            return Err(unsupported("async comprehensions"));
        }
        let items = super::builtins::iterate_object(self, self.eval(&g.iter, scope)?)?;
        'items: for item in items {
            self.assign(&g.target, item, scope)?;
            for cond in &g.ifs {
                if !self.truth(&self.eval(cond, scope)?)? {
                    continue 'items;
                }
            }
            self.comprehension_from(rest, scope, emit)?;
        }
        Ok(())
    }

    pub(crate) fn eval(&self, e: &PyExpr, locals: &Locals) -> Result<Value> {
        let n = self.nest_in()?;
        let r = self.eval_inner(e, locals);
        self.nest.set(n);
        r
    }

    fn eval_inner(&self, e: &PyExpr, locals: &Locals) -> Result<Value> {
        Ok(match e {
            PyExpr::Name(n) => {
                let name = n.id.as_str();
                self.lookup(locals, name).ok_or_else(|| {
                    RunnelError::execution_plain(format!(
                        "NameError: name '{name}' is not defined{}",
                        self.name_suggestion(locals, name)
                    ))
                    .with_location(self.location(n.range))
                })?
            }
            PyExpr::StringLiteral(s) => Value::Str(s.value.to_str().to_string()),
            PyExpr::BytesLiteral(b) => super::stdlib::bytes_value(b.value.bytes().collect()),
            PyExpr::NumberLiteral(n) => self.eval_number_literal(n, locals)?,
            PyExpr::BooleanLiteral(b) => Value::Bool(b.value),
            PyExpr::NoneLiteral(_) => Value::None,
            PyExpr::List(l) => Value::list(self.eval_items(&l.elts, locals)?),
            PyExpr::Set(l) => Value::try_set(self.eval_items(&l.elts, locals)?)?,
            PyExpr::Tuple(t) => Value::Tuple(self.eval_items(&t.elts, locals)?),
            PyExpr::Dict(d) => self.eval_dict(d, locals)?,
            PyExpr::FString(f) => self.eval_f_string(f, locals)?,
            PyExpr::Attribute(a) => {
                let obj = self.eval(&a.value, locals)?;
                super::builtins::get_attr(self, obj, a.attr.as_str())
                    .map_err(|e| e.with_location(self.location(a.attr.range)))?
            }
            PyExpr::Call(c) => {
                let v = self.eval_call(c, locals)?;
                // A generator the call dropped paused (its frame's, its argument's) is
                // closed as it returns, as CPython's reference counting closes it.
                self.close_dropped_generators();
                v
            }
            PyExpr::BinOp(b) => {
                let l = self.eval(&b.left, locals)?;
                let r = self.eval(&b.right, locals)?;
                super::builtins::binop_objects(self, l, b.op, r)
                    .map_err(|e| e.with_location(self.location(b.range)))?
            }
            PyExpr::UnaryOp(u) => {
                let v = self.eval(&u.operand, locals)?;
                super::builtins::unaryop_objects(self, u.op, v)?
            }
            PyExpr::BoolOp(b) => self.eval_bool_op(b, locals)?,
            PyExpr::Compare(c) => self.eval_compare(c, locals)?,
            PyExpr::If(i) => {
                if self.truth(&self.eval(&i.test, locals)?)? {
                    self.eval(&i.body, locals)?
                } else {
                    self.eval(&i.orelse, locals)?
                }
            }
            PyExpr::Subscript(s) => self.eval_subscript(s, locals)?,
            PyExpr::Lambda(l) => self.eval_lambda(l, locals)?,
            // Comprehensions (evaluated eagerly, into a list; a set comprehension into a
            // set); a generator expression gives its values as they are taken.
            PyExpr::ListComp(c) => {
                Value::list(self.comprehension_values(&c.elt, &c.generators, locals)?)
            }
            PyExpr::Generator(c) => self.generator_expression(c, locals)?,
            PyExpr::SetComp(c) => self.eval_set_comp(c, locals)?,
            PyExpr::DictComp(c) => self.eval_dict_comp(c, locals)?,
            PyExpr::Starred(_) => return Err(unsupported("'*' outside a call")),
            // `name := value`: binds the name, gives the value.
            PyExpr::Named(n) => {
                let v = self.eval(&n.value, locals)?;
                self.assign(&n.target, v.clone(), locals)?;
                v
            }
            PyExpr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.eval(v, locals)?,
                    None => Value::None,
                };
                self.yielded(vec![v], y.range)?;
                // What `send()` would give: the runner's generators run without a caller.
                Value::None
            }
            PyExpr::YieldFrom(y) => {
                let items = super::builtins::iterate_object(self, self.eval(&y.value, locals)?)?;
                self.yielded(items, y.range)?;
                Value::None
            }
            other => {
                return Err(unsupported(&format!(
                    "the expression `{}`",
                    self.snippet(other.range())
                ))
                .with_location(self.location(other.range())));
            }
        })
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_number_literal(&self, n: &ast::ExprNumberLiteral, _locals: &Locals) -> Result<Value> {
        Ok(match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Value::Int(v),
                None => super::num::parse_literal(&i.to_string()).ok_or_else(|| {
                    RunnelError::parse(format!("invalid int literal {i}"))
                        .with_location(self.location(n.range))
                })?,
            },
            ast::Number::Float(f) => Value::Float(*f),
            ast::Number::Complex { .. } => return Err(unsupported("complex numbers")),
        })
    }

    /// Values a `yield` gives to the generator function running.
    fn yielded(&self, items: Vec<Value>, range: TextRange) -> Result<()> {
        match self.yields.borrow_mut().last_mut() {
            Some(out) if out.len() + items.len() > MAX_GENERATOR_ITEMS => {
                Err(RunnelError::not_supported(format!(
                    "a generator that yields more than {MAX_GENERATOR_ITEMS} values: a generator with a `yield` inside an expression runs to its end when it is called (an endless one would never return); write the yield as a statement of its own (`yield v` or `x = yield v`), or bound its loop"
                ))
                .with_location(self.location(range)))
            }
            Some(out) => {
                out.extend(items);
                Ok(())
            }
            None => Err(RunnelError::parse("SyntaxError: 'yield' outside function")
                .with_exception("SyntaxError")
                .with_location(self.location(range))),
        }
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_dict(&self, d: &ast::ExprDict, locals: &Locals) -> Result<Value> {
        Ok({
            let mut items = super::value::DictItems::new();
            for it in &d.items {
                // A key equal to one before keeps that key and takes the new value.
                match &it.key {
                    Some(k) => {
                        let k = self.eval(k, locals)?;
                        let v = self.eval(&it.value, locals)?;
                        super::builtins::dict_set(&mut items, k, v)?;
                    }
                    None => {
                        if let Value::Dict(o) = self.eval(&it.value, locals)? {
                            for (k, v) in o.borrow().iter() {
                                super::builtins::dict_set(&mut items, k.clone(), v.clone())?;
                            }
                        }
                    }
                }
            }
            Value::dict_of(items)
        })
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_f_string(&self, f: &ast::ExprFString, locals: &Locals) -> Result<Value> {
        Ok({
            let mut out = String::new();
            for part in f.value.iter() {
                match part {
                    ast::FStringPart::Literal(l) => out.push_str(&l.value),
                    ast::FStringPart::FString(fs) => {
                        for el in fs.elements.iter() {
                            match el {
                                ast::InterpolatedStringElement::Literal(l) => {
                                    out.push_str(&l.value)
                                }
                                ast::InterpolatedStringElement::Interpolation(i) => {
                                    let v = self.eval(&i.expression, locals)?;
                                    let spec: String = i
                                        .format_spec
                                        .as_ref()
                                        .map(|s| {
                                            s.elements
                                                .iter()
                                                .filter_map(|x| match x {
                                                    ast::InterpolatedStringElement::Literal(l) => {
                                                        Some(l.value.to_string())
                                                    }
                                                    _ => None,
                                                })
                                                .collect()
                                        })
                                        .unwrap_or_default();
                                    // `f"{x=}"`: the text, then the repr (or the
                                    // conversion or spec given).
                                    if let Some(d) = &i.debug_text {
                                        out.push_str(d.as_str());
                                    }
                                    let conversion = match i.conversion {
                                        ast::ConversionFlag::None
                                            if i.debug_text.is_some() && spec.is_empty() =>
                                        {
                                            ast::ConversionFlag::Repr
                                        }
                                        c => c,
                                    };
                                    // `!r`, `!s`, `!a` first, then the spec.
                                    let v = match conversion {
                                        ast::ConversionFlag::Repr => Value::Str(self.py_repr(&v)?),
                                        ast::ConversionFlag::Ascii => {
                                            Value::Str(super::format::ascii(&self.py_repr(&v)?))
                                        }
                                        ast::ConversionFlag::Str => Value::Str(self.py_str(&v)?),
                                        ast::ConversionFlag::None => v,
                                    };
                                    let text = if spec.is_empty() {
                                        self.py_str(&v)?
                                    } else {
                                        format_spec(&v, &spec)?
                                    };
                                    out.push_str(&text);
                                }
                            }
                        }
                    }
                }
            }
            Value::Str(out)
        })
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_call(&self, c: &ast::ExprCall, locals: &Locals) -> Result<Value> {
        Ok({
            if let PyExpr::Name(n) = c.func.as_ref()
                && n.id.as_str() == "super"
                && c.arguments.args.is_empty()
            {
                let scope = locals.as_ref().map(|l| l.borrow());
                let cls = scope
                    .as_ref()
                    .and_then(|l| l.get("__class__ self").cloned());
                let me = scope.as_ref().and_then(|l| l.get("__self__ self").cloned());
                return match (cls, me) {
                    (Some(Value::Class(c)), Some(me)) => Ok(Value::Super(c, Box::new(me))),
                    _ => Err(RunnelError::execution_plain(
                        "RuntimeError: super(): no arguments (use it in a method of a class)",
                    )
                    .with_exception("RuntimeError")
                    .with_location(self.location(c.range()))),
                };
            }
            let f = self.eval(&c.func, locals)?;
            let mut args = Vec::new();
            for a in c.arguments.args.iter() {
                match a {
                    PyExpr::Starred(s) => {
                        let v = self.eval(&s.value, locals)?;
                        args.extend(super::builtins::iterate_object(self, v)?);
                    }
                    other => args.push(self.eval(other, locals)?),
                }
            }
            let mut kwargs = Vec::new();
            for k in c.arguments.keywords.iter() {
                let v = self.eval(&k.value, locals)?;
                match &k.arg {
                    Some(n) => kwargs.push((n.as_str().to_string(), v)),
                    None => match v {
                        Value::Dict(d) => {
                            for (k2, v2) in d.borrow().iter() {
                                kwargs.push((k2.to_py_str(), v2.clone()));
                            }
                        }
                        Value::Row(r) => {
                            for (k2, v2) in r.iter() {
                                kwargs.push((k2.clone(), v2.clone()));
                            }
                        }
                        other => {
                            return Err(RunnelError::execution_plain(format!(
                                "TypeError: argument after ** must be a mapping, not {}",
                                other.type_name()
                            ))
                            .with_exception("TypeError"));
                        }
                    },
                }
            }
            let at = match c.func.as_ref() {
                PyExpr::Attribute(a) => a.attr.range,
                other => other.range(),
            };
            super::builtins::call(self, f, args, kwargs)
                .map_err(|e| e.with_location(self.location(at)))?
        })
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_bool_op(&self, b: &ast::ExprBoolOp, locals: &Locals) -> Result<Value> {
        Ok({
            let mut last = Value::None;
            for (i, x) in b.values.iter().enumerate() {
                let v = self.eval(x, locals)?;
                if matches!(v, Value::Column(_)) {
                    return Err((self.bindings.truth_error)());
                }
                let t = self.truth(&v)?;
                last = v;
                let stop = match b.op {
                    ast::BoolOp::And => !t,
                    ast::BoolOp::Or => t,
                };
                if stop || i == b.values.len() - 1 {
                    break;
                }
            }
            last
        })
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_compare(&self, c: &ast::ExprCompare, locals: &Locals) -> Result<Value> {
        Ok({
            let mut left = self.eval(&c.left, locals)?;
            let mut result = Value::Bool(true);
            for (op, r) in c.ops.iter().zip(c.comparators.iter()) {
                let mut right = self.eval(r, locals)?;
                // `x in obj` of the script's classes: its `__contains__`, else its `__iter__`.
                let mut contains = None;
                if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn)
                    && matches!(right, Value::Instance(_))
                {
                    match super::builtins::call_dunder(
                        self,
                        &right,
                        "__contains__",
                        vec![left.clone()],
                    )? {
                        Some(found) => {
                            contains = Some(Value::Bool(found.truthy() == (*op == ast::CmpOp::In)))
                        }
                        None => right = super::builtins::iter_object(self, right)?,
                    }
                }
                let v = match contains {
                    Some(v) => v,
                    None => super::builtins::compare_objects(self, &left, *op, &right)?,
                };
                if matches!(v, Value::Column(_)) {
                    if c.ops.len() > 1 {
                        return Err((self.bindings.truth_error)());
                    }
                    return Ok(v);
                }
                if !v.truthy() {
                    return Ok(Value::Bool(false));
                }
                result = v;
                left = right;
            }
            result
        })
    }

    /// The bounds and step of a slice `lo:hi:step`, each evaluated if written.
    #[allow(clippy::type_complexity)]
    fn slice_bounds(
        &self,
        sl: &ast::ExprSlice,
        locals: &Locals,
    ) -> Result<(Option<Value>, Option<Value>, Option<Value>)> {
        let ev = |e: &Option<Box<PyExpr>>| e.as_ref().map(|x| self.eval(x, locals)).transpose();
        Ok((ev(&sl.lower)?, ev(&sl.upper)?, ev(&sl.step)?))
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_subscript(&self, s: &ast::ExprSubscript, locals: &Locals) -> Result<Value> {
        Ok({
            let obj = self.eval(&s.value, locals)?;
            if let PyExpr::Slice(sl) = s.slice.as_ref() {
                let (lo, hi, step) = self.slice_bounds(sl, locals)?;
                return super::ops::slice(obj, lo, hi, step);
            }
            let key = self.eval(&s.slice, locals)?;
            // `Color["RED"]`: an enum's member by name.
            if let Value::Class(c) = &obj
                && super::enums::members(c).is_some()
            {
                return super::enums::by_name(c, &key);
            }
            if matches!(obj, Value::Instance(_))
                && let Some(v) =
                    super::builtins::call_dunder(self, &obj, "__getitem__", vec![key.clone()])?
            {
                return Ok(v);
            }
            if let Value::Dict(d) = &obj
                && !matches!(d.kind, super::value::DictKind::Plain)
            {
                let found = d.borrow().get(&key)?;
                return match (found, &d.kind) {
                    (Some(v), _) => Ok(v),
                    (None, super::value::DictKind::Counter) => Ok(Value::Int(0)),
                    (None, super::value::DictKind::Default(Value::None))
                    | (None, super::value::DictKind::Plain) => {
                        Err(super::builtins::key_error(&key))
                    }
                    (None, super::value::DictKind::Default(f)) => {
                        let v = super::builtins::call(self, f.clone(), vec![], vec![])?;
                        d.borrow_mut().insert(key, v.clone())?;
                        Ok(v)
                    }
                };
            }
            super::ops::subscript(self.bindings, obj, key)?
        })
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_lambda(&self, l: &ast::ExprLambda, locals: &Locals) -> Result<Value> {
        Ok({
            let empty = ast::Parameters::default();
            let p = l.parameters.as_deref().unwrap_or(&empty);
            Value::Function(Rc::new(self.make_function(
                "<lambda>",
                p,
                FunctionBody::Lambda(*l.body.clone()),
                locals,
                l.range,
            )?))
        })
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_set_comp(&self, c: &ast::ExprSetComp, locals: &Locals) -> Result<Value> {
        Value::try_set(self.comprehension_values(&c.elt, &c.generators, locals)?)
    }

    /// `eval` of one kind of expression, in a function of its own: the recursive
    /// `eval_inner` keeps a small frame (the browser's stack is small).
    #[inline(never)]
    fn eval_dict_comp(&self, c: &ast::ExprDictComp, locals: &Locals) -> Result<Value> {
        Ok({
            let mut out = super::value::DictItems::new();
            self.comprehension(&c.generators, locals, &mut |scope| {
                let Some(key) = &c.key else {
                    return Err(unsupported("`**` in a dict comprehension"));
                };
                let k = self.eval(key, scope)?;
                let v = self.eval(&c.value, scope)?;
                super::builtins::dict_set(&mut out, k, v)?;
                Ok(())
            })?;
            Value::dict_of(out)
        })
    }

    fn eval_items(&self, elts: &[PyExpr], locals: &Locals) -> Result<Vec<Value>> {
        let mut out = Vec::new();
        for x in elts {
            match x {
                PyExpr::Starred(s) => out.extend(super::builtins::iterate_object(
                    self,
                    self.eval(&s.value, locals)?,
                )?),
                other => out.push(self.eval(other, locals)?),
            }
        }
        Ok(out)
    }

    fn snippet(&self, r: TextRange) -> String {
        let origin = self.origin.borrow();
        let src = &origin.source;
        let s = usize::from(r.start()).min(src.len());
        let e = usize::from(r.end()).min(src.len());
        src[s..e].chars().take(60).collect()
    }
}

/// Python's `format(v, spec)` for the common specs (`.2f`, `d`, `,`, `>10`).
pub(crate) fn format_spec(v: &Value, spec: &str) -> Result<String> {
    if spec.is_empty() {
        return Ok(v.to_py_str());
    }
    if let Value::Native(n) = v
        && let super::value::Native::Decimal(d) = n.as_ref()
    {
        // Decimal's __format__: `.2f`, `,.2f`, `,`, `f` (fixed, HALF_EVEN), with a width.
        let align = spec.chars().next().filter(|c| matches!(c, '<' | '>' | '^'));
        let spec = &spec[align.map_or(0, |_| 1)..];
        let digits: String = spec.chars().take_while(|c| c.is_ascii_digit()).collect();
        let width = digits.parse::<usize>().unwrap_or(0);
        let rest = &spec[digits.len()..];
        let group = rest.starts_with(',');
        let rest = rest.trim_start_matches(',');
        let prec = rest
            .strip_prefix('.')
            .and_then(|r| r.strip_suffix('f'))
            .and_then(|p| p.parse::<usize>().ok());
        let body = if prec.is_some() || rest == "f" || (group && rest.is_empty()) {
            d.format_fixed(prec, group)
        } else {
            d.to_py_str()
        };
        let n = body.chars().count();
        let pad = width.saturating_sub(n);
        return Ok(match align.unwrap_or('>') {
            '<' => format!("{body}{}", " ".repeat(pad)),
            '^' => format!("{}{body}{}", " ".repeat(pad / 2), " ".repeat(pad - pad / 2)),
            _ => format!("{}{body}", " ".repeat(pad)),
        });
    }
    if let Value::Native(n) = v
        && let Some(out) = super::stdlib::native_format(n, spec)
    {
        return Ok(out);
    }
    super::format::format_value(v, spec).ok_or_else(|| super::format::format_error(v, spec))
}

/// An exception object whose arguments hold objects with a `__repr__` of the script's:
/// the object and its arguments.
fn exception_with_repr_objects(v: &Value) -> Option<(&super::value::PyObject, Vec<Value>)> {
    let Value::Instance(o) = v else {
        return None;
    };
    let Some(Value::Tuple(args)) = super::builtins::exception_message(o) else {
        return None;
    };
    holds_repr_object(&Value::Tuple(args.clone())).then_some((&**o, args))
}

/// Whether a list, tuple, set or plain dict holds (within 20 levels; a list holding
/// itself is not followed further) an object whose class has a `__repr__` of the script's.
fn holds_repr_object(v: &Value) -> bool {
    fn walk(v: &Value, depth: usize) -> bool {
        if depth > 20 {
            return false;
        }
        let any = |xs: &[Value]| {
            xs.iter().any(|x| {
                matches!(x, Value::Instance(o) if o.class.lookup("__repr__").is_some())
                    || walk(x, depth + 1)
            })
        };
        match v {
            Value::List(l) => match l.try_borrow() {
                Ok(items) => any(&items),
                Err(_) => false,
            },
            Value::Set(l) => match l.try_borrow() {
                Ok(items) => any(&items.items()),
                Err(_) => false,
            },
            Value::Tuple(t) => any(t),
            Value::Dict(d) if matches!(d.kind, super::value::DictKind::Plain) => d
                .borrow()
                .iter()
                .any(|(k, x)| any(std::slice::from_ref(k)) || any(std::slice::from_ref(x))),
            _ => false,
        }
    }
    walk(v, 0)
}

/// The names of Python's `builtins` a NameError's hint may offer.
const PY_BUILTINS: &[&str] = &[
    "False",
    "None",
    "True",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "Exception",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "NameError",
    "RuntimeError",
    "AttributeError",
    "ZeroDivisionError",
    "StopIteration",
];

/// CPython's `_Py_calculate_suggestions`: the name within its distance limit
/// (`(len(a) + len(b) + 3) * 2 / 6`) with the least Levenshtein distance, where a change
/// of case costs 1 and any other edit 2; None when none is close enough.
fn closest_name(name: &str, candidates: &[String]) -> Option<String> {
    const MOVE: usize = 2;
    let cost = |a: u8, b: u8| -> usize {
        if a == b {
            0
        } else if a.eq_ignore_ascii_case(&b) {
            1
        } else {
            MOVE
        }
    };
    let distance = |a: &[u8], b: &[u8]| -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE).collect();
        for (i, &x) in a.iter().enumerate() {
            let mut cur = vec![(i + 1) * MOVE; b.len() + 1];
            for (j, &y) in b.iter().enumerate() {
                cur[j + 1] = (prev[j] + cost(x, y))
                    .min(prev[j + 1] + MOVE)
                    .min(cur[j] + MOVE);
            }
            prev = cur;
        }
        prev[b.len()]
    };
    if name.len() > 40 {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates.iter().take(750) {
        if c == name || c.len() > 40 {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE / 6;
        if let Some((d, _)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes());
        if d <= max && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

/// The innermost bracket still open at byte `upto` of `source` (strings and comments
/// skipped), with its byte offset.
fn unclosed_bracket(source: &str, upto: usize) -> Option<(char, usize)> {
    let b = source.as_bytes();
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut i = 0;
    while i < upto.min(b.len()) {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') => {
                let triple = b.get(i..i + 3) == Some(&[q, q, q][..]);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple && b.get(i..i + 3) == Some(&[q, q, q][..]) {
                        i += 2;
                        break;
                    }
                    if !triple && (b[i] == q || b[i] == b'\n') {
                        break;
                    }
                    i += 1;
                }
            }
            c @ (b'(' | b'[' | b'{') => open.push((c as char, i)),
            b')' | b']' | b'}' => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    open.pop()
}
