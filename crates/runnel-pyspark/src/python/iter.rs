//! Python's iterators: what `iter()`, a generator, a generator expression, `map`,
//! `filter`, `zip`, `enumerate`, `reversed` and `itertools` give. One iterator is shared
//! by every name that holds it, so `next()` moves it for all of them and a `for` loop
//! that breaks leaves the rest for the next one, as in Python.
//!
//! A generator gives its values one at a time, running its body up to the next `yield`
//! (`super::generator`; one whose `yield` the runner cannot pause at ran to its end when
//! called, its values computed already, see `Interpreter::yielded`); `itertools.count`,
//! `cycle` and `repeat` are endless and give their values one at a time too, so `zip`,
//! `islice`, `takewhile`, `next` and `for ... break` take what they need of them.

use std::cell::RefCell;
use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use super::interp::Interpreter;
use super::value::{Native, Value};

/// The state of one iterator.
pub enum PyIter {
    /// Values computed already: those from the front on are still to come.
    Items {
        /// Python's type name (`list_iterator`, `generator`, `map`, ...).
        kind: &'static str,
        /// What is left.
        items: std::collections::VecDeque<Value>,
    },
    /// `itertools.count(start, step)`: the next value and the step.
    Count(Value, Value),
    /// `itertools.cycle(items)`: the items (not empty) and the position of the next.
    Cycle(Vec<Value>, usize),
    /// `itertools.repeat(value)` without `times`.
    Repeat(Value),
    /// A `range`'s values still to come: the next, the stop and the step (not 0).
    Range(i64, i64, i64),
    /// A generator that pauses at its `yield`s, between two values.
    Gen(Box<super::generator::GenFrame>),
    /// `map`, `filter`/`itertools.filterfalse` and `enumerate` over iterators: each
    /// value made when it is taken, as Python's.
    Derived(Box<Derived>),
    /// A generator (or a derived iterator) while its code runs: its type name.
    Running(&'static str),
}

/// An iterator made of others, which runs Python code (a function) for its values.
pub enum Derived {
    /// `map(func, *sources)`: stops with the shortest.
    Map(Value, Vec<Value>),
    /// `filter(func, source)` (`keep` true) or `filterfalse` (false); func None: truth.
    Filter(Value, Value, bool),
    /// `enumerate(source, start)`: the next count.
    Enumerate(i64, Value),
}

impl Derived {
    fn kind(&self) -> &'static str {
        match self {
            Derived::Map(..) => "map",
            Derived::Filter(_, _, true) => "filter",
            Derived::Filter(_, _, false) => "itertools.filterfalse",
            Derived::Enumerate(..) => "enumerate",
        }
    }

    fn next(&mut self, it: &Interpreter) -> Result<Option<Value>> {
        match self {
            Derived::Map(func, sources) => {
                let mut args = Vec::with_capacity(sources.len());
                for s in sources.iter() {
                    match next_value(it, s)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                super::builtins::call(it, func.clone(), args, vec![]).map(Some)
            }
            Derived::Filter(func, source, keep) => {
                while let Some(x) = next_value(it, source)? {
                    let truth = match &*func {
                        Value::None => it.truth(&x)?,
                        f => it.truth(&super::builtins::call(
                            it,
                            f.clone(),
                            vec![x.clone()],
                            vec![],
                        )?)?,
                    };
                    if truth == *keep {
                        return Ok(Some(x));
                    }
                    it.tick()?;
                }
                Ok(None)
            }
            Derived::Enumerate(n, source) => Ok(next_value(it, source)?.map(|v| {
                let i = *n;
                *n = n.wrapping_add(1);
                Value::Tuple(vec![Value::Int(i), v])
            })),
        }
    }
}

/// `map`, `filter`, `filterfalse` or `enumerate` of iterators (see [`Derived`]); each
/// source is made an iterator first (`iter()`), as Python does.
pub(crate) fn derived(it: &Interpreter, d: Derived) -> Result<Value> {
    let as_iter = |v: &Value| -> Result<Value> {
        super::builtins::call(
            it,
            Value::Builtin("builtins.iter".into()),
            vec![v.clone()],
            vec![],
        )
    };
    let d = match d {
        Derived::Map(f, sources) => {
            Derived::Map(f, sources.iter().map(as_iter).collect::<Result<_>>()?)
        }
        Derived::Filter(f, s, keep) => Derived::Filter(f, as_iter(&s)?, keep),
        Derived::Enumerate(n, s) => Derived::Enumerate(n, as_iter(&s)?),
    };
    Ok(new(PyIter::Derived(Box::new(d))))
}

impl PyIter {
    /// Python's type name.
    pub fn kind(&self) -> &'static str {
        match self {
            PyIter::Items { kind, .. } => kind,
            PyIter::Count(..) => "itertools.count",
            PyIter::Cycle(..) => "itertools.cycle",
            PyIter::Repeat(_) => "itertools.repeat",
            PyIter::Range(..) => "range_iterator",
            PyIter::Gen(_) => "generator",
            PyIter::Derived(d) => d.kind(),
            PyIter::Running(kind) => kind,
        }
    }

    /// Whether it never ends.
    pub fn endless(&self) -> bool {
        let endless =
            |v: &Value| state(v).is_some_and(|s| s.try_borrow().is_ok_and(|s| s.endless()));
        match self {
            PyIter::Count(..) | PyIter::Cycle(..) | PyIter::Repeat(_) => true,
            PyIter::Derived(d) => match &**d {
                Derived::Map(_, sources) => !sources.is_empty() && sources.iter().all(endless),
                Derived::Filter(..) => false,
                Derived::Enumerate(_, s) => endless(s),
            },
            _ => false,
        }
    }

    fn next(&mut self) -> Result<Option<Value>> {
        Ok(match self {
            PyIter::Items { items, .. } => items.pop_front(),
            PyIter::Count(next, step) => {
                let v = next.clone();
                *next = match (&v, &*step) {
                    (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                        Some(s) => Value::Int(s),
                        None => {
                            return Err(RunnelError::execution_plain(
                                "OverflowError: itertools.count went past 2**63 (the runner's ints of a count are 64-bit)",
                            )
                            .with_exception("OverflowError"));
                        }
                    },
                    (a, b) => match (super::ops::py_num(a), super::ops::py_num(b)) {
                        (Some(a), Some(b)) => Value::Float(a + b),
                        _ => {
                            return Err(RunnelError::execution_plain(
                                "TypeError: a number is required",
                            )
                            .with_exception("TypeError"));
                        }
                    },
                };
                Some(v)
            }
            PyIter::Cycle(items, pos) => {
                let v = items[*pos].clone();
                *pos = (*pos + 1) % items.len();
                Some(v)
            }
            PyIter::Repeat(v) => Some(v.clone()),
            PyIter::Range(next, stop, step) => {
                let more = if *step > 0 { next < stop } else { next > stop };
                more.then(|| {
                    let v = *next;
                    *next = next.checked_add(*step).unwrap_or(*stop);
                    Value::Int(v)
                })
            }
            // Run by `next_of`, never here.
            PyIter::Gen(_) | PyIter::Derived(_) | PyIter::Running(_) => None,
        })
    }
}

/// An iterator over `items`, of Python type `kind`.
pub(crate) fn of_items(kind: &'static str, items: Vec<Value>) -> Value {
    new(PyIter::Items {
        kind,
        items: items.into(),
    })
}

/// A value holding `state`.
pub(crate) fn new(state: PyIter) -> Value {
    Value::Native(Rc::new(Native::Iter(RefCell::new(state))))
}

/// The iterator `v` is, if it is one of these.
pub(crate) fn state(v: &Value) -> Option<&RefCell<PyIter>> {
    match v {
        Value::Native(n) => match n.as_ref() {
            Native::Iter(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn endless_error(kind: &str) -> RunnelError {
    RunnelError::execution_plain(format!(
        "{kind} never ends, so taking all of its values would never end (Python would run out of memory): take some with itertools.islice(it, n), zip it with something finite, or loop over it with a break"
    ))
    .with_exception("MemoryError")
}

/// What is left of the iterator, taken (it ends empty).
pub(crate) fn rest(s: &RefCell<PyIter>) -> Result<Vec<Value>> {
    let limit = {
        let mut b = s
            .try_borrow_mut()
            .map_err(|_| super::generator::already_executing())?;
        if b.endless() {
            return Err(endless_error(b.kind()));
        }
        match &mut *b {
            PyIter::Items { items, .. } => return Ok(std::mem::take(items).into()),
            PyIter::Gen(_) | PyIter::Running(_) => super::interp::MAX_GENERATOR_ITEMS,
            _ => MAX_MADE,
        }
    };
    let mut out = Vec::new();
    while let Some(v) = next_of(s)? {
        if out.len() >= limit {
            return Err(RunnelError::execution_plain(format!(
                "MemoryError: taking all of a {} would make more than {limit} values (an endless generator never ends): take some with itertools.islice(it, n), or loop over it with a break",
                s.borrow().kind()
            ))
            .with_exception("MemoryError"));
        }
        out.push(v);
    }
    Ok(out)
}

/// The next value of the iterator, `None` at its end.
pub(crate) fn next_of(s: &RefCell<PyIter>) -> Result<Option<Value>> {
    let d = {
        let mut b = s
            .try_borrow_mut()
            .map_err(|_| super::generator::already_executing())?;
        let kind = b.kind();
        match &*b {
            PyIter::Derived(_) => match std::mem::replace(&mut *b, PyIter::Running(kind)) {
                PyIter::Derived(d) => d,
                _ => return Ok(None),
            },
            PyIter::Gen(_) | PyIter::Running(_) => {
                drop(b);
                return next_of_generator(s);
            }
            _ => return b.next(),
        }
    };
    let kind = d.kind();
    run_outside(
        s,
        kind,
        d,
        |it, d| d.next(it),
        |r| r.is_some(),
        PyIter::Derived,
    )
}

/// Runs `run` on an iterator's state moved out of `s` (which holds `Running` meanwhile, so
/// a use from inside is "already executing"), outside the borrow since running it runs the
/// script's code; then puts the state back with `put_back` when `goes_on` says the
/// iterator has more, or leaves `s` ended (also after an error).
fn run_outside<S, R>(
    s: &RefCell<PyIter>,
    kind: &'static str,
    mut state: S,
    run: impl FnOnce(&Interpreter, &mut S) -> Result<R>,
    goes_on: impl FnOnce(&R) -> bool,
    put_back: impl FnOnce(S) -> PyIter,
) -> Result<R> {
    let r = match super::interp::current() {
        Some(it) => run(&it, &mut state),
        None => Err(RunnelError::internal(format!(
            "a {kind} run without its interpreter"
        ))),
    };
    *s.borrow_mut() = match &r {
        Ok(v) if goes_on(v) => put_back(state),
        _ => PyIter::Items {
            kind,
            items: Default::default(),
        },
    };
    r
}

fn next_of_generator(s: &RefCell<PyIter>) -> Result<Option<Value>> {
    match resume_gen(s, super::generator::Input::Send(Value::None))? {
        Some(super::generator::Step::Yield(v)) => Ok(Some(v)),
        Some(super::generator::Step::Return(_)) => Ok(None),
        None => s
            .try_borrow_mut()
            .map_err(|_| super::generator::already_executing())?
            .next(),
    }
}

/// Resumes the generator `s` is with `input`: what it gave (it ends empty after its
/// return or an error), or `None` when `s` is no generator that pauses (or has ended).
pub(crate) fn resume_gen(
    s: &RefCell<PyIter>,
    input: super::generator::Input,
) -> Result<Option<super::generator::Step>> {
    let frame = {
        let mut b = s
            .try_borrow_mut()
            .map_err(|_| super::generator::already_executing())?;
        match &*b {
            PyIter::Gen(_) => {}
            PyIter::Running(_) => return Err(super::generator::already_executing()),
            _ => return Ok(None),
        }
        match std::mem::replace(&mut *b, PyIter::Running("generator")) {
            PyIter::Gen(f) => f,
            _ => return Ok(None),
        }
    };
    run_outside(
        s,
        "generator",
        frame,
        |it, frame| it.resume(frame, input),
        |r| matches!(r, super::generator::Step::Yield(_)),
        PyIter::Gen,
    )
    .map(Some)
}

/// At most `n` values of the iterator, taken.
pub(crate) fn take(s: &RefCell<PyIter>, n: usize) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    while out.len() < n {
        match next_of(s)? {
            Some(v) => out.push(v),
            None => break,
        }
    }
    Ok(out)
}

/// `next(v)`: an iterator of these, or an object of the script's classes with
/// `__next__` (its `StopIteration` is the end); `None` at the end.
pub(crate) fn next_value(it: &Interpreter, v: &Value) -> Result<Option<Value>> {
    if let Some(s) = state(v) {
        return next_of(s);
    }
    if matches!(v, Value::Instance(_)) {
        return match super::builtins::call_dunder(it, v, "__next__", vec![]) {
            Ok(Some(x)) => Ok(Some(x)),
            Ok(None) => Err(not_an_iterator(v)),
            Err(e) if super::builtins::py_exception_name(&e) == "StopIteration" => Ok(None),
            Err(e) => Err(e),
        };
    }
    Err(not_an_iterator(v))
}

fn not_an_iterator(v: &Value) -> RunnelError {
    RunnelError::execution_plain(format!(
        "TypeError: '{}' object is not an iterator",
        v.type_name()
    ))
    .with_exception("TypeError")
}

/// The values of an object of the script's classes that is its own iterator (`__next__`
/// until `StopIteration`), at most `limit` of them.
pub(crate) fn drain_object(it: &Interpreter, v: &Value, limit: usize) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    while let Some(x) = next_value(it, v)? {
        if out.len() >= limit {
            return Err(RunnelError::execution_plain(format!(
                "MemoryError: an iterator of the script gave more than {limit} values to a call that takes them all"
            ))
            .with_exception("MemoryError"));
        }
        it.tick()?;
        out.push(x);
    }
    Ok(out)
}

/// The arguments of `zip` or `map`, each as its values, as many as the shortest gives:
/// taken a round at a time, as Python's `zip` takes them (an iterator before the one that
/// ends loses that round's value), so an endless iterator or generator gives what the
/// others need (all endless: refused).
pub(crate) fn aligned(args: &[Value]) -> Result<Vec<Vec<Value>>> {
    if !args.is_empty()
        && let Some(s) = args
            .iter()
            .map(state)
            .collect::<Option<Vec<_>>>()
            .filter(|all| all.iter().all(|s| s.borrow().endless()))
            .and_then(|all| all.into_iter().next())
    {
        return Err(endless_error(s.borrow().kind()));
    }
    let mut sources: Vec<std::result::Result<std::vec::IntoIter<Value>, &RefCell<PyIter>>> =
        Vec::with_capacity(args.len());
    for a in args {
        sources.push(match state(a) {
            Some(s) => Err(s),
            None => Ok(super::ops::iterate(a)?.into_iter()),
        });
    }
    let mut out: Vec<Vec<Value>> = vec![Vec::new(); args.len()];
    if args.is_empty() {
        return Ok(out);
    }
    loop {
        for (k, src) in sources.iter_mut().enumerate() {
            let v = match src {
                Ok(items) => items.next(),
                Err(s) => next_of(s)?,
            };
            match v {
                Some(v) => out[k].push(v),
                None => {
                    let n = out[k].len();
                    for l in &mut out {
                        l.truncate(n);
                    }
                    return Ok(out);
                }
            }
        }
        if out[0].len() > MAX_MADE {
            return Err(RunnelError::execution_plain(format!(
                "MemoryError: zip/map would make more than {MAX_MADE} values"
            ))
            .with_exception("MemoryError"));
        }
    }
}

/// Python's type name of an iterator over `v`'s items (`iter(v)`).
pub(crate) fn kind_over(v: &Value) -> &'static str {
    match v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(_) => "str_ascii_iterator",
        Value::Dict(_) => "dict_keyiterator",
        Value::Set(_) => "set_iterator",
        _ => "iterator",
    }
}

/// The most values one call of `itertools` makes at once.
const MAX_MADE: usize = 10_000_000;

fn too_many(f: &str) -> RunnelError {
    RunnelError::execution_plain(format!(
        "MemoryError: itertools.{f} would make more than {MAX_MADE} values"
    ))
    .with_exception("MemoryError")
}

fn type_error(m: String) -> RunnelError {
    RunnelError::execution_plain(format!("TypeError: {m}")).with_exception("TypeError")
}

/// A non-negative count argument (`repeat`'s times, `batched`'s n, `islice`'s bounds).
fn count_arg(v: &Value, f: &str) -> Result<usize> {
    match v {
        Value::Int(n) if *n >= 0 => Ok(*n as usize),
        Value::Bool(b) => Ok(*b as usize),
        Value::Int(_) => Err(RunnelError::execution_plain(format!(
            "ValueError: {f}'s count must be a non-negative integer"
        ))
        .with_exception("ValueError")),
        other => Err(super::ops::not_an_integer(other)),
    }
}

/// `itertools`' iterators beyond the finite combinatorics in `stdlib::functional`:
/// `count`, `cycle`, `repeat`, `islice`, `takewhile`, `dropwhile`, `filterfalse`,
/// `starmap`, `compress`, `zip_longest`, `pairwise`, `batched`,
/// `combinations_with_replacement`, `tee`; `None` for other names.
pub(crate) fn itertools(
    it: &Interpreter,
    f: &str,
    args: &super::args::Args,
) -> Result<Option<Value>> {
    use super::builtins::call;
    use super::ops::iterate;
    let kind = |f: &str| -> &'static str {
        match f {
            "islice" => "itertools.islice",
            "takewhile" => "itertools.takewhile",
            "dropwhile" => "itertools.dropwhile",
            "filterfalse" => "itertools.filterfalse",
            "starmap" => "itertools.starmap",
            "compress" => "itertools.compress",
            "zip_longest" => "itertools.zip_longest",
            "pairwise" => "itertools.pairwise",
            "batched" => "itertools.batched",
            "repeat" => "itertools.repeat",
            "cycle" => "itertools.cycle",
            "combinations_with_replacement" => "itertools.combinations_with_replacement",
            _ => "itertools._tee",
        }
    };
    let items = |v: Vec<Value>| of_items(kind(f), v);
    Ok(Some(match f {
        "chain_from_iterable" => {
            let mut out = Vec::new();
            for x in iterate(args.req(0, "iterable")?)? {
                out.extend(iterate(&x)?);
            }
            of_items("itertools.chain", out)
        }
        "count" => {
            let start = args.get(0, "start").cloned().unwrap_or(Value::Int(0));
            let step = args.get(1, "step").cloned().unwrap_or(Value::Int(1));
            for v in [&start, &step] {
                if super::ops::py_num(v).is_none() {
                    return Err(type_error("a number is required".into()));
                }
            }
            new(PyIter::Count(start, step))
        }
        "cycle" => {
            let v = iterate(args.req(0, "iterable")?)?;
            if v.is_empty() {
                items(v)
            } else {
                new(PyIter::Cycle(v, 0))
            }
        }
        "repeat" => {
            let v = args.req(0, "object")?.clone();
            match args.get(1, "times") {
                None => new(PyIter::Repeat(v)),
                Some(t) => {
                    // A negative count repeats nothing, as Python's.
                    let n = match t {
                        Value::Int(n) if *n < 0 => 0,
                        t => count_arg(t, "repeat")?,
                    };
                    if n > MAX_MADE {
                        return Err(too_many(f));
                    }
                    items(vec![v; n])
                }
            }
        }
        "islice" => {
            let src = args.req(0, "iterable")?;
            let bound = |i: usize, name: &str| -> Result<Option<usize>> {
                match args.get(i, name) {
                    None | Some(Value::None) => Ok(None),
                    Some(v) => count_arg(v, "islice").map(Some),
                }
            };
            // islice(it, stop) or islice(it, start, stop[, step]).
            let (start, stop, step) = if args.pos.len() <= 2 {
                (0, bound(1, "stop")?, 1)
            } else {
                (
                    bound(1, "start")?.unwrap_or(0),
                    bound(2, "stop")?,
                    bound(3, "step")?.unwrap_or(1),
                )
            };
            if step == 0 {
                return Err(RunnelError::execution_plain(
                    "ValueError: Step for islice() must be a positive integer or None.",
                )
                .with_exception("ValueError"));
            }
            let taken = match (state(src), stop) {
                (Some(s), Some(stop)) => take(s, stop.max(start))?,
                (Some(s), None) => rest(s)?,
                (None, _) => iterate(src)?,
            };
            let end = stop.unwrap_or(usize::MAX).min(taken.len());
            items(
                taken
                    .into_iter()
                    .take(end)
                    .skip(start)
                    .step_by(step)
                    .collect(),
            )
        }
        "filterfalse" => {
            let pred = args.req(0, "predicate")?.clone();
            let src = args.req(1, "iterable")?.clone();
            derived(it, Derived::Filter(pred, src, false))?
        }
        "takewhile" | "dropwhile" => {
            let pred = args.req(0, "predicate")?.clone();
            let src = args.req(1, "iterable")?;
            let test = |x: &Value| -> Result<bool> {
                Ok(match &pred {
                    Value::None => x.truthy(),
                    p => call(it, p.clone(), vec![x.clone()], vec![])?.truthy(),
                })
            };
            let mut out = Vec::new();
            match f {
                "takewhile" => {
                    // Taken one at a time: it stops on an endless iterator too.
                    let s = match state(src) {
                        Some(_) => src.clone(),
                        None => of_items("iterator", iterate(src)?),
                    };
                    while let Some(x) = next_value(it, &s)? {
                        if !test(&x)? {
                            break;
                        }
                        if out.len() >= MAX_MADE {
                            return Err(too_many(f));
                        }
                        out.push(x);
                    }
                }
                "dropwhile" => {
                    let mut dropping = true;
                    for x in iterate(src)? {
                        if dropping && test(&x)? {
                            continue;
                        }
                        dropping = false;
                        out.push(x);
                    }
                }
                _ => {
                    for x in iterate(src)? {
                        if !test(&x)? {
                            out.push(x);
                        }
                    }
                }
            }
            items(out)
        }
        "starmap" => {
            let func = args.req(0, "function")?.clone();
            let mut out = Vec::new();
            for x in iterate(args.req(1, "iterable")?)? {
                out.push(call(it, func.clone(), iterate(&x)?, vec![])?);
            }
            items(out)
        }
        "compress" => {
            let both = aligned(&[
                args.req(0, "data")?.clone(),
                args.req(1, "selectors")?.clone(),
            ])?;
            items(
                both[0]
                    .iter()
                    .zip(&both[1])
                    .filter(|(_, s)| s.truthy())
                    .map(|(d, _)| d.clone())
                    .collect(),
            )
        }
        "zip_longest" => {
            let fill = args
                .get(usize::MAX, "fillvalue")
                .cloned()
                .unwrap_or(Value::None);
            let lists: Vec<Vec<Value>> = args.pos.iter().map(iterate).collect::<Result<_>>()?;
            let n = lists.iter().map(|l| l.len()).max().unwrap_or(0);
            items(
                (0..n)
                    .map(|i| {
                        Value::Tuple(
                            lists
                                .iter()
                                .map(|l| l.get(i).cloned().unwrap_or_else(|| fill.clone()))
                                .collect(),
                        )
                    })
                    .collect(),
            )
        }
        "pairwise" => {
            let v = iterate(args.req(0, "iterable")?)?;
            items(v.windows(2).map(|w| Value::Tuple(w.to_vec())).collect())
        }
        "batched" => {
            let v = iterate(args.req(0, "iterable")?)?;
            let n = count_arg(args.req(1, "n")?, "batched")?;
            if n == 0 {
                return Err(
                    RunnelError::execution_plain("ValueError: n must be at least one")
                        .with_exception("ValueError"),
                );
            }
            items(v.chunks(n).map(|c| Value::Tuple(c.to_vec())).collect())
        }
        "combinations_with_replacement" => {
            let pool = iterate(args.req(0, "iterable")?)?;
            let r = count_arg(args.req(1, "r")?, f)?;
            let mut out = Vec::new();
            if pool.is_empty() && r > 0 {
                return Ok(Some(items(out)));
            }
            // Indices that never go down, the last moving fastest (Python's order).
            let mut idx = vec![0usize; r];
            loop {
                if out.len() >= MAX_MADE {
                    return Err(too_many(f));
                }
                out.push(Value::Tuple(idx.iter().map(|&i| pool[i].clone()).collect()));
                let Some(p) = (0..r).rev().find(|&p| idx[p] + 1 < pool.len()) else {
                    break;
                };
                let v = idx[p] + 1;
                for q in &mut idx[p..] {
                    *q = v;
                }
            }
            items(out)
        }
        "tee" => {
            let v = iterate(args.req(0, "iterable")?)?;
            let n = match args.get(1, "n") {
                Some(n) => count_arg(n, "tee")?,
                None => 2,
            };
            Value::Tuple((0..n).map(|_| items(v.clone())).collect())
        }
        _ => return Ok(None),
    }))
}
