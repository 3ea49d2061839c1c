//! Generators that pause, as CPython's: calling a generator function gives a generator
//! whose body runs up to its next `yield` each time a value is asked of it (`next`, a
//! `for` loop, `list`, `send`, `throw`, `close`), so an endless generator gives what is
//! taken of it, and `contextlib.contextmanager` runs the with-block at its `yield`.
//!
//! The body's statements run as any other (`Interpreter::exec_stmt`) but for those that
//! hold a `yield`: they run here and keep, in the generator's frame, where they stand
//! ([`Level`], one per nested block): the statement of the block, the branch of an `if`,
//! a `for` loop's iterator, the part of a `try` (and the exception its handler handles or
//! its `finally` owes), the managers of a `with`, a `yield from`'s iterator. Resuming
//! walks that path down again.
//!
//! A `yield` is resumable where it is a statement's own value: `yield x`, `v = yield x`,
//! `yield from it`, `v = yield from it`, under `if`, `for`, `while`, `try` and `with`
//! ([`resumable`]). A generator with a `yield` elsewhere (`print((yield x))`, under a
//! `match`) runs to its end when called, as the runner's generators did before.

use std::rc::Rc;

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr as PyExpr, Stmt};
use ruff_text_size::Ranged;
use runnel_core::error::{Result, RunnelError};

use super::interp::{Flow, Interpreter, Locals};
use super::value::{FunctionBody, PyFunction, Value};

/// A generator between two of its values.
pub struct GenFrame {
    func: Rc<PyFunction>,
    locals: Locals,
    /// Where it stands, outermost block first; empty before it started.
    path: Vec<Level>,
    /// The statements of the body that hold a `yield`, by address, sorted (the body is
    /// the function's, which the frame keeps alive and nothing changes).
    yielding: Vec<usize>,
    /// The interpreter that made it (`Interpreter::id`).
    owner: u64,
}

thread_local! {
    /// Generators dropped while paused inside their body, waiting to be closed (see
    /// [`Interpreter::close_dropped_generators`]).
    static DROPPED: std::cell::RefCell<Vec<GenFrame>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether `DROPPED` may hold one (read at every statement).
    static ANY_DROPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A generator paused inside its body that nothing refers to any more: CPython closes it
/// as it is collected (GeneratorExit at its `yield`, so its `finally` blocks and `with`
/// exits run: a file it writes is flushed). Dropping happens anywhere (in the middle of
/// an assignment), so it is queued and closed after the statement that dropped it.
impl Drop for GenFrame {
    fn drop(&mut self) {
        if self.path.is_empty() {
            return;
        }
        let mut slot = Some(GenFrame {
            func: self.func.clone(),
            locals: self.locals.take(),
            path: std::mem::take(&mut self.path),
            yielding: std::mem::take(&mut self.yielding),
            owner: self.owner,
        });
        let queued = DROPPED.try_with(|d| match (d.try_borrow_mut(), slot.take()) {
            (Ok(mut d), Some(f)) => {
                d.push(f);
                true
            }
            (_, f) => {
                slot = f;
                false
            }
        });
        if queued == Ok(true) {
            let _ = ANY_DROPPED.try_with(|a| a.set(true));
        }
        // Not queued (the thread ends): it goes without closing.
        if let Some(mut f) = slot {
            f.path.clear();
        }
    }
}

impl Interpreter {
    /// Closes the generators dropped while paused (see `Drop for GenFrame`); an error
    /// other than GeneratorExit is reported on stderr and ignored, as CPython does.
    pub(crate) fn close_dropped_generators(&self) {
        if !ANY_DROPPED.with(|a| a.replace(false)) {
            return;
        }
        while let Some(mut frame) = DROPPED.with(|d| d.borrow_mut().pop()) {
            if frame.owner != self.id {
                // Another script's (a page runs several on one thread): its code is not
                // this one's to run.
                frame.path.clear();
                continue;
            }
            let exit = exception("GeneratorExit", "");
            let name = frame.func.name.clone();
            let r = self.resume(&mut frame, Input::Throw(exit));
            frame.path.clear();
            let ignored = match r {
                Ok(Step::Yield(_)) => {
                    Some(exception("RuntimeError", "generator ignored GeneratorExit"))
                }
                Err(e)
                    if !matches!(
                        super::builtins::py_exception_name(&e).as_str(),
                        "GeneratorExit" | "StopIteration"
                    ) =>
                {
                    Some(e)
                }
                _ => None,
            };
            if let Some(e) = ignored {
                self.host.print_err(
                    &self.session,
                    &format!("Exception ignored in: <generator object {name}>\n{e}\n"),
                );
            }
        }
    }
}

/// What a generator is given when it resumes.
pub(crate) enum Input {
    /// `next()` (None) or `send(value)`: the value of the `yield` it stands at.
    Send(Value),
    /// `throw(exc)`, `close()`: raised at the `yield` it stands at.
    Throw(RunnelError),
}

/// What a generator gave when it paused or ended.
pub(crate) enum Step {
    /// A value, and it paused.
    Yield(Value),
    /// It ended (`return value`, or its end: None).
    Return(Value),
}

/// One statement of one block on the path to where the generator paused.
struct Level {
    /// The statement's index in its block.
    index: usize,
    at: At,
}

/// Where a statement that holds a `yield` stands.
enum At {
    /// Not begun.
    Start,
    /// Paused at its `yield`.
    Yielded,
    /// Paused in its `yield from`, over this iterator.
    YieldFrom(Value),
    /// An `if` in the body of its branch (0: `if`, k: the k-th `elif`/`else`).
    Branch(usize),
    /// A `for` loop over its iterator, or a `while` loop (no iterator); in its `else`
    /// block once the iterator ended or the test was false.
    Loop { iter: Option<Value>, in_else: bool },
    /// A `try` statement in one of its parts.
    Try(TryPart),
    /// A `with` statement in its body, with the managers it entered, first first.
    With(Vec<Value>),
}

enum TryPart {
    Body,
    /// In handler `k`, which handles this exception.
    Handler(usize, RunnelError),
    Else,
    /// In `finally`, owing this outcome once it ends normally.
    Finally(std::result::Result<Flow, RunnelError>),
}

/// What a block or statement of a generator's body did.
enum GenFlow {
    Flow(Flow),
    Yield(Value),
}

/// Whether a generator body's every `yield` is one the runner can pause at (see the
/// module's documentation).
pub(crate) fn resumable(body: &[Stmt]) -> bool {
    body.iter().all(stmt_resumable)
}

fn stmt_resumable(s: &Stmt) -> bool {
    let free = |e: &PyExpr| !expr_yields(e);
    let point = |e: &PyExpr| match e {
        PyExpr::Yield(y) => y.value.as_deref().is_none_or(free),
        PyExpr::YieldFrom(y) => free(&y.value),
        e => free(e),
    };
    match s {
        Stmt::FunctionDef(_) | Stmt::ClassDef(_) => true,
        Stmt::Expr(e) => point(&e.value),
        Stmt::Assign(a) => a.targets.iter().all(free) && point(&a.value),
        Stmt::AnnAssign(a) => free(&a.target) && a.value.as_deref().is_none_or(point),
        Stmt::If(i) => {
            free(&i.test)
                && resumable(&i.body)
                && i.elif_else_clauses
                    .iter()
                    .all(|c| c.test.as_ref().is_none_or(free) && resumable(&c.body))
        }
        Stmt::For(f) => {
            !f.is_async
                && free(&f.target)
                && free(&f.iter)
                && resumable(&f.body)
                && resumable(&f.orelse)
        }
        Stmt::While(w) => free(&w.test) && resumable(&w.body) && resumable(&w.orelse),
        Stmt::Try(t) => {
            !t.is_star
                && resumable(&t.body)
                && t.handlers.iter().all(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.type_.as_deref().is_none_or(free) && resumable(&h.body)
                })
                && resumable(&t.orelse)
                && resumable(&t.finalbody)
        }
        Stmt::With(w) => {
            !w.is_async
                && w.items
                    .iter()
                    .all(|i| free(&i.context_expr) && i.optional_vars.as_deref().is_none_or(free))
                && resumable(&w.body)
        }
        other => !stmt_yields(other),
    }
}

/// Whether `e` holds a `yield` (outside the lambdas it defines).
fn expr_yields(e: &PyExpr) -> bool {
    let mut f = YieldFinder(false);
    f.visit_expr(e);
    f.0
}

/// Whether `s` holds a `yield` (outside the functions, lambdas and classes it defines).
fn stmt_yields(s: &Stmt) -> bool {
    super::scope::is_generator(std::slice::from_ref(s))
}

struct YieldFinder(bool);

impl<'a> Visitor<'a> for YieldFinder {
    fn visit_expr(&mut self, expr: &'a PyExpr) {
        match expr {
            PyExpr::Yield(_) | PyExpr::YieldFrom(_) => self.0 = true,
            PyExpr::Lambda(_) => {}
            _ if !self.0 => visitor::walk_expr(self, expr),
            _ => {}
        }
    }
}

/// The addresses of the statements of `body` (at any depth) that hold a `yield`.
fn yielding_statements(body: &[Stmt], out: &mut Vec<usize>) {
    for s in body {
        if !stmt_yields(s) {
            continue;
        }
        out.push(s as *const Stmt as usize);
        match s {
            Stmt::If(i) => {
                yielding_statements(&i.body, out);
                for c in &i.elif_else_clauses {
                    yielding_statements(&c.body, out);
                }
            }
            Stmt::For(f) => {
                yielding_statements(&f.body, out);
                yielding_statements(&f.orelse, out);
            }
            Stmt::While(w) => {
                yielding_statements(&w.body, out);
                yielding_statements(&w.orelse, out);
            }
            Stmt::Try(t) => {
                yielding_statements(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    yielding_statements(&h.body, out);
                }
                yielding_statements(&t.orelse, out);
                yielding_statements(&t.finalbody, out);
            }
            Stmt::With(w) => yielding_statements(&w.body, out),
            _ => {}
        }
    }
}

/// A generator of `func` (a generator function whose body is [`resumable`]), called with
/// `locals`: nothing of its body has run.
pub(crate) fn new(func: Rc<PyFunction>, locals: Locals) -> Value {
    let yielding = yielding_of(&func);
    frame_value(func, yielding, locals)
}

/// The statements of `func`'s body that hold a `yield`, by address, sorted.
fn yielding_of(func: &PyFunction) -> Vec<usize> {
    let mut yielding = Vec::new();
    if let FunctionBody::Def(body) = &func.body {
        yielding_statements(body, &mut yielding);
    }
    yielding.sort_unstable();
    yielding
}

/// Generator expressions' functions by their node's address (see
/// `Interpreter::genexp_body`), with the node they were built from.
pub(crate) type GenexpCache =
    std::collections::HashMap<usize, (ast::ExprGenerator, Rc<PyFunction>, Vec<usize>)>;

/// How many generator expressions' functions are kept at most (emptied when full).
const GENEXP_CACHE_SIZE: usize = 256;

fn frame_value(func: Rc<PyFunction>, yielding: Vec<usize>, locals: Locals) -> Value {
    let owner = super::interp::current().map_or(0, |it| it.id);
    super::iter::new(super::iter::PyIter::Gen(Box::new(GenFrame {
        owner,
        func,
        locals,
        path: Vec::new(),
        yielding,
    })))
}

/// The name a generator expression's scope holds its first iterator by (CPython's `.0`).
const FIRST_ITER: &str = ".0";

fn exception(name: &str, message: &str) -> RunnelError {
    let text = if message.is_empty() {
        name.to_string()
    } else {
        format!("{name}: {message}")
    };
    RunnelError::execution_plain(text).with_exception(super::builtins::intern(name))
}

/// The error of resuming a generator that is running (it asked for its own next value).
pub(crate) fn already_executing() -> RunnelError {
    exception("ValueError", "generator already executing")
}

impl Interpreter {
    /// A generator expression: a generator over the statements it stands for (Python's
    /// `for` loops and `if`s around a `yield` of its element), in a scope of its own; its
    /// first iterable is evaluated (and `iter()` taken of it) now, as in Python, the rest
    /// as values are taken. `any(x > 0 for x in endless())` stops at its first match.
    pub(crate) fn generator_expression(
        &self,
        c: &ast::ExprGenerator,
        locals: &Locals,
    ) -> Result<Value> {
        let Some(first) = c.generators.first() else {
            return Err(RunnelError::internal(
                "a generator expression without a for",
            ));
        };
        if c.generators.iter().any(|g| g.is_async) {
            return Err(RunnelError::not_supported(
                "async comprehensions are not supported by Runnel's runner",
            ));
        }
        let source = self.eval(&first.iter, locals)?;
        let iter = super::builtins::call(
            self,
            Value::Builtin("builtins.iter".into()),
            vec![source],
            vec![],
        )?;
        let (func, yielding) = self.genexp_body(c);
        let mut scope = locals
            .as_ref()
            .map(|l| l.borrow().clone())
            .unwrap_or_default();
        scope.insert(FIRST_ITER.into(), iter);
        Ok(frame_value(
            func,
            yielding,
            Some(std::cell::RefCell::new(scope)),
        ))
    }

    /// The function a generator expression runs as (its `for`/`if` clauses written as
    /// statements around a `yield` of its element) and its yielding statements: built on
    /// its first evaluation, then taken from the cache (a UDF's `sum(x for x in ...)` is
    /// evaluated per row).
    fn genexp_body(&self, c: &ast::ExprGenerator) -> (Rc<PyFunction>, Vec<usize>) {
        let key = c as *const ast::ExprGenerator as usize;
        if let Some((node, func, yielding)) = self.genexps.borrow().get(&key)
            // The address may be another node's since (a function's body freed): the
            // same node text is the same function.
            && node == c
        {
            return (func.clone(), yielding.clone());
        }
        let index = ast::AtomicNodeIndex::default;
        let range = c.elt.range();
        let mut body = vec![Stmt::Expr(ast::StmtExpr {
            node_index: index(),
            range,
            value: Box::new(PyExpr::Yield(ast::ExprYield {
                node_index: index(),
                range,
                value: Some(c.elt.clone()),
            })),
        })];
        for (k, g) in c.generators.iter().enumerate().rev() {
            for cond in g.ifs.iter().rev() {
                body = vec![Stmt::If(ast::StmtIf {
                    node_index: index(),
                    range: cond.range(),
                    test: Box::new(cond.clone()),
                    body: body.into(),
                    elif_else_clauses: vec![],
                })];
            }
            let iter = match k {
                0 => PyExpr::Name(ast::ExprName {
                    node_index: index(),
                    range: g.iter.range(),
                    id: ast::name::Name::new_static(FIRST_ITER),
                    ctx: ast::ExprContext::Load,
                }),
                _ => g.iter.clone(),
            };
            body = vec![Stmt::For(ast::StmtFor {
                node_index: index(),
                range: g.range,
                is_async: false,
                target: Box::new(g.target.clone()),
                iter: Box::new(iter),
                body: body.into(),
                orelse: Default::default(),
            })];
        }
        let func = Rc::new(PyFunction::simple(
            "<genexpr>",
            vec![],
            FunctionBody::Def(body),
        ));
        let yielding = yielding_of(&func);
        let mut cache = self.genexps.borrow_mut();
        if cache.len() >= GENEXP_CACHE_SIZE {
            cache.clear();
        }
        cache.insert(key, (c.clone(), func.clone(), yielding.clone()));
        (func, yielding)
    }

    /// Runs `frame` up to its next `yield` or its end, given `input`.
    pub(crate) fn resume(&self, frame: &mut GenFrame, input: Input) -> Result<Step> {
        if frame.path.is_empty() {
            match input {
                Input::Send(Value::None) => {}
                Input::Send(_) => {
                    return Err(exception(
                        "TypeError",
                        "can't send non-None value to a just-started generator",
                    ));
                }
                // Raised where it stands: before its first line.
                Input::Throw(e) => return Err(e),
            }
        }
        let func = frame.func.clone();
        let FunctionBody::Def(body) = &func.body else {
            return Err(RunnelError::internal("a generator of a lambda"));
        };
        let depth = self.enter_call(&func.name)?;
        let origin = self.enter_origin(&func.origin);
        let mut input = Some(input);
        let ctx = Ctx {
            locals: &frame.locals,
            yielding: &frame.yielding,
        };
        let r = self.gen_block(body, &ctx, &mut frame.path, 0, &mut input);
        drop(origin);
        self.leave_call(depth);
        if !matches!(r, Ok(GenFlow::Yield(_))) {
            // It ended: nothing is left to close when it goes.
            frame.path.clear();
        }
        match r {
            Ok(GenFlow::Yield(v)) => Ok(Step::Yield(v)),
            Ok(GenFlow::Flow(Flow::Return(v))) => Ok(Step::Return(v)),
            Ok(GenFlow::Flow(_)) => Ok(Step::Return(Value::None)),
            // PEP 479: a StopIteration out of a generator's body is a RuntimeError.
            Err(e) if super::builtins::py_exception_name(&e) == "StopIteration" => {
                let mut r = exception("RuntimeError", "generator raised StopIteration");
                r.location = e.location;
                Err(r)
            }
            Err(e) => Err(e),
        }
    }

    /// Runs `stmts` from where `path[level]` says (from the first when the path ends
    /// above), up to a `yield` (the path then says where) or the block's end.
    fn gen_block(
        &self,
        stmts: &[Stmt],
        ctx: &Ctx,
        path: &mut Vec<Level>,
        level: usize,
        input: &mut Option<Input>,
    ) -> Result<GenFlow> {
        let (mut i, mut resuming) = match path.get(level) {
            Some(l) => (l.index, true),
            None => (0, false),
        };
        while i < stmts.len() {
            if !resuming {
                path.truncate(level);
                path.push(Level {
                    index: i,
                    at: At::Start,
                });
            }
            resuming = false;
            let s = &stmts[i];
            let r = if ctx
                .yielding
                .binary_search(&(s as *const Stmt as usize))
                .is_ok()
            {
                self.gen_stmt(s, ctx, path, level, input)
                    .map_err(|e| e.with_location(self.location(s.range())))
            } else {
                self.exec_stmt(s, ctx.locals).map(GenFlow::Flow)
            };
            match r {
                Ok(GenFlow::Yield(v)) => return Ok(GenFlow::Yield(v)),
                Ok(GenFlow::Flow(Flow::Normal)) => i += 1,
                other => {
                    path.truncate(level);
                    return other;
                }
            }
        }
        path.truncate(level);
        Ok(GenFlow::Flow(Flow::Normal))
    }

    /// One statement that holds a `yield`, `path[level]` its place.
    fn gen_stmt(
        &self,
        s: &Stmt,
        ctx: &Ctx,
        path: &mut Vec<Level>,
        level: usize,
        input: &mut Option<Input>,
    ) -> Result<GenFlow> {
        let locals = ctx.locals;
        match s {
            Stmt::Expr(e) => Ok(match self.yield_point(&e.value, ctx, path, level, input)? {
                Point::Paused(v) => GenFlow::Yield(v),
                Point::Value(_) => GenFlow::Flow(Flow::Normal),
            }),
            Stmt::Assign(a) => match self.yield_point(&a.value, ctx, path, level, input)? {
                Point::Paused(v) => Ok(GenFlow::Yield(v)),
                Point::Value(v) => {
                    for t in &a.targets {
                        self.assign(t, v.clone(), locals)?;
                    }
                    Ok(GenFlow::Flow(Flow::Normal))
                }
            },
            Stmt::AnnAssign(a) => {
                let Some(value) = &a.value else {
                    return Ok(GenFlow::Flow(Flow::Normal));
                };
                match self.yield_point(value, ctx, path, level, input)? {
                    Point::Paused(v) => Ok(GenFlow::Yield(v)),
                    Point::Value(v) => {
                        self.assign(&a.target, v, locals)?;
                        Ok(GenFlow::Flow(Flow::Normal))
                    }
                }
            }
            Stmt::If(i) => {
                let b = match path[level].at {
                    At::Branch(b) => b,
                    _ => {
                        let mut taken = None;
                        if self.truth(&self.eval(&i.test, locals)?)? {
                            taken = Some(0);
                        } else {
                            for (k, c) in i.elif_else_clauses.iter().enumerate() {
                                let take = match &c.test {
                                    Some(t) => self.truth(&self.eval(t, locals)?)?,
                                    None => true,
                                };
                                if take {
                                    taken = Some(k + 1);
                                    break;
                                }
                            }
                        }
                        let Some(b) = taken else {
                            return Ok(GenFlow::Flow(Flow::Normal));
                        };
                        path[level].at = At::Branch(b);
                        b
                    }
                };
                let body = match b {
                    0 => &i.body,
                    k => &i.elif_else_clauses[k - 1].body,
                };
                self.gen_block(body, ctx, path, level + 1, input)
            }
            Stmt::For(f) => self.gen_loop(Loop::For(f), ctx, path, level, input),
            Stmt::While(w) => self.gen_loop(Loop::While(w), ctx, path, level, input),
            Stmt::Try(t) => self.gen_try(t, ctx, path, level, input),
            Stmt::With(w) => self.gen_with(w, ctx, path, level, input),
            _ => Err(RunnelError::internal(
                "a statement the generator cannot pause in",
            )),
        }
    }

    /// A statement's `yield` or `yield from`: paused with a value, or resumed with the
    /// `yield`'s value; any other expression is evaluated.
    fn yield_point(
        &self,
        e: &PyExpr,
        ctx: &Ctx,
        path: &mut [Level],
        level: usize,
        input: &mut Option<Input>,
    ) -> Result<Point> {
        let at = &mut path[level].at;
        match e {
            PyExpr::Yield(y) => {
                if matches!(at, At::Yielded) {
                    *at = At::Start;
                    return match input.take() {
                        Some(Input::Throw(e)) => Err(e),
                        Some(Input::Send(v)) => Ok(Point::Value(v)),
                        None => Ok(Point::Value(Value::None)),
                    };
                }
                let v = match &y.value {
                    Some(v) => self.eval(v, ctx.locals)?,
                    None => Value::None,
                };
                *at = At::Yielded;
                Ok(Point::Paused(v))
            }
            PyExpr::YieldFrom(y) => {
                let sub = match at {
                    At::YieldFrom(s) => s.clone(),
                    _ => {
                        let v = self.eval(&y.value, ctx.locals)?;
                        let s = super::builtins::call(
                            self,
                            Value::Builtin("builtins.iter".into()),
                            vec![v],
                            vec![],
                        )?;
                        *at = At::YieldFrom(s.clone());
                        s
                    }
                };
                let generator = super::iter::state(&sub)
                    .filter(|s| matches!(&*s.borrow(), super::iter::PyIter::Gen(_)));
                let step = match (generator, input.take()) {
                    (Some(g), Some(i)) => super::iter::resume_gen(g, i)?,
                    (Some(g), None) => super::iter::resume_gen(g, Input::Send(Value::None))?,
                    (None, Some(Input::Throw(e))) => {
                        *at = At::Start;
                        return Err(e);
                    }
                    (None, _) => match super::iter::next_value(self, &sub)? {
                        Some(v) => Some(Step::Yield(v)),
                        None => Some(Step::Return(Value::None)),
                    },
                };
                match step {
                    Some(Step::Yield(v)) => Ok(Point::Paused(v)),
                    Some(Step::Return(r)) => {
                        *at = At::Start;
                        Ok(Point::Value(r))
                    }
                    None => Err(RunnelError::internal("yield from a finished generator")),
                }
            }
            e => Ok(Point::Value(self.eval(e, ctx.locals)?)),
        }
    }

    /// A `for` or `while` loop: its iterations, then its `else` block unless it broke.
    fn gen_loop(
        &self,
        l: Loop,
        ctx: &Ctx,
        path: &mut Vec<Level>,
        level: usize,
        input: &mut Option<Input>,
    ) -> Result<GenFlow> {
        let locals = ctx.locals;
        let (body, orelse) = match l {
            Loop::For(f) => (&f.body, &f.orelse),
            Loop::While(w) => (&w.body, &w.orelse),
        };
        // Resuming inside the body (or the `else` block) where it paused.
        let mut in_body = path.len() > level + 1;
        let iter = match &path[level].at {
            At::Loop { in_else: true, .. } => {
                return self.gen_block(orelse, ctx, path, level + 1, input);
            }
            At::Loop { iter, .. } => iter.clone(),
            _ => {
                in_body = false;
                let iter = match l {
                    Loop::For(f) => Some(self.loop_iterator(f, locals)?),
                    Loop::While(_) => None,
                };
                path[level].at = At::Loop {
                    iter: iter.clone(),
                    in_else: false,
                };
                iter
            }
        };
        let mut n = 0u64;
        loop {
            if !in_body {
                let more = match (l, &iter) {
                    (Loop::For(f), Some(it)) => match super::iter::next_value(self, it)? {
                        Some(x) => {
                            self.assign(&f.target, x, locals)?;
                            true
                        }
                        None => false,
                    },
                    (Loop::While(w), _) => self.truth(&self.eval(&w.test, locals)?)?,
                    (Loop::For(_), None) => false,
                };
                if !more {
                    path[level].at = At::Loop {
                        iter,
                        in_else: true,
                    };
                    return self.gen_block(orelse, ctx, path, level + 1, input);
                }
                self.tick()?;
                n += 1;
                self.check_loop_limit(n, "loop")?;
            }
            in_body = false;
            match self.gen_block(body, ctx, path, level + 1, input)? {
                GenFlow::Flow(Flow::Break) => return Ok(GenFlow::Flow(Flow::Normal)),
                GenFlow::Flow(Flow::Normal | Flow::Continue) => {}
                other => return Ok(other),
            }
        }
    }

    /// The iterator a `for` loop takes its values from (`range(...)` counts without
    /// making the list, as in any loop).
    fn loop_iterator(&self, f: &ast::StmtFor, locals: &Locals) -> Result<Value> {
        Ok(match self.range_call(&f.iter, locals)? {
            Some(Ok((start, stop, step))) => {
                super::iter::new(super::iter::PyIter::Range(start, stop, step))
            }
            Some(Err(v)) => super::iter::of_items("iterator", super::ops::iterate(&v)?),
            None => {
                let v = self.eval(&f.iter, locals)?;
                super::builtins::call(
                    self,
                    Value::Builtin("builtins.iter".into()),
                    vec![v],
                    vec![],
                )?
            }
        })
    }

    fn gen_try(
        &self,
        t: &ast::StmtTry,
        ctx: &Ctx,
        path: &mut Vec<Level>,
        level: usize,
        input: &mut Option<Input>,
    ) -> Result<GenFlow> {
        if !matches!(path[level].at, At::Try(_)) {
            path[level].at = At::Try(TryPart::Body);
        }
        loop {
            let At::Try(part) = std::mem::replace(&mut path[level].at, At::Start) else {
                return Err(RunnelError::internal("a try statement lost its place"));
            };
            let (part, r) = match part {
                TryPart::Body => (
                    TryPart::Body,
                    self.gen_block(&t.body, ctx, path, level + 1, input),
                ),
                TryPart::Handler(k, e) => {
                    let ast::ExceptHandler::ExceptHandler(h) = &t.handlers[k];
                    self.handling.borrow_mut().push(e.clone());
                    let r = self.gen_block(&h.body, ctx, path, level + 1, input);
                    self.handling.borrow_mut().pop();
                    (TryPart::Handler(k, e), r)
                }
                TryPart::Else => (
                    TryPart::Else,
                    self.gen_block(&t.orelse, ctx, path, level + 1, input),
                ),
                TryPart::Finally(owed) => {
                    let r = self.gen_block(&t.finalbody, ctx, path, level + 1, input);
                    return match r {
                        Ok(GenFlow::Yield(v)) => {
                            path[level].at = At::Try(TryPart::Finally(owed));
                            Ok(GenFlow::Yield(v))
                        }
                        Ok(GenFlow::Flow(Flow::Normal)) => owed.map(GenFlow::Flow),
                        other => other,
                    };
                }
            };
            let next = match r {
                Ok(GenFlow::Yield(v)) => {
                    path[level].at = At::Try(part);
                    return Ok(GenFlow::Yield(v));
                }
                Ok(GenFlow::Flow(Flow::Normal)) if matches!(part, TryPart::Body) => TryPart::Else,
                Ok(GenFlow::Flow(f)) => TryPart::Finally(Ok(f)),
                Err(e) if matches!(part, TryPart::Body) => {
                    let exc = self.exception_value(&e);
                    match self.handler_for(&t.handlers, &exc, ctx.locals) {
                        Ok(Some(k)) => {
                            let ast::ExceptHandler::ExceptHandler(h) = &t.handlers[k];
                            if let Some(n) = &h.name {
                                self.set(ctx.locals, n.as_str(), exc);
                            }
                            TryPart::Handler(k, e)
                        }
                        Ok(None) => TryPart::Finally(Err(e)),
                        Err(e) => TryPart::Finally(Err(e)),
                    }
                }
                Err(e) => TryPart::Finally(Err(e)),
            };
            path[level].at = At::Try(next);
        }
    }

    fn gen_with(
        &self,
        w: &ast::StmtWith,
        ctx: &Ctx,
        path: &mut Vec<Level>,
        level: usize,
        input: &mut Option<Input>,
    ) -> Result<GenFlow> {
        let mgrs = match &path[level].at {
            At::With(m) => m.clone(),
            _ => {
                let mut mgrs = Vec::new();
                for item in &w.items {
                    let at = self.location(item.context_expr.range());
                    let entered = self.eval(&item.context_expr, ctx.locals).and_then(|mgr| {
                        let v =
                            super::builtins::enter(self, &mgr).map_err(|e| e.with_location(at))?;
                        mgrs.push(mgr);
                        Ok(v)
                    });
                    let bound = entered.and_then(|v| match &item.optional_vars {
                        Some(t) => self.assign(t, v, ctx.locals),
                        None => Ok(()),
                    });
                    if let Err(e) = bound {
                        return self.exit_managers(&mgrs, Err(e)).map(GenFlow::Flow);
                    }
                }
                path[level].at = At::With(mgrs.clone());
                mgrs
            }
        };
        match self.gen_block(&w.body, ctx, path, level + 1, input) {
            Ok(GenFlow::Yield(v)) => Ok(GenFlow::Yield(v)),
            Ok(GenFlow::Flow(f)) => self.exit_managers(&mgrs, Ok(f)).map(GenFlow::Flow),
            Err(e) => self.exit_managers(&mgrs, Err(e)).map(GenFlow::Flow),
        }
    }

    /// Leaves `with` managers, last first, with the block's outcome (an `__exit__` that
    /// swallows the exception makes it a normal end).
    fn exit_managers(&self, mgrs: &[Value], mut outcome: Result<Flow>) -> Result<Flow> {
        for mgr in mgrs.iter().rev() {
            let exc = outcome.as_ref().err().map(|e| self.exception_value(e));
            let failed = exc.is_some();
            if super::builtins::exit(self, mgr, exc)? && failed {
                outcome = Ok(Flow::Normal);
            }
        }
        outcome
    }
}

/// A loop statement.
#[derive(Clone, Copy)]
enum Loop<'a> {
    For(&'a ast::StmtFor),
    While(&'a ast::StmtWhile),
}

/// What a generator's statements share while it runs.
struct Ctx<'a> {
    locals: &'a Locals,
    yielding: &'a [usize],
}

/// Where a statement's `yield` left it.
enum Point {
    /// Paused, giving this value.
    Paused(Value),
    /// Resumed (or no `yield`): the expression's value.
    Value(Value),
}
