//! Python's compile-time scope rules for `nonlocal`: which names a function binds, which
//! names its nested functions declare `nonlocal`, and CPython's SyntaxErrors for a
//! `nonlocal` that has nothing to refer to (checked before a script runs, as CPython's
//! compiler does).
//!
//! At run time a name some nested function declares `nonlocal` lives in a cell (the
//! key `"cell NAME"` of the enclosing function's locals, a one-element list) that the
//! enclosing function and every closure over it share.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// What one function body does with names (nested functions and classes not entered).
#[derive(Default)]
pub(crate) struct FunctionScope {
    /// Names it binds (parameters, assignments, `def`, `class`, imports, `for`, `with
    /// ... as`, `except ... as`, `del`), those declared `nonlocal` or `global` excepted.
    pub(crate) local: HashSet<String>,
    /// `nonlocal NAME` statements: the name and the statement's range.
    nonlocal: Vec<(String, TextRange)>,
    /// The first error CPython's symbol table reports while reading the body in order.
    error: Option<(TextRange, String)>,
}

const PARAM: u8 = 1;
const ASSIGNED: u8 = 2;
const USED: u8 = 4;

struct Collector<'a> {
    seen: HashMap<String, u8>,
    nonlocal: Vec<(String, TextRange)>,
    global: HashSet<String>,
    error: Option<(TextRange, String)>,
    nested: Vec<&'a Stmt>,
    in_comprehension: usize,
}

impl Collector<'_> {
    fn mark(&mut self, name: &str, flag: u8) {
        *self.seen.entry(name.to_string()).or_default() |= flag;
    }
}

impl<'a> Visitor<'a> for Collector<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                // Decorators and defaults are evaluated here; the body is its own scope.
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                for p in f.parameters.iter_non_variadic_params() {
                    if let Some(d) = &p.default {
                        self.visit_expr(d);
                    }
                }
                self.mark(f.name.as_str(), ASSIGNED);
                self.nested.push(stmt);
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    self.visit_arguments(a);
                }
                self.mark(c.name.as_str(), ASSIGNED);
                self.nested.push(stmt);
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    let name = name.as_str();
                    let flags = self.seen.get(name).copied().unwrap_or(0);
                    let msg = if flags & PARAM != 0 {
                        Some(format!("name '{name}' is parameter and nonlocal"))
                    } else if flags & USED != 0 {
                        Some(format!(
                            "name '{name}' is used prior to nonlocal declaration"
                        ))
                    } else if flags & ASSIGNED != 0 {
                        Some(format!(
                            "name '{name}' is assigned to before nonlocal declaration"
                        ))
                    } else if self.global.contains(name) {
                        Some(format!("name '{name}' is nonlocal and global"))
                    } else {
                        None
                    };
                    if let Some(m) = msg
                        && self.error.is_none()
                    {
                        self.error = Some((stmt.range(), m));
                    }
                    self.nonlocal.push((name.to_string(), stmt.range()));
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let name = name.as_str();
                    if self.nonlocal.iter().any(|(n, _)| n == name) && self.error.is_none() {
                        self.error = Some((
                            stmt.range(),
                            format!("name '{name}' is nonlocal and global"),
                        ));
                    }
                    self.global.insert(name.to_string());
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.mark(bound, ASSIGNED);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    if bound != "*" {
                        self.mark(bound, ASSIGNED);
                    }
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.mark(n.id.as_str(), USED),
                // A comprehension's own variables are its scope's.
                _ if self.in_comprehension > 0 => {}
                _ => self.mark(n.id.as_str(), ASSIGNED),
            },
            // `(x := ...)` binds in the function, even inside a comprehension.
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = n.target.as_ref() {
                    self.mark(t.id.as_str(), ASSIGNED);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for p in p.iter_non_variadic_params() {
                        if let Some(d) = &p.default {
                            self.visit_expr(d);
                        }
                    }
                }
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.in_comprehension += 1;
                visitor::walk_expr(self, expr);
                self.in_comprehension -= 1;
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(e) = h;
        if let Some(n) = &e.name {
            self.mark(n.as_str(), ASSIGNED);
        }
        visitor::walk_except_handler(self, h);
    }
}

/// What a function of these parameters and body binds and declares.
pub(crate) fn function_bindings<'a>(
    params: Option<&'a ast::Parameters>,
    body: &'a [Stmt],
) -> (FunctionScope, Vec<&'a Stmt>) {
    let mut c = Collector {
        seen: HashMap::new(),
        nonlocal: Vec::new(),
        global: HashSet::new(),
        error: None,
        nested: Vec::new(),
        in_comprehension: 0,
    };
    if let Some(p) = params {
        for p in p.iter() {
            c.mark(p.as_parameter().name.as_str(), PARAM | ASSIGNED);
        }
    }
    c.visit_body(body);
    let declared: HashSet<&str> = c
        .nonlocal
        .iter()
        .map(|(n, _)| n.as_str())
        .chain(c.global.iter().map(String::as_str))
        .collect();
    let local = c
        .seen
        .iter()
        .filter(|(n, f)| *f & ASSIGNED != 0 && !declared.contains(n.as_str()))
        .map(|(n, _)| n.clone())
        .collect();
    let b = FunctionScope {
        local,
        nonlocal: c.nonlocal,
        error: c.error,
    };
    (b, c.nested)
}

/// A function's (or class body's) local names, and the names its `nonlocal` statements
/// and those of the functions nested in it take from the functions around it (what
/// must be in a cell there). A class body passes its functions' names through, as in
/// Python.
pub(crate) fn scope_names(
    params: Option<&ast::Parameters>,
    body: &[Stmt],
    is_class: bool,
) -> (HashSet<String>, HashSet<String>) {
    let (b, nested) = function_bindings(params, body);
    let mut free: HashSet<String> = b.nonlocal.iter().map(|(n, _)| n.clone()).collect();
    for s in nested {
        let inner = match s {
            Stmt::FunctionDef(f) => scope_names(Some(&f.parameters), &f.body, false).1,
            Stmt::ClassDef(c) => scope_names(None, &c.body, true).1,
            _ => continue,
        };
        free.extend(
            inner
                .into_iter()
                .filter(|n| is_class || !b.local.contains(n)),
        );
    }
    (b.local, free)
}

/// CPython's SyntaxErrors about `nonlocal` in a module: the statement's range and the message.
pub(crate) fn check_nonlocal(module: &[Stmt]) -> Result<(), (TextRange, String)> {
    let (top, nested) = function_bindings(None, module);
    if let Some((_, range)) = top.nonlocal.first() {
        return Err((
            *range,
            "nonlocal declaration not allowed at module level".into(),
        ));
    }
    for s in nested {
        check_scope(s, &[])?;
    }
    Ok(())
}

/// Checks a `def` or `class` statement given the locals of the functions around it
/// (innermost last; class bodies are not among them, as in Python).
fn check_scope(stmt: &Stmt, enclosing: &[&HashSet<String>]) -> Result<(), (TextRange, String)> {
    let (b, nested) = match stmt {
        Stmt::FunctionDef(f) => function_bindings(Some(&f.parameters), &f.body),
        Stmt::ClassDef(c) => function_bindings(None, &c.body),
        _ => return Ok(()),
    };
    if let Some(e) = b.error {
        return Err(e);
    }
    for (name, range) in &b.nonlocal {
        if !enclosing.iter().any(|l| l.contains(name)) {
            return Err((*range, format!("no binding for nonlocal '{name}' found")));
        }
    }
    let mut inner: Vec<&HashSet<String>> = enclosing.to_vec();
    if !matches!(stmt, Stmt::ClassDef(_)) {
        inner.push(&b.local);
    }
    for s in nested {
        check_scope(s, &inner)?;
    }
    Ok(())
}

/// Whether a function body is a generator's: a `yield` or `yield from` in it, outside
/// the functions, lambdas and classes it defines (as CPython's compiler decides).
pub(crate) fn is_generator(body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ if !self.0 => visitor::walk_stmt(self, stmt),
                _ => {}
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ if !self.0 => visitor::walk_expr(self, expr),
                _ => {}
            }
        }
    }
    let mut f = Finder(false);
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}
