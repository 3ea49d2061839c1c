//! Python's builtins (`print`, `len`, `range`, `sorted`, ...), the functions of the
//! standard modules scripts use (`sys.exit`, `time.sleep`, ...) and the methods of
//! plain values (`str.format`, `list.append`, `dict.get`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use runnel_core::error::{Result, RunnelError};

use arrow_schema::{DataType, Fields};
use ruff_python_ast::{CmpOp, Operator};

use super::args::{Args, type_error};
use super::interp::Interpreter;
use super::ops::{binop, compare, iterate, py_eq, py_num, str_format};
use super::value::Value;

/// Python builtins the scripts may call.
pub(crate) fn builtin_name(name: &str) -> Option<Value> {
    match name {
        "print" | "len" | "str" | "int" | "float" | "bool" | "list" | "dict" | "tuple"
        | "range" | "sorted" | "min" | "max" | "sum" | "abs" | "round" | "repr" | "enumerate"
        | "zip" | "isinstance" | "type" | "Exception" | "ValueError" | "KeyboardInterrupt"
        | "RuntimeError" | "input" | "open" | "any" | "all" => {
            Some(Value::Builtin(format!("builtins.{name}")))
        }
        _ => None,
    }
}

/// Calls `f`: a Python function, a builtin, a method of a plain value; anything else
/// (PySpark's functions, classes and objects) through the bindings.
pub(crate) fn call(
    it: &Interpreter,
    f: Value,
    pos: Vec<Value>,
    kw: Vec<(String, Value)>,
) -> Result<Value> {
    match f {
        Value::Builtin(name) => {
            let args = Args::new(
                pos,
                kw,
                name.rsplit('.').next().unwrap_or(&name).to_string(),
            );
            if let Some(v) = call_builtin(it, &name, &args)? {
                args.check_keywords()?;
                return Ok(v);
            }
            let check = args.clone();
            let v = (it.bindings.call_builtin)(it, &name, args)?;
            check.check_keywords()?;
            Ok(v)
        }
        Value::Method(recv, name) => {
            let args = Args::new(pos, kw, name.clone());
            if let Some(v) = call_method(it, &recv, &name, &args)? {
                args.check_keywords()?;
                return Ok(v);
            }
            let check = args.clone();
            let v = (it.bindings.call_method)(it, *recv, &name, args)?;
            check.check_keywords()?;
            Ok(v)
        }
        Value::Function(func) => {
            let mut pos = pos;
            for (k, v) in kw {
                if let Some(i) = func.params.iter().position(|p| *p == k) {
                    while pos.len() <= i {
                        pos.push(Value::None);
                    }
                    pos[i] = v;
                }
            }
            it.call_function(&func, pos)
        }
        Value::Type(t) => Ok(Value::Type(t)),
        other => Err(RunnelError::execution_plain(format!(
            "TypeError: '{}' object is not callable",
            other.type_name()
        ))),
    }
}

fn print_value(it: &Interpreter, args: &Args) {
    let sep = args
        .keywords()
        .iter()
        .find(|(k, _)| k == "sep")
        .map(|(_, v)| v.to_py_str())
        .unwrap_or_else(|| " ".into());
    let end = args
        .keywords()
        .iter()
        .find(|(k, _)| k == "end")
        .map(|(_, v)| v.to_py_str())
        .unwrap_or_else(|| "\n".into());
    let text = args
        .pos
        .iter()
        .map(|v| match v {
            Value::Type(DataType::Struct(f)) => struct_repr(f),
            other => other.to_py_str(),
        })
        .collect::<Vec<_>>()
        .join(&sep);
    let to_stderr = args
        .keywords()
        .iter()
        .any(|(k, v)| k == "file" && matches!(v, Value::Builtin(b) if b == "sys.stderr"));
    if to_stderr {
        it.host.print_err(&it.session, &format!("{text}{end}"));
    } else {
        it.session.print(&format!("{text}{end}"));
    }
}

/// Python's builtins and the standard modules' functions a script may call (`len`,
/// `range`, `sys.exit`, `time.sleep`...); None for a name that is not one.
pub(crate) fn call_builtin(it: &Interpreter, name: &str, args: &Args) -> Result<Option<Value>> {
    let a0 = || args.req(0, "x").cloned();
    Ok(Some(match name {
        "builtins.print" => {
            print_value(it, args);
            Value::None
        }
        // sys.exit(n): SystemExit; `runnel submit` ends with status n (as Python: a
        // number is the status, 0..255; None is 0; anything else is printed, status 1).
        "sys.exit" => {
            let code = match args.get(0, "status") {
                None | Some(Value::None) => "0".to_string(),
                Some(Value::Int(n)) => n.rem_euclid(256).to_string(),
                Some(Value::Bool(b)) => (*b as i64).to_string(),
                Some(other) => {
                    it.host
                        .print_err(&it.session, &format!("{}\n", other.to_py_str()));
                    "1".to_string()
                }
            };
            return Err(RunnelError::execution_plain(code).with_exception("SystemExit"));
        }
        "builtins.len" => Value::Int(match a0()? {
            Value::Str(s) => s.chars().count() as i64,
            Value::Dict(d) => d.borrow().len() as i64,
            other => iterate(&other)?.len() as i64,
        }),
        "builtins.str" => Value::Str(args.get(0, "x").map(|v| v.to_py_str()).unwrap_or_default()),
        "builtins.repr" => Value::Str(a0()?.repr()),
        "builtins.int" => match a0()? {
            Value::Int(i) => Value::Int(i),
            Value::Float(f) => Value::Int(f.trunc() as i64),
            Value::Bool(b) => Value::Int(b as i64),
            Value::Str(s) => Value::Int(s.trim().parse().map_err(|_| {
                RunnelError::execution_plain(format!(
                    "ValueError: invalid literal for int(): {s:?}"
                ))
            })?),
            other => return Err(type_error("int", "x", "number", &other)),
        },
        "builtins.float" => match a0()? {
            Value::Str(s) => Value::Float(s.trim().parse().map_err(|_| {
                RunnelError::execution_plain(format!(
                    "ValueError: could not convert string to float: {s:?}"
                ))
            })?),
            v => Value::Float(py_num(&v).ok_or_else(|| type_error("float", "x", "number", &v))?),
        },
        "builtins.bool" => Value::Bool(args.get(0, "x").is_some_and(|v| v.truthy())),
        "builtins.list" => Value::list(match args.get(0, "x") {
            Some(v) => iterate(v)?,
            None => vec![],
        }),
        "builtins.tuple" => Value::Tuple(match args.get(0, "x") {
            Some(v) => iterate(v)?,
            None => vec![],
        }),
        "builtins.dict" => Value::Dict(Rc::new(RefCell::new(
            args.keywords()
                .iter()
                .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                .collect(),
        ))),
        "builtins.range" => {
            let (s, e) = if args.pos.len() >= 2 {
                (args.int(0, "start")?, args.int(1, "stop")?)
            } else {
                (0, args.int(0, "stop")?)
            };
            let step = if args.pos.len() >= 3 {
                args.int(2, "step")?
            } else {
                1
            };
            if step == 0 {
                return Err(RunnelError::execution_plain(
                    "ValueError: range() arg 3 must not be zero",
                ));
            }
            let mut v = Vec::new();
            let mut i = s;
            while (step > 0 && i < e) || (step < 0 && i > e) {
                v.push(Value::Int(i));
                i += step;
                if v.len() > 10_000_000 {
                    break;
                }
            }
            Value::list(v)
        }
        "builtins.enumerate" => Value::list(
            iterate(&a0()?)?
                .into_iter()
                .enumerate()
                .map(|(i, v)| Value::Tuple(vec![Value::Int(i as i64), v]))
                .collect(),
        ),
        "builtins.zip" => {
            let lists: Vec<Vec<Value>> = args.pos.iter().map(iterate).collect::<Result<_>>()?;
            let n = lists.iter().map(|l| l.len()).min().unwrap_or(0);
            Value::list(
                (0..n)
                    .map(|i| Value::Tuple(lists.iter().map(|l| l[i].clone()).collect()))
                    .collect(),
            )
        }
        "builtins.sorted" => {
            let mut v = iterate(&a0()?)?;
            v.sort_by(|a, b| match (a, b) {
                (Value::Str(x), Value::Str(y)) => x.cmp(y),
                _ => py_num(a)
                    .partial_cmp(&py_num(b))
                    .unwrap_or(std::cmp::Ordering::Equal),
            });
            if args.bool_or(99, "reverse", false) {
                v.reverse();
            }
            Value::list(v)
        }
        "builtins.min" | "builtins.max" | "builtins.sum" => {
            let items = if args.pos.len() == 1 {
                iterate(&args.pos[0])?
            } else {
                args.pos.clone()
            };
            if name == "builtins.sum" {
                let mut acc = Value::Int(0);
                for x in items {
                    acc = binop(it.bindings, acc, Operator::Add, x)?;
                }
                acc
            } else {
                let want_max = name == "builtins.max";
                let mut best: Option<Value> = None;
                for x in items {
                    best = Some(match best {
                        None => x,
                        Some(b) => {
                            let gt = compare(it.bindings, &x, CmpOp::Gt, &b)?.truthy();
                            if gt == want_max { x } else { b }
                        }
                    });
                }
                best.ok_or_else(|| {
                    RunnelError::execution_plain("ValueError: arg is an empty sequence")
                })?
            }
        }
        "builtins.abs" => match a0()? {
            Value::Int(i) => Value::Int(i.abs()),
            Value::Float(f) => Value::Float(f.abs()),
            other => return Err(type_error("abs", "x", "number", &other)),
        },
        "builtins.round" => {
            let n = if args.pos.len() > 1 {
                args.int(1, "ndigits")?
            } else {
                0
            };
            match a0()? {
                Value::Int(i) => Value::Int(i),
                Value::Float(f) => {
                    let p = 10f64.powi(n as i32);
                    let r = (f * p).round_ties_even() / p;
                    if args.pos.len() > 1 {
                        Value::Float(r)
                    } else {
                        Value::Int(r as i64)
                    }
                }
                other => return Err(type_error("round", "x", "number", &other)),
            }
        }
        "builtins.any" => Value::Bool(iterate(&a0()?)?.iter().any(|v| v.truthy())),
        "builtins.all" => Value::Bool(iterate(&a0()?)?.iter().all(|v| v.truthy())),
        "builtins.isinstance" => Value::Bool(false),
        "builtins.type" => Value::Str(a0()?.type_name().to_string()),
        "builtins.Exception" | "builtins.ValueError" | "builtins.RuntimeError" => Value::Str(
            args.get(0, "msg")
                .map(|v| v.to_py_str())
                .unwrap_or_default(),
        ),
        "builtins.input" | "builtins.open" => {
            return Err(RunnelError::not_supported(format!(
                "{}() in a script",
                &name[9..]
            )));
        }
        "time.sleep" => {
            let secs = py_num(&a0()?).unwrap_or(0.0);
            it.host.sleep(&it.session, (secs * 1000.0) as i64)?;
            Value::None
        }
        "time.time" => Value::Float((it.session.clock())() as f64 / 1000.0),
        "os.makedirs" | "logging.basicConfig" => Value::None,
        "os.path" => Value::Module("os.path".into()),
        _ => return Ok(None),
    }))
}

/// Methods of Python's own values (`str.upper`, `list.append`, `dict.get`,
/// `sys.stderr.write`...); None when `recv` is not one.
pub(crate) fn call_method(
    it: &Interpreter,
    recv: &Value,
    name: &str,
    args: &Args,
) -> Result<Option<Value>> {
    let recv = recv.clone();
    let r: Result<Value> = match recv {
        Value::Builtin(b) if b == "sys.stderr" || b == "sys.stdout" => match name {
            "write" => {
                let text = args.str(0, "s")?;
                if b == "sys.stderr" {
                    it.host.print_err(&it.session, &text);
                } else {
                    it.session.print(&text);
                }
                Ok(Value::Int(text.chars().count() as i64))
            }
            "flush" => Ok(Value::None),
            _ => Err(RunnelError::not_supported(format!("{b}.{name}"))),
        },
        Value::Str(s) => Ok(match name {
            "upper" => Value::Str(s.to_uppercase()),
            "lower" => Value::Str(s.to_lowercase()),
            "strip" => Value::Str(s.trim().to_string()),
            "format" => Value::Str(str_format(&s, args)),
            "join" => Value::Str(
                iterate(args.req(0, "iterable")?)?
                    .iter()
                    .map(|v| v.to_py_str())
                    .collect::<Vec<_>>()
                    .join(&s),
            ),
            "split" => Value::list(match args.opt_str(0, "sep")? {
                Some(sep) => s
                    .split(sep.as_str())
                    .map(|x| Value::Str(x.into()))
                    .collect(),
                None => s.split_whitespace().map(|x| Value::Str(x.into())).collect(),
            }),
            "replace" => Value::Str(s.replace(&args.str(0, "old")?, &args.str(1, "new")?)),
            "startswith" => Value::Bool(s.starts_with(&args.str(0, "prefix")?)),
            "endswith" => Value::Bool(s.ends_with(&args.str(0, "suffix")?)),
            _ => return Err(RunnelError::not_supported(format!("str.{name}"))),
        }),
        Value::List(l) => Ok(match name {
            "append" => {
                l.borrow_mut().push(args.req(0, "x")?.clone());
                Value::None
            }
            "extend" => {
                let more = iterate(args.req(0, "x")?)?;
                l.borrow_mut().extend(more);
                Value::None
            }
            _ => return Err(RunnelError::not_supported(format!("list.{name}"))),
        }),
        Value::Dict(d) => Ok(match name {
            "get" => {
                let k = args.req(0, "key")?;
                d.borrow()
                    .iter()
                    .find(|(x, _)| py_eq(x, k))
                    .map(|(_, v)| v.clone())
                    .or_else(|| args.get(1, "default").cloned())
                    .unwrap_or(Value::None)
            }
            "items" => Value::list(
                d.borrow()
                    .iter()
                    .map(|(k, v)| Value::Tuple(vec![k.clone(), v.clone()]))
                    .collect(),
            ),
            "keys" => Value::list(d.borrow().iter().map(|(k, _)| k.clone()).collect()),
            "values" => Value::list(d.borrow().iter().map(|(_, v)| v.clone()).collect()),
            _ => return Err(RunnelError::not_supported(format!("dict.{name}"))),
        }),
        _ => return Ok(None),
    };
    r.map(Some)
}

/// `StructType([...])` as Python prints it.
fn struct_repr(f: &Fields) -> String {
    format!(
        "StructType([{}])",
        f.iter()
            .map(|x| format!(
                "StructField('{}', {}(), {})",
                x.name(),
                super::value::type_class_name(x.data_type()),
                if x.is_nullable() { "True" } else { "False" }
            ))
            .collect::<Vec<_>>()
            .join(", ")
    )
}
