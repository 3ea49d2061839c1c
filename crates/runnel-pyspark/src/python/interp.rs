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

use super::value::{FunctionBody, PyFunction, Value, py_float};

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
}

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
        for q in session.queries() {
            if q.is_active() {
                q.process_all_available()?;
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
    pub(crate) globals: RefCell<HashMap<String, Value>>,
    pub(crate) host: Rc<dyn Host>,
    pub(crate) file: RefCell<String>,
    source: RefCell<Rc<String>>,
    /// Set while a foreachBatch callback runs: errors there name the callback.
    pub(crate) me: RefCell<std::rc::Weak<Interpreter>>,
    /// The text of every `spark.sql(...)` the script ran, in order (the playground
    /// runs them again after each micro-batch).
    pub(crate) sql_log: RefCell<Vec<String>>,
    /// `sys.argv`: the script's path, then its arguments.
    pub(crate) argv: RefCell<Vec<String>>,
    /// Python calls in progress (for the recursion limit).
    depth: std::cell::Cell<usize>,
    /// The library bound into the language (PySpark's).
    pub(crate) bindings: &'static super::Bindings,
}

/// CPython's tokenizer refuses more than 200 nested brackets ("too many nested
/// parentheses"); so does Runnel, before parsing (a deeper nest would exhaust the stack
/// of a browser's engine). Strings and comments are skipped. Returns the line and column
/// of the bracket that goes too deep.
fn check_nesting(source: &str) -> std::result::Result<(), (usize, usize)> {
    const MAX_LEVEL: usize = 200;
    let b = source.as_bytes();
    let (mut i, mut depth, mut line, mut line_start) = (0usize, 0usize, 1usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
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
                if depth > MAX_LEVEL {
                    return Err((line, source[line_start..i].chars().count() + 1));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
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
        let it = Rc::new(Interpreter {
            bindings,
            session,
            globals: RefCell::new(HashMap::new()),
            host,
            file: RefCell::new("<script>".into()),
            source: RefCell::new(Rc::new(String::new())),
            me: RefCell::new(std::rc::Weak::new()),
            sql_log: RefCell::new(Vec::new()),
            argv: RefCell::new(Vec::new()),
            depth: std::cell::Cell::new(0),
        });
        *it.me.borrow_mut() = Rc::downgrade(&it);
        it.set_global("spark", Value::Session);
        it.set_global("__name__", Value::Str("__main__".into()));
        it
    }

    /// `sys.argv`: the script's path, then the arguments given after it (as
    /// `spark-submit SCRIPT ARGS...` passes them). Without it, `[file]`.
    pub fn set_argv(&self, argv: Vec<String>) {
        *self.argv.borrow_mut() = argv;
    }

    /// Binds a global name.
    pub fn set_global(&self, name: &str, v: Value) {
        self.globals.borrow_mut().insert(name.to_string(), v);
    }

    /// The queries the script passed to `spark.sql`, in order, each once.
    pub fn sql_queries(&self) -> Vec<String> {
        self.sql_log.borrow().clone()
    }

    /// A global's value.
    pub fn get_global(&self, name: &str) -> Option<Value> {
        self.globals.borrow().get(name).cloned()
    }

    /// Parses and runs a script. Errors carry the file, line and column.
    pub fn run(&self, source: &str, file: &str) -> Result<()> {
        *self.file.borrow_mut() = file.to_string();
        *self.source.borrow_mut() = Rc::new(source.to_string());
        check_nesting(source).map_err(|(line, column)| {
            RunnelError::parse(
                "SyntaxError: too many nested parentheses (Python allows 200 levels); split the expression over several lines with names",
            )
            .with_exception("SyntaxError")
            .with_location(Location {
                file: file.to_string(),
                line,
                column,
            })
        })?;
        let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
            let at = &source[e.location.start().to_usize().min(source.len())..];
            // Runnel leaves out Unicode's name table (vendor/unicode_names2).
            let hint = if at.starts_with("\\N{") || e.error.to_string().contains("unexpected unicode") {
                ": \\N{...} escapes are not supported by Runnel; write the character itself or \\uXXXX"
            } else {
                ""
            };
            RunnelError::parse(format!("invalid Python: {}{hint}", e.error))
                .with_location(self.location(e.location))
        })?;
        let module = parsed.into_syntax();
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

    /// Line and column (from 1) of a range's start.
    pub(crate) fn location(&self, range: TextRange) -> Location {
        let src = self.source.borrow();
        let off = usize::from(range.start()).min(src.len());
        let before = &src[..off];
        let line = before.matches('\n').count() + 1;
        let col = before
            .rsplit('\n')
            .next()
            .map(|l| l.chars().count())
            .unwrap_or(0)
            + 1;
        Location {
            file: self.file.borrow().clone(),
            line,
            column: col,
        }
    }

    fn set(&self, locals: &Locals, name: &str, v: Value) {
        match locals {
            Some(l) => {
                l.borrow_mut().insert(name.to_string(), v);
            }
            None => self.set_global(name, v),
        }
    }

    fn lookup(&self, locals: &Locals, name: &str) -> Option<Value> {
        if let Some(l) = locals
            && let Some(v) = l.borrow().get(name)
        {
            return Some(v.clone());
        }
        if let Some(v) = self.globals.borrow().get(name) {
            return Some(v.clone());
        }
        super::builtins::builtin_name(name)
    }

    fn exec_block(&self, body: &[Stmt], locals: &Locals) -> Result<Flow> {
        for s in body {
            match self.exec_stmt(s, locals)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn assign(&self, target: &PyExpr, v: Value, locals: &Locals) -> Result<()> {
        match target {
            PyExpr::Name(n) => {
                self.set(locals, n.id.as_str(), v);
                Ok(())
            }
            PyExpr::Tuple(ast::ExprTuple { elts, .. })
            | PyExpr::List(ast::ExprList { elts, .. }) => {
                let items = v.items().ok_or_else(|| {
                    RunnelError::execution_plain(format!(
                        "cannot unpack non-iterable {} object",
                        v.type_name()
                    ))
                })?;
                if items.len() != elts.len() {
                    return Err(RunnelError::execution_plain(format!(
                        "cannot unpack {} values into {} names",
                        items.len(),
                        elts.len()
                    )));
                }
                for (t, x) in elts.iter().zip(items) {
                    self.assign(t, x, locals)?;
                }
                Ok(())
            }
            PyExpr::Subscript(s) => {
                let obj = self.eval(&s.value, locals)?;
                let key = self.eval(&s.slice, locals)?;
                match obj {
                    Value::Dict(d) => {
                        let mut d = d.borrow_mut();
                        if let Some(e) = d.iter_mut().find(|(k, _)| super::ops::py_eq(k, &key)) {
                            e.1 = v;
                        } else {
                            d.push((key, v));
                        }
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
            _ => Err(unsupported("this assignment target")),
        }
    }

    pub(crate) fn exec_stmt(&self, stmt: &Stmt, locals: &Locals) -> Result<Flow> {
        let r = self.exec_stmt_inner(stmt, locals);
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
                let v = super::ops::binop(self.bindings, cur, a.op, rhs)?;
                self.assign(&a.target, v, locals)?;
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    (self.bindings.check_module)(full)?;
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
                let module = i
                    .module
                    .as_ref()
                    .map(|m| m.as_str().to_string())
                    .unwrap_or_default();
                (self.bindings.check_module)(&module)?;
                for alias in &i.names {
                    let name = alias.name.as_str();
                    if name == "*" {
                        for (n, v) in (self.bindings.star_import)(&module) {
                            self.set(locals, &n, v);
                        }
                        continue;
                    }
                    let v = (self.bindings.module_attr)(&module, name)?;
                    let bind = alias.asname.as_ref().map(|a| a.as_str()).unwrap_or(name);
                    self.set(locals, bind, v);
                }
            }
            Stmt::FunctionDef(f) => {
                let p = &f.parameters;
                if p.vararg.is_some() || p.kwarg.is_some() || !p.kwonlyargs.is_empty() {
                    return Err(unsupported("*args, **kwargs and keyword-only parameters"));
                }
                let params = p
                    .posonlyargs
                    .iter()
                    .chain(p.args.iter())
                    .map(|a| a.parameter.name.as_str().to_string())
                    .collect();
                let func = PyFunction {
                    name: f.name.as_str().to_string(),
                    params,
                    body: FunctionBody::Def(f.body.to_vec()),
                };
                self.set(locals, f.name.as_str(), Value::Function(Rc::new(func)));
            }
            Stmt::Return(r) => {
                let v = match &r.value {
                    Some(e) => self.eval(e, locals)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            Stmt::If(i) => {
                if self.eval(&i.test, locals)?.truthy() {
                    return self.exec_block(&i.body, locals);
                }
                for c in &i.elif_else_clauses {
                    let take = match &c.test {
                        Some(t) => self.eval(t, locals)?.truthy(),
                        None => true,
                    };
                    if take {
                        return self.exec_block(&c.body, locals);
                    }
                }
            }
            Stmt::For(f) => {
                let it = self.eval(&f.iter, locals)?;
                let items = super::ops::iterate(&it)?;
                let mut broke = false;
                for x in items {
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
                while self.eval(&w.test, locals)?.truthy() {
                    n += 1;
                    if n > 10_000_000 {
                        return Err(RunnelError::execution_plain(
                            "while loop ran 10,000,000 times; stopping it",
                        ));
                    }
                    match self.exec_block(&w.body, locals)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        _ => {}
                    }
                }
            }
            Stmt::Try(t) => {
                let r = self.exec_block(&t.body, locals);
                let out = match r {
                    Ok(flow) => match flow {
                        Flow::Normal => self.exec_block(&t.orelse, locals),
                        other => Ok(other),
                    },
                    Err(e) => {
                        // sys.exit() raises SystemExit, which `except Exception` lets pass.
                        let catches = |h: &ast::ExceptHandlerExceptHandler| {
                            e.exception != "SystemExit"
                                || h.type_.as_deref().is_none_or(|t| {
                                    matches!(t, PyExpr::Name(n) if matches!(n.id.as_str(), "SystemExit" | "BaseException"))
                                })
                        };
                        if let Some(ast::ExceptHandler::ExceptHandler(h)) = t.handlers.first()
                            && catches(h)
                        {
                            if let Some(n) = &h.name {
                                // str(e): Python's message, without the location or a
                                // leading "ZeroDivisionError: ".
                                let prefix = format!("{}: ", e.exception);
                                let text = match e.message.strip_prefix(&prefix) {
                                    Some(m) => m.to_string(),
                                    None => {
                                        let mut plain = e.clone();
                                        plain.location = None;
                                        plain.to_string()
                                    }
                                };
                                self.set(locals, n.as_str(), Value::Str(text));
                            }
                            self.exec_block(&h.body, locals)
                        } else {
                            Err(e)
                        }
                    }
                };
                if !t.finalbody.is_empty() {
                    self.exec_block(&t.finalbody, locals)?;
                }
                return out;
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Break(_) => return Ok(Flow::Break),
            Stmt::Continue(_) => return Ok(Flow::Continue),
            Stmt::Raise(r) => {
                let msg = match &r.exc {
                    Some(e) => self.eval(e, locals)?.to_py_str(),
                    None => "re-raised".into(),
                };
                return Err(RunnelError::execution_plain(format!("raised: {msg}")));
            }
            Stmt::Assert(a) => {
                if !self.eval(&a.test, locals)?.truthy() {
                    let msg = match &a.msg {
                        Some(m) => self.eval(m, locals)?.to_py_str(),
                        None => "assertion failed".into(),
                    };
                    return Err(RunnelError::execution_plain(format!(
                        "AssertionError: {msg}"
                    )));
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    if let PyExpr::Name(n) = t {
                        match locals {
                            Some(l) => {
                                l.borrow_mut().remove(n.id.as_str());
                            }
                            None => {
                                self.globals.borrow_mut().remove(n.id.as_str());
                            }
                        }
                    }
                }
            }
            Stmt::ClassDef(_) => return Err(unsupported("class definitions")),
            Stmt::With(_) => return Err(unsupported("'with' blocks")),
            Stmt::Match(_) => return Err(unsupported("'match' statements")),
            Stmt::TypeAlias(_) => return Err(unsupported("type aliases")),
            Stmt::IpyEscapeCommand(_) => return Err(unsupported("IPython magics")),
        }
        Ok(Flow::Normal)
    }

    /// Calls a user function.
    pub(crate) fn call_function(&self, f: &PyFunction, args: Vec<Value>) -> Result<Value> {
        if args.len() != f.params.len() {
            return Err(RunnelError::execution_plain(format!(
                "{}() takes {} positional arguments but {} were given",
                f.name,
                f.params.len(),
                args.len()
            )));
        }
        // Python's recursion limit (sys.getrecursionlimit(), 1000): a RecursionError,
        // never a stack overflow.
        let depth = self.depth.get();
        if depth >= RECURSION_LIMIT {
            return Err(RunnelError::execution_plain(format!(
                "RecursionError: maximum recursion depth exceeded in {}() ({RECURSION_LIMIT} calls deep); make the function loop instead of calling itself",
                f.name
            ))
            .with_exception("RecursionError"));
        }
        self.depth.set(depth + 1);
        let locals: Locals = Some(RefCell::new(f.params.iter().cloned().zip(args).collect()));
        let r = match &f.body {
            FunctionBody::Def(body) => match self.exec_block(body, &locals) {
                Ok(Flow::Return(v)) => Ok(v),
                Ok(_) => Ok(Value::None),
                Err(e) => Err(e),
            },
            FunctionBody::Lambda(e) => self.eval(e, &locals),
        };
        self.depth.set(depth);
        r
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
        let items = super::ops::iterate(&self.eval(&g.iter, scope)?)?;
        'items: for item in items {
            self.assign(&g.target, item, scope)?;
            for cond in &g.ifs {
                if !self.eval(cond, scope)?.truthy() {
                    continue 'items;
                }
            }
            self.comprehension_from(rest, scope, emit)?;
        }
        Ok(())
    }

    pub(crate) fn eval(&self, e: &PyExpr, locals: &Locals) -> Result<Value> {
        Ok(match e {
            PyExpr::Name(n) => {
                let name = n.id.as_str();
                self.lookup(locals, name).ok_or_else(|| {
                    RunnelError::execution_plain(format!("NameError: name '{name}' is not defined"))
                        .with_location(self.location(n.range))
                })?
            }
            PyExpr::StringLiteral(s) => Value::Str(s.value.to_str().to_string()),
            PyExpr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => Value::Int(
                    i.as_i64()
                        .ok_or_else(|| RunnelError::not_supported("integers beyond 64 bits"))?,
                ),
                ast::Number::Float(f) => Value::Float(*f),
                ast::Number::Complex { .. } => return Err(unsupported("complex numbers")),
            },
            PyExpr::BooleanLiteral(b) => Value::Bool(b.value),
            PyExpr::NoneLiteral(_) => Value::None,
            PyExpr::List(l) => Value::list(self.eval_items(&l.elts, locals)?),
            PyExpr::Tuple(t) => Value::Tuple(self.eval_items(&t.elts, locals)?),
            PyExpr::Dict(d) => {
                let mut items = Vec::new();
                for it in &d.items {
                    match &it.key {
                        Some(k) => {
                            items.push((self.eval(k, locals)?, self.eval(&it.value, locals)?))
                        }
                        None => {
                            if let Value::Dict(o) = self.eval(&it.value, locals)? {
                                items.extend(o.borrow().iter().cloned());
                            }
                        }
                    }
                }
                Value::Dict(Rc::new(RefCell::new(items)))
            }
            PyExpr::FString(f) => {
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
                                                        ast::InterpolatedStringElement::Literal(
                                                            l,
                                                        ) => Some(l.value.to_string()),
                                                        _ => None,
                                                    })
                                                    .collect()
                                            })
                                            .unwrap_or_default();
                                        let text = match i.conversion {
                                            ast::ConversionFlag::Repr => v.repr(),
                                            _ => format_spec(&v, &spec),
                                        };
                                        out.push_str(&text);
                                    }
                                }
                            }
                        }
                    }
                }
                Value::Str(out)
            }
            PyExpr::Attribute(a) => {
                let obj = self.eval(&a.value, locals)?;
                (self.bindings.get_attr)(self, obj, a.attr.as_str())
                    .map_err(|e| e.with_location(self.location(a.attr.range)))?
            }
            PyExpr::Call(c) => {
                let f = self.eval(&c.func, locals)?;
                let mut args = Vec::new();
                for a in c.arguments.args.iter() {
                    match a {
                        PyExpr::Starred(s) => {
                            let v = self.eval(&s.value, locals)?;
                            args.extend(super::ops::iterate(&v)?);
                        }
                        other => args.push(self.eval(other, locals)?),
                    }
                }
                let mut kwargs = Vec::new();
                for k in c.arguments.keywords.iter() {
                    let v = self.eval(&k.value, locals)?;
                    match &k.arg {
                        Some(n) => kwargs.push((n.as_str().to_string(), v)),
                        None => {
                            if let Value::Dict(d) = v {
                                for (k2, v2) in d.borrow().iter() {
                                    kwargs.push((k2.to_py_str(), v2.clone()));
                                }
                            }
                        }
                    }
                }
                let at = match c.func.as_ref() {
                    PyExpr::Attribute(a) => a.attr.range,
                    other => other.range(),
                };
                super::builtins::call(self, f, args, kwargs)
                    .map_err(|e| e.with_location(self.location(at)))?
            }
            PyExpr::BinOp(b) => {
                let l = self.eval(&b.left, locals)?;
                let r = self.eval(&b.right, locals)?;
                super::ops::binop(self.bindings, l, b.op, r)
                    .map_err(|e| e.with_location(self.location(b.range)))?
            }
            PyExpr::UnaryOp(u) => {
                let v = self.eval(&u.operand, locals)?;
                super::ops::unaryop(self.bindings, u.op, v)?
            }
            PyExpr::BoolOp(b) => {
                let mut last = Value::None;
                for (i, x) in b.values.iter().enumerate() {
                    let v = self.eval(x, locals)?;
                    if matches!(v, Value::Column(_)) {
                        return Err((self.bindings.truth_error)());
                    }
                    let t = v.truthy();
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
            }
            PyExpr::Compare(c) => {
                let mut left = self.eval(&c.left, locals)?;
                let mut result = Value::Bool(true);
                for (op, r) in c.ops.iter().zip(c.comparators.iter()) {
                    let right = self.eval(r, locals)?;
                    let v = super::ops::compare(self.bindings, &left, *op, &right)?;
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
            }
            PyExpr::If(i) => {
                if self.eval(&i.test, locals)?.truthy() {
                    self.eval(&i.body, locals)?
                } else {
                    self.eval(&i.orelse, locals)?
                }
            }
            PyExpr::Subscript(s) => {
                let obj = self.eval(&s.value, locals)?;
                if let PyExpr::Slice(sl) = s.slice.as_ref() {
                    let lo = sl
                        .lower
                        .as_ref()
                        .map(|x| self.eval(x, locals))
                        .transpose()?;
                    let hi = sl
                        .upper
                        .as_ref()
                        .map(|x| self.eval(x, locals))
                        .transpose()?;
                    return super::ops::slice(obj, lo, hi);
                }
                let key = self.eval(&s.slice, locals)?;
                super::ops::subscript(self.bindings, obj, key)?
            }
            PyExpr::Lambda(l) => {
                let params = match &l.parameters {
                    Some(p) => p
                        .posonlyargs
                        .iter()
                        .chain(p.args.iter())
                        .map(|a| a.parameter.name.as_str().to_string())
                        .collect(),
                    None => vec![],
                };
                Value::Function(Rc::new(PyFunction {
                    name: "<lambda>".into(),
                    params,
                    body: FunctionBody::Lambda(*l.body.clone()),
                }))
            }
            // Comprehensions and generator expressions (evaluated eagerly, into a list; a set
            // comprehension gives a list without repeats).
            PyExpr::ListComp(c) => {
                Value::list(self.comprehension_values(&c.elt, &c.generators, locals)?)
            }
            PyExpr::Generator(c) => {
                Value::list(self.comprehension_values(&c.elt, &c.generators, locals)?)
            }
            PyExpr::SetComp(c) => {
                let mut out: Vec<Value> = Vec::new();
                for v in self.comprehension_values(&c.elt, &c.generators, locals)? {
                    if !out.iter().any(|x| super::ops::py_eq(x, &v)) {
                        out.push(v);
                    }
                }
                Value::list(out)
            }
            PyExpr::DictComp(c) => {
                let mut out: Vec<(Value, Value)> = Vec::new();
                self.comprehension(&c.generators, locals, &mut |scope| {
                    let Some(key) = &c.key else {
                        return Err(unsupported("`**` in a dict comprehension"));
                    };
                    let k = self.eval(key, scope)?;
                    let v = self.eval(&c.value, scope)?;
                    match out.iter_mut().find(|(x, _)| super::ops::py_eq(x, &k)) {
                        Some(e) => e.1 = v,
                        None => out.push((k, v)),
                    }
                    Ok(())
                })?;
                Value::Dict(Rc::new(RefCell::new(out)))
            }
            PyExpr::Starred(_) => return Err(unsupported("'*' outside a call")),
            other => {
                return Err(unsupported(&format!(
                    "the expression `{}`",
                    self.snippet(other.range())
                ))
                .with_location(self.location(other.range())));
            }
        })
    }

    fn eval_items(&self, elts: &[PyExpr], locals: &Locals) -> Result<Vec<Value>> {
        let mut out = Vec::new();
        for x in elts {
            match x {
                PyExpr::Starred(s) => {
                    out.extend(super::ops::iterate(&self.eval(&s.value, locals)?)?)
                }
                other => out.push(self.eval(other, locals)?),
            }
        }
        Ok(out)
    }

    fn snippet(&self, r: TextRange) -> String {
        let src = self.source.borrow();
        let s = usize::from(r.start()).min(src.len());
        let e = usize::from(r.end()).min(src.len());
        src[s..e].chars().take(60).collect()
    }
}

/// Python's `format(v, spec)` for the common specs (`.2f`, `d`, `,`, `>10`).
pub(crate) fn format_spec(v: &Value, spec: &str) -> String {
    if spec.is_empty() {
        return v.to_py_str();
    }
    let (align, width, rest) = {
        let mut s = spec;
        let mut align = None;
        if let Some(c) = s.chars().next().filter(|c| matches!(c, '<' | '>' | '^')) {
            align = Some(c);
            s = &s[1..];
        }
        let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
        let width = digits.parse::<usize>().unwrap_or(0);
        (align, width, &s[digits.len()..])
    };
    let body = if let Some(p) = rest.strip_prefix('.').and_then(|r| r.strip_suffix('f')) {
        let prec: usize = p.trim_start_matches(',').parse().unwrap_or(6);
        match v {
            Value::Int(i) => format!("{:.*}", prec, *i as f64),
            Value::Float(f) => format!("{f:.prec$}"),
            other => other.to_py_str(),
        }
    } else if rest == "," {
        match v {
            Value::Int(i) => {
                let s = i.abs().to_string();
                let mut out = String::new();
                for (k, c) in s.chars().enumerate() {
                    if k > 0 && (s.len() - k) % 3 == 0 {
                        out.push(',');
                    }
                    out.push(c);
                }
                if *i < 0 { format!("-{out}") } else { out }
            }
            other => other.to_py_str(),
        }
    } else if rest == "%" {
        match v {
            Value::Float(f) => format!("{:.6}%", f * 100.0),
            other => other.to_py_str(),
        }
    } else {
        match v {
            Value::Float(f) => py_float(*f),
            other => other.to_py_str(),
        }
    };
    let n = body.chars().count();
    if n >= width {
        return body;
    }
    let pad = width - n;
    let default_right = matches!(v, Value::Int(_) | Value::Float(_));
    match align.unwrap_or(if default_right { '>' } else { '<' }) {
        '>' => format!("{}{body}", " ".repeat(pad)),
        '^' => format!("{}{body}{}", " ".repeat(pad / 2), " ".repeat(pad - pad / 2)),
        _ => format!("{body}{}", " ".repeat(pad)),
    }
}
