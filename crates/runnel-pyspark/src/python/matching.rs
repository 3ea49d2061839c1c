//! `match` statements (PEP 634), as CPython runs them: the first case whose pattern
//! matches the subject and whose guard is true runs. Patterns: literals and dotted
//! values (`==`), `None`/`True`/`False` (identity), captures and `_`, `as`, `|`,
//! sequences with one `*rest` (lists and tuples, not strings), mappings with `**rest`
//! (keys looked up, the others ignored), and class patterns (`isinstance`, then keyword
//! attributes, positional ones by `__match_args__`; `str(x)`, `int(x)`... match the subject
//! itself). Names are bound as the pattern matches (a failed case may leave some bound,
//! as CPython may).

use ruff_python_ast::{self as ast, Pattern};
use runnel_core::error::{Result, RunnelError};

use super::interp::{Flow, Interpreter, Locals};
use super::value::Value;

/// The built-in classes whose one positional pattern matches the subject itself.
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

fn type_error(message: String) -> RunnelError {
    RunnelError::execution_plain(format!("TypeError: {message}")).with_exception("TypeError")
}

impl Interpreter {
    /// `match subject: case ...`.
    pub(crate) fn exec_match(&self, m: &ast::StmtMatch, locals: &Locals) -> Result<Flow> {
        let subject = self.eval(&m.subject, locals)?;
        for case in &m.cases {
            if !self.matches(&case.pattern, &subject, locals)? {
                continue;
            }
            if let Some(g) = &case.guard
                && !self.truth(&self.eval(g, locals)?)?
            {
                continue;
            }
            return self.exec_block(&case.body, locals);
        }
        Ok(Flow::Normal)
    }

    fn matches(&self, p: &Pattern, v: &Value, locals: &Locals) -> Result<bool> {
        match p {
            Pattern::MatchValue(m) => {
                let want = self.eval(&m.value, locals)?;
                Ok(super::ops::py_eq(v, &want))
            }
            Pattern::MatchSingleton(s) => Ok(match s.value {
                ast::Singleton::None => matches!(v, Value::None),
                ast::Singleton::True => matches!(v, Value::Bool(true)),
                ast::Singleton::False => matches!(v, Value::Bool(false)),
            }),
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern
                    && !self.matches(p, v, locals)?
                {
                    return Ok(false);
                }
                if let Some(n) = &a.name {
                    self.set(locals, n.as_str(), v.clone());
                }
                Ok(true)
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    if self.matches(p, v, locals)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Pattern::MatchSequence(s) => {
                let items = match v {
                    Value::List(l) => l.borrow().clone(),
                    Value::Tuple(t) => t.clone(),
                    Value::Row(r) => r.iter().map(|(_, x)| x.clone()).collect(),
                    Value::Instance(o) if super::builtins::is_namedtuple(o) => {
                        super::builtins::iterate_object(self, v.clone())?
                    }
                    _ => return Ok(false),
                };
                self.match_sequence(&s.patterns, &items, locals)
            }
            Pattern::MatchMapping(m) => {
                let Value::Dict(d) = v else {
                    return Ok(false);
                };
                let entries = d.borrow().to_vec();
                let mut used = Vec::new();
                for (k, p) in m.keys.iter().zip(m.patterns.iter()) {
                    let key = self.eval(k, locals)?;
                    let Some(i) = entries.iter().position(|(e, _)| super::ops::py_eq(e, &key))
                    else {
                        return Ok(false);
                    };
                    if !self.matches(p, &entries[i].1, locals)? {
                        return Ok(false);
                    }
                    used.push(i);
                }
                if let Some(rest) = &m.rest {
                    let left = entries
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !used.contains(i))
                        .map(|(_, e)| e.clone())
                        .collect();
                    self.set(locals, rest.as_str(), Value::dict(left));
                }
                Ok(true)
            }
            Pattern::MatchClass(c) => self.match_class(c, v, locals),
            Pattern::MatchStar(_) => Err(RunnelError::parse(
                "SyntaxError: can't use starred pattern here",
            )
            .with_exception("SyntaxError")),
        }
    }

    fn match_sequence(
        &self,
        patterns: &[Pattern],
        items: &[Value],
        locals: &Locals,
    ) -> Result<bool> {
        let star = patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        let Some(star) = star else {
            if items.len() != patterns.len() {
                return Ok(false);
            }
            for (p, x) in patterns.iter().zip(items) {
                if !self.matches(p, x, locals)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        };
        let after = patterns.len() - star - 1;
        if items.len() < star + after {
            return Ok(false);
        }
        for (p, x) in patterns[..star].iter().zip(items) {
            if !self.matches(p, x, locals)? {
                return Ok(false);
            }
        }
        let tail = items.len() - after;
        for (p, x) in patterns[star + 1..].iter().zip(&items[tail..]) {
            if !self.matches(p, x, locals)? {
                return Ok(false);
            }
        }
        if let Pattern::MatchStar(s) = &patterns[star]
            && let Some(n) = &s.name
        {
            self.set(locals, n.as_str(), Value::list(items[star..tail].to_vec()));
        }
        Ok(true)
    }

    fn match_class(&self, c: &ast::PatternMatchClass, v: &Value, locals: &Locals) -> Result<bool> {
        let cls = self.eval(&c.cls, locals)?;
        if !matches!(cls, Value::Class(_) | Value::Builtin(_)) {
            return Err(type_error("called match pattern must be a class".into()));
        }
        if !super::builtins::is_instance(v, &cls) {
            return Ok(false);
        }
        let positional = &c.arguments.patterns;
        if !positional.is_empty() {
            let names = match &cls {
                Value::Builtin(b) if SELF_MATCHING.contains(&super::builtins::short_name(b)) => {
                    if positional.len() > 1 {
                        return Err(type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({} given)",
                            super::builtins::short_name(b),
                            positional.len()
                        )));
                    }
                    return self.matches(&positional[0], v, locals);
                }
                Value::Class(k) => match k.lookup("__match_args__").map(|(_, m)| m) {
                    Some(Value::Tuple(t)) => t.iter().map(|n| n.to_py_str()).collect(),
                    Some(Value::List(l)) => l.borrow().iter().map(|n| n.to_py_str()).collect(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            if positional.len() > names.len() {
                let name = match &cls {
                    Value::Class(k) => k.name.clone(),
                    Value::Builtin(b) => super::builtins::short_name(b).to_string(),
                    _ => String::new(),
                };
                return Err(type_error(format!(
                    "{name}() accepts {} positional sub-pattern{} ({} given)",
                    names.len(),
                    if names.len() == 1 { "" } else { "s" },
                    positional.len()
                )));
            }
            for (p, n) in positional.iter().zip(&names) {
                if !self.match_attribute(v, n, p, locals)? {
                    return Ok(false);
                }
            }
        }
        for k in &c.arguments.keywords {
            if !self.match_attribute(v, k.attr.as_str(), &k.pattern, locals)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether `v` has attribute `name` and its value matches `p`.
    fn match_attribute(&self, v: &Value, name: &str, p: &Pattern, locals: &Locals) -> Result<bool> {
        match super::builtins::get_attr(self, v.clone(), name) {
            Ok(a) => self.matches(p, &a, locals),
            Err(e) if super::builtins::py_exception_name(&e) == "AttributeError" => Ok(false),
            Err(e) => Err(e),
        }
    }
}
