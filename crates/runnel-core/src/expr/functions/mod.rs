//! Spark's built-in functions, one registry: each function is described once — its
//! names, which arguments are values rather than column names, its PySpark
//! parameters, the column name Spark prints for a call, how a call is bound (argument
//! types, result type) and how it is evaluated. The families live in one file each
//! (`string.rs`, `datetime.rs`, `math.rs`, …). Front ends (the PySpark runner, the npm
//! package's `functions` object, the README's function table) read [`catalog`].
//!
//! Adding a function: one `r.scalar(...)` entry in its family's `register`, plus a
//! test. Nothing else names it.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use arrow_array::ArrayRef;
use arrow_schema::DataType;

use super::Expr;
use super::coerce::coerce_to;
use super::phys::PhysExpr;
pub use super::phys::{Kernel, KernelFn, Nulls, Props};
use crate::error::{Result, RunnelError};
use crate::scalar::ScalarValue;
use crate::types;

mod aggregate;
mod array;
mod bitmap;
mod collation;
mod collection;
mod column;
mod conditional;
mod crypto;
mod csv;
pub(crate) mod datetime;
pub(crate) mod hash;
pub use hash::hash_partitions;
pub use hash::unhex_str;
pub mod hll;
mod hll_data;
mod interval;
mod java_format;
mod json;
mod lambda;
mod map;
mod math;
mod misc;
mod number_format;
pub(crate) mod random;
mod sentences;
mod session;
pub mod sketch;
mod string;
mod url;
mod vector;
mod window;
mod xml;

pub use aggregate::{AggCall, AggFunc, BitOp, PairStat, check_arity as check_aggregate_arity};
pub(crate) use datetime::batch_timestamp;
pub use datetime::{set_batch_timestamp, swap_batch_timestamp};
pub(crate) use hash::xxhash64_at;
pub use hash::{digest_of, hex};
pub use lambda::{BindBody, bind_higher_order, var_field};
pub(crate) use map::lookup as map_lookup;
pub use map::set_map_key_last_win;
pub use math::round_double;
pub use session::{SPARK_VERSION, set_os_user};
pub use string::{MAX_TEXT_BYTES, check_text_size, group_thousands, substring};
pub(crate) use string::{concat_kernel, like_per_row};

/// What kind of function a name is.
#[derive(Clone, Copy)]
pub enum Kind {
    /// A row-by-row function, bound by the given function.
    Scalar(BindFn),
    /// An aggregate (bound by [`AggCall::bind`] inside an aggregation).
    Aggregate,
    /// A generator: one row in, many out (`explode`), only in `select`.
    Generator,
    /// `window` / `session_window`: the planner turns them into window assignment.
    Window,
    /// A function only a window runs (`row_number() OVER (...)`, `lag`).
    WindowFunction,
    /// Written as an operator by the binder (`negative`, `positive`); named here for
    /// the column name and the front ends.
    Operator,
    /// Known to Spark, not to Runnel yet: the reason, said when a query uses it.
    Unsupported(&'static str),
    /// One of `pyspark.sql.functions`' own helpers that build a column or a plan
    /// (`col`, `lit`, `when`, `asc`, `udf`, …): each front end makes it itself; SQL has
    /// no such function.
    Helper,
}

impl Kind {
    /// The kind's name in listings (`runnel functions --json`, the npm package's
    /// catalog); None for a function Runnel refuses.
    pub fn label(&self) -> Option<&'static str> {
        Some(match self {
            Kind::Scalar(_) => "scalar",
            Kind::Aggregate => "aggregate",
            Kind::Generator => "generator",
            Kind::Window => "window",
            Kind::WindowFunction => "window function",
            Kind::Operator => "operator",
            Kind::Helper => "helper",
            Kind::Unsupported(_) => return None,
        })
    }
}

/// Binds one call: coerces the arguments and returns the bound expression.
pub type BindFn = fn(&mut Call) -> Result<PhysExpr>;

/// Prints the column name Spark gives a call.
pub type NameFn = fn(&NameCall) -> String;

/// One function of Spark's.
pub struct FunctionDef {
    /// Spark's name.
    pub name: &'static str,
    /// The family (the file it is defined in): `string`, `math`, ….
    pub family: &'static str,
    /// Other names of the same function that PySpark also has (`ucase` for `upper`).
    pub aliases: &'static [&'static str],
    /// Other names only SQL knows (`len` for `length`).
    pub sql_aliases: &'static [&'static str],
    /// What it is.
    pub kind: Kind,
    /// Argument positions a front end passes as values: there a string is a literal
    /// (`'yyyy-MM-dd'`), not a column name.
    pub literals: &'static [usize],
    /// PySpark's parameters (`"col, pattern, replacement"`; `*cols` for the rest,
    /// `name=` for an optional one), or "" when `pyspark.sql.functions` has no such
    /// function (SQL only).
    pub py: &'static str,
    /// The column name rule when it is not `name(arg, ...)`.
    pub sql_name: Option<NameFn>,
    /// PySpark has it, without parameters (`current_date()`).
    pub py_no_args: bool,
    /// Whether Spark reports its result nullable whatever its arguments (checked against
    /// PySpark 4.3 by tests/scripts/function_schemas.py).
    pub nullable: Forced,
}

/// When Spark reports a function's result nullable whatever its arguments' nullability.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forced {
    /// As its binder says (NULL in, NULL out, or its own rule).
    No,
    /// Always: Spark runs it as a `StaticInvoke` of a Java method (`encode`,
    /// `url_encode`, `is_valid_utf8`, `aes_encrypt`, `hmac`...), it may overflow or fail
    /// into NULL (`pmod`, `round`, `floor`/`ceil`: Spark's `RoundBase`/`DivModLike`), or
    /// its replacement has a NULL branch (`right`: `If(IsNull(str), NULL, ...)`).
    Always,
    /// Over a BINARY argument (a `StaticInvoke` there; over strings an expression whose
    /// result is NULL only for a NULL argument).
    OverBinary,
}

impl FunctionDef {
    /// Every name this function answers to.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        std::iter::once(self.name)
            .chain(self.aliases.iter().copied())
            .chain(self.sql_aliases.iter().copied())
    }

    /// The names `pyspark.sql.functions` has for this function.
    pub fn py_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        let own = (!self.py.is_empty() || self.py_no_args).then_some(self.name);
        own.into_iter().chain(self.aliases.iter().copied())
    }

    /// PySpark's parameters by name, in order: (name, optional, rest of positionals).
    pub fn py_params(&self) -> Vec<(&'static str, bool, bool)> {
        self.py
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| match p.strip_prefix('*') {
                Some(rest) => (rest, true, true),
                None => match p.strip_suffix('=') {
                    Some(n) => (n, true, false),
                    None => (p, false, false),
                },
            })
            .collect()
    }
}

/// The functions by name, built once.
pub struct Registry {
    defs: Vec<FunctionDef>,
    by_name: HashMap<&'static str, usize>,
}

/// Adds definitions; the family files call this.
pub(crate) struct Builder {
    defs: Vec<FunctionDef>,
    family: &'static str,
}

impl Builder {
    fn add(&mut self, name: &'static str, kind: Kind) -> &mut FunctionDef {
        self.defs.push(FunctionDef {
            name,
            family: self.family,
            aliases: &[],
            sql_aliases: &[],
            py_no_args: false,
            kind,
            literals: &[],
            py: "",
            sql_name: None,
            nullable: Forced::No,
        });
        self.defs.last_mut().expect("just pushed")
    }

    /// A scalar function.
    pub fn scalar(&mut self, name: &'static str, bind: BindFn) -> &mut FunctionDef {
        self.add(name, Kind::Scalar(bind))
    }

    /// An aggregate function.
    pub fn aggregate(&mut self, name: &'static str) -> &mut FunctionDef {
        self.add(name, Kind::Aggregate)
    }

    /// A generator.
    pub fn generator(&mut self, name: &'static str) -> &mut FunctionDef {
        self.add(name, Kind::Generator)
    }

    /// A window function for grouping.
    pub fn window(&mut self, name: &'static str) -> &mut FunctionDef {
        self.add(name, Kind::Window)
    }

    /// A function only a window runs.
    pub fn window_function(&mut self, name: &'static str) -> &mut FunctionDef {
        self.add(name, Kind::WindowFunction)
    }

    /// A function of Spark's that Runnel refuses, with the reason.
    pub fn unsupported(&mut self, name: &'static str, why: &'static str) -> &mut FunctionDef {
        self.add(name, Kind::Unsupported(why))
    }

    /// One of PySpark's column helpers, which a front end makes itself.
    pub fn helper(&mut self, name: &'static str) -> &mut FunctionDef {
        self.add(name, Kind::Helper)
    }

    /// A name the binder writes as an operator.
    pub fn operator(&mut self, name: &'static str) -> &mut FunctionDef {
        self.add(name, Kind::Operator)
    }
}

impl FunctionDef {
    /// Other names.
    pub fn alias(&mut self, names: &'static [&'static str]) -> &mut Self {
        self.aliases = names;
        self
    }
    /// Other names only SQL knows.
    pub fn sql_alias(&mut self, names: &'static [&'static str]) -> &mut Self {
        self.sql_aliases = names;
        self
    }
    /// Spark reports its result nullable whatever its arguments ([`Forced::Always`]).
    pub fn always_nullable(&mut self) -> &mut Self {
        self.nullable = Forced::Always;
        self
    }
    /// Spark reports its result nullable over a BINARY argument ([`Forced::OverBinary`]).
    pub fn nullable_over_binary(&mut self) -> &mut Self {
        self.nullable = Forced::OverBinary;
        self
    }
    /// PySpark has it, without parameters.
    pub fn py_none(&mut self) -> &mut Self {
        self.py_no_args = true;
        self
    }
    /// Argument positions that are values.
    pub fn literals(&mut self, at: &'static [usize]) -> &mut Self {
        self.literals = at;
        self
    }
    /// PySpark's parameters.
    pub fn py(&mut self, params: &'static str) -> &mut Self {
        self.py = params;
        self
    }
    /// The column-name rule.
    pub fn named(&mut self, f: NameFn) -> &mut Self {
        self.sql_name = Some(f);
        self
    }
}

/// The registry.
pub fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(|| {
        let mut b = Builder {
            defs: Vec::new(),
            family: "",
        };
        type Register = fn(&mut Builder);
        let families: [(&'static str, Register); 23] = [
            ("column", column::register),
            ("string", string::register),
            ("math", math::register),
            ("datetime", datetime::register),
            ("conditional", conditional::register),
            ("collection", collection::register),
            ("array", array::register),
            ("map", map::register),
            ("json", json::register),
            ("csv", csv::register),
            ("hash", hash::register),
            ("crypto", crypto::register),
            ("aggregate", aggregate::register),
            ("window", window::register),
            ("lambda", lambda::register),
            ("url", url::register),
            ("xml", xml::register),
            ("vector", vector::register),
            ("bitmap", bitmap::register),
            ("interval", interval::register),
            ("collation", collation::register),
            ("session", session::register),
            ("random", random::register),
        ];
        for (family, register) in families {
            b.family = family;
            register(&mut b);
        }
        let mut by_name = HashMap::new();
        for (i, d) in b.defs.iter().enumerate() {
            for n in d.names() {
                let old = by_name.insert(n, i);
                debug_assert!(old.is_none(), "function {n} registered twice");
            }
        }
        Registry {
            defs: b.defs,
            by_name,
        }
    })
}

impl Registry {
    /// The function called `name` (Spark's names are case-insensitive; callers pass
    /// them lower case).
    pub fn get(&self, name: &str) -> Option<&FunctionDef> {
        self.by_name.get(name).map(|&i| &self.defs[i])
    }

    /// Every function, in registration order (by family).
    pub fn all(&self) -> &[FunctionDef] {
        &self.defs
    }
}

/// Every function, for front ends and the README's table.
pub fn catalog() -> &'static [FunctionDef] {
    registry().all()
}

/// The README's function table (Markdown), generated from the registry.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| family | function | other names | kind | PySpark parameters |\n|---|---|---|---|---|\n",
    );
    // `__`-named functions are the engine's own (what a DataFrame method plans into).
    for d in catalog().iter().filter(|d| !d.name.starts_with("__")) {
        let kind = match d.kind {
            Kind::Scalar(_) => "scalar".to_string(),
            Kind::Aggregate => "aggregate".into(),
            Kind::Generator => "generator".into(),
            Kind::Window => "window (groupBy)".into(),
            Kind::WindowFunction => "window function (OVER)".into(),
            Kind::Operator => "operator".into(),
            Kind::Helper => "column helper (front end)".into(),
            Kind::Unsupported(why) => format!("refused: {why}"),
        };
        let mut other: Vec<String> = d.aliases.iter().map(|a| format!("`{a}`")).collect();
        other.extend(d.sql_aliases.iter().map(|a| format!("`{a}` (SQL)")));
        let py = if d.py.is_empty() && !d.py_no_args {
            "(SQL only)".to_string()
        } else {
            format!("`{}`", d.py)
        };
        out.push_str(&format!(
            "| {} | `{}` | {} | {kind} | {py} |\n",
            d.family,
            d.name,
            other.join(", ")
        ));
    }
    out
}

/// Aggregate function names.
pub fn is_aggregate(name: &str) -> bool {
    matches!(registry().get(name).map(|d| d.kind), Some(Kind::Aggregate))
}

/// Generator names (one row in, many out).
pub fn is_generator(name: &str) -> bool {
    matches!(registry().get(name).map(|d| d.kind), Some(Kind::Generator))
}

/// What a column-name rule sees of a call.
pub struct NameCall<'a> {
    /// The name as called (an alias prints as itself unless the rule says otherwise).
    pub called: &'a str,
    /// The arguments' SQL.
    pub args: Vec<String>,
    /// The arguments as written.
    pub raw: &'a [Expr],
    /// `DISTINCT`.
    pub distinct: bool,
    /// The input schema the names are computed over.
    pub schema: Option<&'a arrow_schema::Schema>,
}

impl NameCall<'_> {
    /// Argument `i`'s type where the name alone tells it: a column of the input, a
    /// cast, or a literal.
    pub fn arg_type(&self, i: usize) -> Option<DataType> {
        match self.raw.get(i)? {
            Expr::Cast { to, .. } => Some(to.clone()),
            Expr::Literal(v) => Some(v.data_type()),
            Expr::Column(name) => self.schema.and_then(|s| {
                s.fields()
                    .iter()
                    .find(|f| f.name().eq_ignore_ascii_case(name))
                    .map(|f| f.data_type().clone())
            }),
            _ => None,
        }
    }
    /// `a, b, c`.
    pub fn all(&self) -> String {
        self.args.join(", ")
    }
    /// The first argument's SQL.
    pub fn first(&self) -> &str {
        self.args.first().map(String::as_str).unwrap_or("")
    }
    /// `DISTINCT ` or "".
    pub fn d(&self) -> &'static str {
        if self.distinct { "DISTINCT " } else { "" }
    }
    /// `NAME(args)` in upper case (expressions whose SQL Spark prints upper case).
    pub fn upper(&self) -> String {
        format!("{}({})", self.called.to_ascii_uppercase(), self.all())
    }
    /// `name(args, default)`: a default Spark writes into the name.
    pub fn with_default(&self, n: usize, default: &str) -> String {
        if self.args.len() == n {
            format!("{}({}, {default})", self.called, self.all())
        } else {
            self.plain()
        }
    }
    /// `name(DISTINCT? args)`.
    pub fn plain(&self) -> String {
        format!("{}({}{})", self.called, self.d(), self.all())
    }
}

/// Functions a front end defines while it runs (the PySpark runner's Python UDFs),
/// which the registry cannot hold: `bind` binds a call of a name the registry does not
/// have (None: not one of them either), `display` gives the name such a call prints.
pub struct UserFunctions {
    /// Binds `name(args)` (the call's SQL for messages), or None.
    pub bind: fn(&str, Vec<PhysExpr>, &str) -> Option<Result<PhysExpr>>,
    /// The name a call of `name` prints, or None.
    pub display: fn(&str) -> Option<String>,
}

static USER_FUNCTIONS: std::sync::OnceLock<UserFunctions> = std::sync::OnceLock::new();

/// Sets the front end's [`UserFunctions`] (once per process; later calls are ignored).
pub fn set_user_functions(f: UserFunctions) {
    let _ = USER_FUNCTIONS.set(f);
}

/// The column name Spark gives a call (`count(1)`, `regexp_replace(a, b, c, 1)`): its
/// pretty SQL, with the defaults Spark fills in and the spelling its expression prints.
pub fn display_name(
    name: &str,
    args: &[Expr],
    distinct: bool,
    schema: Option<&arrow_schema::Schema>,
) -> String {
    let shown = USER_FUNCTIONS.get().and_then(|u| (u.display)(name));
    let call = NameCall {
        called: shown.as_deref().unwrap_or(name),
        args: args.iter().map(|e| e.sql_in(schema)).collect(),
        raw: args,
        distinct,
        schema,
    };
    match registry().get(name).and_then(|d| d.sql_name) {
        Some(f) => f(&call),
        None => call.plain(),
    }
}

/// Names `pyspark.sql.functions` calls by that are not Spark SQL's functions (absent
/// from Spark 4.3's `SHOW FUNCTIONS`, and `spark.sql`/`expr` refuse them with
/// UNRESOLVED_ROUTINE): PySpark builds these expressions itself (`F.bitwise_not` is SQL's
/// `~`, `F.create_map` its `map`, `F.timestamp_diff` its `timestampdiff(UNIT, ...)`).
const NOT_SQL_NAMES: &[&str] = &[
    "bitwise_not",
    "count_distinct",
    "countdistinct",
    "create_map",
    "integer",
    "listagg_distinct",
    "negate",
    "product",
    "string_agg_distinct",
    "sum_distinct",
    "timestamp_add",
    "timestamp_diff",
];

/// Spark's UNRESOLVED_ROUTINE for a call in SQL text of a name only PySpark's
/// functions module has (`bitwise_not(x)` in `spark.sql`/`expr`), or None.
pub fn refuse_in_sql(name: &str) -> Option<RunnelError> {
    NOT_SQL_NAMES
        .contains(&name)
        .then(|| unresolved_routine(name))
}

fn unresolved_routine(name: &str) -> RunnelError {
    RunnelError::analysis(
        "UNRESOLVED_ROUTINE",
        format!(
            "Cannot resolve routine `{name}` on search path [`system`.`builtin`, `system`.`session`]. Runnel does not know this function: check its name, or see the README for the functions supported."
        ),
    )
}

/// Binds a call of a scalar function by Spark's name.
pub fn bind_function(name: &str, args: Vec<PhysExpr>, raw: &[Expr], sql: &str) -> Result<PhysExpr> {
    if crate::expr::is_subquery_placeholder(name) {
        return Err(RunnelError::not_supported(
            "a subquery in a DataFrame expression; write the query with spark.sql(...), whose WHERE plans IN/EXISTS subqueries as joins, or join the DataFrames",
        ));
    }
    let unresolved = || unresolved_routine(name);
    match registry().get(name).map(|d| d.kind) {
        Some(Kind::Scalar(bind)) => {
            let binary_args = args.iter().any(|a| a.data_type() == DataType::Binary);
            let mut bound = bind(&mut Call {
                name,
                args,
                raw,
                sql,
                props: Props::default(),
            })?;
            let forced = registry().get(name).map_or(Forced::No, |d| d.nullable);
            if (forced == Forced::Always || (binary_args && forced == Forced::OverBinary))
                && let PhysExpr::Scalar { func, .. } = &mut bound
            {
                func.props.nulls = Nulls::Always;
            }
            Ok(bound)
        }
        Some(Kind::Unsupported(why)) => Err(RunnelError::not_supported(why)),
        Some(Kind::WindowFunction) => Err(RunnelError::analysis(
            "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE",
            format!(
                "Window function \"{sql}\" requires an OVER clause. Call it over a window: {name}(...).over(Window.partitionBy(...).orderBy(...)), or in SQL {sql} OVER (PARTITION BY ... ORDER BY ...)."
            ),
        )),
        None | Some(Kind::Helper) => {
            match USER_FUNCTIONS.get().and_then(|u| (u.bind)(name, args, sql)) {
                Some(r) => r,
                None => Err(unresolved()),
            }
        }
        _ => Err(unresolved()),
    }
}

/// One call being bound.
pub struct Call<'a> {
    /// The name as called.
    pub name: &'a str,
    /// The bound arguments.
    pub args: Vec<PhysExpr>,
    /// The arguments as written (literal values are read from here).
    pub raw: &'a [Expr],
    /// The call's SQL, for messages.
    pub sql: &'a str,
    /// Properties of the kernel about to be made.
    pub props: Props,
}

impl Call<'_> {
    /// Checks the number of arguments, with Spark's `WRONG_NUM_ARGS` wording.
    pub fn arity(&self, min: usize, max: usize) -> Result<()> {
        arity(self.name, self.args.len(), min, max)
    }

    /// The type of argument `i`.
    pub fn ty(&self, i: usize) -> DataType {
        // A missing argument reads as NULL's type, so that the function's own check
        // answers (a type mismatch or WRONG_NUM_ARGS), never an index panic.
        self.args.get(i).map_or(DataType::Null, |a| a.data_type())
    }

    /// Coerces argument `i` to `ty` (Spark's implicit casts; a mismatch is an error).
    pub fn coerce(&mut self, i: usize, ty: &DataType) -> Result<()> {
        let a = std::mem::replace(
            &mut self.args[i],
            PhysExpr::Literal(ScalarValue::Null(DataType::Null)),
        );
        self.args[i] = coerce_to(a, ty, self.sql)?;
        Ok(())
    }

    /// Argument `i` as an INT where Spark's input type is IntegerType under ANSI implicit
    /// casts: only TINYINT/SMALLINT widen to it; BIGINT, decimals, doubles and strings are
    /// DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE (element_at's index, array_repeat's count).
    pub fn int_arg(&mut self, i: usize) -> Result<()> {
        let t = self.args[i].data_type();
        if !matches!(
            t,
            DataType::Int8 | DataType::Int16 | DataType::Int32 | DataType::Null
        ) {
            return Err(super::coerce::type_mismatch(self.sql, "\"INT\"", &t));
        }
        self.coerce(i, &DataType::Int32)
    }

    /// Coerces every argument to `ty`.
    pub fn coerce_all(&mut self, ty: &DataType) -> Result<()> {
        for i in 0..self.args.len() {
            self.coerce(i, ty)?;
        }
        Ok(())
    }

    /// Argument `i` as a string.
    pub fn string_arg(&mut self, i: usize) -> Result<()> {
        self.coerce(i, &DataType::Utf8)
    }

    /// Argument `i` as a timestamp.
    pub fn ts_arg(&mut self, i: usize) -> Result<()> {
        self.coerce(i, &types::timestamp_type())
    }

    /// Argument `i`, which must be a string literal.
    pub fn str_lit(&self, i: usize) -> Result<String> {
        match self.raw.get(i) {
            Some(Expr::Literal(ScalarValue::Utf8(s))) => Ok(s.clone()),
            _ => Err(RunnelError::not_supported(format!(
                "argument {} of {}() must be a string literal",
                i + 1,
                self.name
            ))),
        }
    }

    /// Argument `i` as a string where Spark wants a foldable one: a literal, or a
    /// constant expression without columns (`schema_of_csv('1,2')`), evaluated now.
    pub fn foldable_str(&self, i: usize) -> Option<String> {
        use arrow_array::Array;
        use arrow_array::cast::AsArray;
        if let Some(Expr::Literal(ScalarValue::Utf8(s))) = self.raw.get(i) {
            return Some(s.clone());
        }
        let a = self.args.get(i)?;
        let mut reads_column = false;
        a.for_each_column(&mut |_| reads_column = true);
        if reads_column || !a.is_deterministic() || a.data_type() != DataType::Utf8 {
            return None;
        }
        let v = a.eval_constant().ok()?;
        let s = v.as_string_opt::<i32>()?;
        (s.len() == 1 && s.is_valid(0)).then(|| s.value(0).to_string())
    }

    /// Argument `i`, which must be an integer literal. One that reads a column is
    /// Spark's DATATYPE_MISMATCH.NON_FOLDABLE_INPUT.
    pub fn int_lit(&self, i: usize) -> Result<i64> {
        int_lit(self.raw, i, self.name).or_else(|e| {
            let mut reads_column = false;
            if let Some(a) = self.args.get(i) {
                a.for_each_column(&mut |_| reads_column = true);
            }
            // A constant expression (`CAST(0 AS BIGINT)`) is foldable, as in Spark.
            if let Some(a) = self.args.get(i)
                && !reads_column
                && a.is_deterministic()
                && types::is_integral(&a.data_type())
                && let Ok(v) = a.eval_constant()
                && let Ok(v) = crate::expr::cast::cast_array(&v, &DataType::Int64, false)
                && let Some(v) = arrow_array::cast::AsArray::as_primitive_opt::<
                    arrow_array::types::Int64Type,
                >(&v)
                && v.len() == 1
                && v.is_valid(0)
            {
                return Ok(v.value(0));
            }
            Err(match self.raw.get(i) {
                Some(raw) if reads_column => self.non_foldable(i, raw, "INT"),
                _ => e,
            })
        })
    }

    /// Spark's NON_FOLDABLE_INPUT for argument `i` (named as PySpark names it), which
    /// must be a constant of type `ty`.
    fn non_foldable(&self, i: usize, raw: &Expr, ty: &str) -> RunnelError {
        let param = registry()
            .get(self.name)
            .and_then(|d| d.py.split(", ").nth(i))
            .map(|p| p.trim_start_matches('*').split('=').next().unwrap_or(p))
            .filter(|p| !p.is_empty())
            .map_or_else(|| format!("argument {}", i + 1), |p| format!("`{p}`"));
        RunnelError::analysis(
            "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
            format!(
                "Cannot resolve \"{}\" due to data type mismatch: the input {param} should be a foldable \"{ty}\" expression; however, got \"{}\". Pass a literal value there, not a column.",
                self.sql,
                raw.sql()
            ),
        )
    }

    /// Argument `i` if given, as a string literal, else `default`.
    pub fn opt_str_lit(&self, i: usize) -> Result<Option<String>> {
        if self.raw.len() > i {
            self.str_lit(i).map(Some)
        } else {
            Ok(None)
        }
    }

    /// The bound call: `f` over the arguments, of type `ty`.
    pub fn kernel(
        &mut self,
        ty: DataType,
        f: impl Fn(&[ArrayRef], &DataType, usize) -> Result<ArrayRef> + Send + Sync + 'static,
    ) -> Result<PhysExpr> {
        let name = registry()
            .get(self.name)
            .map(|d| d.name)
            .unwrap_or("function");
        Ok(PhysExpr::Scalar {
            func: Kernel::new(name, self.sql, self.props, f),
            args: std::mem::take(&mut self.args),
            ty,
        })
    }
}

fn int_lit(args: &[Expr], i: usize, fname: &str) -> Result<i64> {
    match args.get(i) {
        Some(Expr::Literal(ScalarValue::Int32(v))) => Ok(*v as i64),
        Some(Expr::Literal(ScalarValue::Int64(v))) => Ok(*v),
        Some(Expr::Negative(e)) => Ok(-int_lit(std::slice::from_ref(e), 0, fname)?),
        _ => Err(RunnelError::not_supported(format!(
            "argument {} of {fname}() must be an integer literal",
            i + 1
        ))),
    }
}

/// Spark's `WRONG_NUM_ARGS` for a call of `name` with `got` arguments.
pub fn arity(name: &str, got: usize, min: usize, max: usize) -> Result<()> {
    if got >= min && got <= max {
        return Ok(());
    }
    // Spark's wording: `requires 2`, `requires [2, 3]`, `requires > 1` parameters.
    let expected = if min == max {
        min.to_string()
    } else if max == usize::MAX {
        format!("> {}", min.saturating_sub(1))
    } else {
        format!(
            "[{}]",
            (min..=max)
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let fix = if max == usize::MAX {
        format!(
            "Pass at least {min} argument{}.",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!("Pass {expected} arguments.")
    };
    Err(RunnelError::analysis(
        "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
        format!(
            "The `{name}` requires {expected} parameters but the actual number is {got}. {fix}"
        ),
    ))
}

/// The widest type of the arguments (Spark's `TypeCoercion` for `coalesce`, `greatest`,
/// `array`, …), casting each to it.
pub(crate) fn widen_all(c: &mut Call) -> Result<DataType> {
    let mut ty = DataType::Null;
    for a in &c.args {
        ty = super::coerce::wider_type(&ty, &a.data_type()).ok_or_else(|| {
            super::coerce::type_mismatch(c.sql, &types::simple_string(&ty), &a.data_type())
        })?;
    }
    let args = std::mem::take(&mut c.args);
    c.args = args
        .into_iter()
        .map(|a| super::coerce::cast_if_needed(a, &ty))
        .collect();
    Ok(ty)
}

// ----------------------------------------------------------------------------------
// Helpers the families share.

use arrow_array::cast::AsArray;
use arrow_array::{Array, StringArray};

/// A string argument's array (bound arguments are coerced to Utf8 first).
pub(crate) fn strings(a: &ArrayRef) -> Result<&StringArray> {
    a.as_string_opt::<i32>().ok_or_else(|| {
        RunnelError::internal(format!("expected a string array, got {}", a.data_type()))
    })
}

/// `f` over each non-NULL string.
pub(crate) fn map_str(a: &ArrayRef, f: impl Fn(&str) -> String) -> Result<ArrayRef> {
    let s = strings(a)?;
    let mut b = arrow_array::builder::StringBuilder::with_capacity(s.len(), s.value_data().len());
    for v in s.iter() {
        match v {
            Some(v) => b.append_value(f(v)),
            None => b.append_null(),
        }
    }
    Ok(Arc::new(b.finish()))
}

/// Microseconds of a timestamp or date argument.
pub(crate) fn ts_values(a: &ArrayRef) -> Result<Vec<Option<i64>>> {
    use arrow_array::types::{Date32Type, TimestampMicrosecondType};
    Ok(match a.data_type() {
        DataType::Date32 => a
            .as_primitive::<Date32Type>()
            .iter()
            .map(|v| v.map(|d| d as i64 * crate::temporal::US_PER_DAY))
            .collect(),
        DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, _) => a
            .as_primitive::<TimestampMicrosecondType>()
            .iter()
            .collect(),
        DataType::Null => vec![None; a.len()],
        other => {
            return Err(RunnelError::internal(format!(
                "expected a date or timestamp array, got {other}"
            )));
        }
    })
}

/// The wall-clock time of each date or timestamp (microseconds since the local epoch):
/// a TIMESTAMP on the session time zone's clock, a date at its midnight, a
/// TIMESTAMP_NTZ as it is. The fields of a value (`hour`, `dayofweek`) are read from it.
pub(crate) fn local_values(a: &ArrayRef) -> Result<Vec<Option<i64>>> {
    let v = ts_values(a)?;
    Ok(match a.data_type() {
        DataType::Timestamp(_, Some(_)) => {
            let zone = crate::temporal::session_zone();
            v.into_iter()
                .map(|x| x.map(|us| zone.to_local(us)))
                .collect()
        }
        _ => v,
    })
}

/// Spark's `ARITHMETIC_OVERFLOW` for `what`.
pub(crate) fn overflow_err(what: &str) -> RunnelError {
    RunnelError::execution(
        "ARITHMETIC_OVERFLOW",
        format!(
            "{what} overflowed. Use a wider type (cast to bigint or double) to avoid the overflow."
        ),
    )
}

/// `NAME(args)`: expressions whose SQL Spark prints upper case.
pub(crate) fn upper_name(c: &NameCall) -> String {
    c.upper()
}

/// The bytes of row `i` of a string or binary array (None for NULL).
pub(crate) fn bytes_at(a: &ArrayRef, i: usize) -> Option<&[u8]> {
    if a.is_null(i) {
        return None;
    }
    match a.data_type() {
        DataType::Utf8 => Some(a.as_string::<i32>().value(i).as_bytes()),
        DataType::Binary => Some(a.as_binary::<i32>().value(i)),
        _ => None,
    }
}

impl Call<'_> {
    /// Argument `i` as bytes: a string or binary value as it is (Spark casts a string
    /// to binary implicitly), anything else a type mismatch.
    pub fn bytes_arg(&mut self, i: usize) -> Result<()> {
        match self.ty(i) {
            DataType::Utf8 | DataType::Binary => Ok(()),
            DataType::Null => self.coerce(i, &DataType::Utf8),
            t => Err(super::coerce::type_mismatch(self.sql, "binary", &t)),
        }
    }
}
