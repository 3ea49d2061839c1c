//! Column pruning (Spark's `ColumnPruning` and the `requiredSchema` its
//! `FileSourceStrategy` hands a file reader): for each streaming source, the columns
//! that anything above it uses. A source may then skip the others (they come back as
//! NULL columns; its schema, and so every column index, stays as it is). Operators are
//! read conservatively: where a node's use of its input is not spelled out here, it
//! needs all of it.

use std::collections::HashMap;
use std::rc::Rc;

use crate::expr::PhysExpr;
use crate::io::SourceRef;
use crate::logical::plan::{GenItem, JoinColumn, Node, Plan, PlanRef};
use crate::scalar::ScalarValue;

use crate::expr::phys::references;

/// The columns of each streaming source below `plan` that its output needs, one flag
/// per column of the source's schema (a source reached twice gets the union).
pub fn required_source_columns(plan: &Plan) -> Vec<(SourceRef, Vec<bool>)> {
    let mut out = Needs::default();
    need(plan, vec![true; plan.schema.fields().len()], &mut out);
    out.sources
}

/// What the walk collects: each streaming source's needed columns, and each projection's
/// needed outputs (by plan id; a node reached twice gets the union).
#[derive(Default)]
struct Needs {
    sources: Vec<(SourceRef, Vec<bool>)>,
    projects: HashMap<usize, Vec<bool>>,
    /// Each join's needed input columns, left and right (by plan id; the union).
    joins: HashMap<usize, [Vec<bool>; 2]>,
}

/// Spark's `ColumnPruning` of projections: an output of a projection that nothing above
/// uses is not computed (a NULL of its type stands in, so every column index stays), so
/// that an expression whose result is thrown away cannot fail the query (`element_at`
/// out of bounds in a column a later `select` drops), as in Spark, where the optimizer
/// removes it.
pub fn prune_projections(plan: &PlanRef) -> PlanRef {
    let mut out = Needs::default();
    need(plan, vec![true; plan.schema.fields().len()], &mut out);
    if out.projects.values().all(|m| m.iter().all(|x| *x)) && out.joins.is_empty() {
        return plan.clone();
    }
    rewrite(plan, &out, &mut HashMap::new())
}

/// A stream-stream join's input whose event-time column nothing needs (no key, no
/// condition, nothing above the join): Spark's ColumnPruning drops that column below the
/// join, which then sees no event time on that side and drops none of its late rows. The
/// input is passed through a projection that keeps the column but not its event-time mark.
fn unmark_unused_event_time(input: &PlanRef, needed: &[bool]) -> Option<PlanRef> {
    let fields = input.schema.fields();
    let unused = fields.iter().enumerate().any(|(i, f)| {
        crate::types::watermark_delay(f).is_some() && !needed.get(i).copied().unwrap_or(true)
    });
    if !unused {
        return None;
    }
    let new_fields: Vec<arrow_schema::Field> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if crate::types::watermark_delay(f).is_some() && !needed.get(i).copied().unwrap_or(true)
            {
                crate::types::without_watermark(f)
            } else {
                f.as_ref().clone()
            }
        })
        .collect();
    let exprs = fields
        .iter()
        .enumerate()
        .map(|(index, f)| PhysExpr::Column {
            index,
            field: f.clone(),
        })
        .collect();
    Some(Rc::new(Plan {
        id: crate::logical::plan::next_id(),
        node: Node::Project {
            input: input.clone(),
            exprs,
        },
        schema: std::sync::Arc::new(arrow_schema::Schema::new_with_metadata(
            new_fields,
            input.schema.metadata().clone(),
        )),
    }))
}

fn rewrite(plan: &PlanRef, needs: &Needs, memo: &mut HashMap<*const Plan, PlanRef>) -> PlanRef {
    let projects = &needs.projects;
    // By node, not by id: the optimizer's rewrites keep ids, so two different nodes (a
    // shared input with a filter pushed into one use of it) may carry one id.
    if let Some(p) = memo.get(&Rc::as_ptr(plan)) {
        return p.clone();
    }
    let inputs: Vec<PlanRef> = plan
        .inputs()
        .into_iter()
        .map(|i| rewrite(i, needs, memo))
        .collect();
    let mut inputs = inputs;
    if let (Node::Join { left, right, .. }, Some(sides)) = (&plan.node, needs.joins.get(&plan.id))
        && left.is_streaming()
        && right.is_streaming()
    {
        for (s, needed) in sides.iter().enumerate() {
            if let Some(p) = unmark_unused_event_time(&inputs[s], needed) {
                inputs[s] = p;
            }
        }
    }
    let changed_inputs = inputs
        .iter()
        .zip(plan.inputs())
        .any(|(a, b)| !Rc::ptr_eq(a, b));
    let node = match (&plan.node, projects.get(&plan.id)) {
        (Node::Project { exprs, .. }, Some(m)) if m.iter().any(|x| !*x) => {
            // (A column declared non-nullable gets a zero of its type instead: a NULL
            // there would break the schema every operator above checks its rows against;
            // one of a type without a zero here keeps its expression.)
            let nullable = |i: usize| plan.schema.fields().get(i).is_some_and(|f| f.is_nullable());
            let exprs = exprs
                .iter()
                .enumerate()
                .zip(m.iter().chain(std::iter::repeat(&true)))
                .map(|((i, e), used)| match e {
                    PhysExpr::Column { .. } | PhysExpr::Literal(_) => e.clone(),
                    _ if !*used && nullable(i) => {
                        PhysExpr::Literal(ScalarValue::Null(e.data_type()))
                    }
                    _ if !*used => zero_of(&e.data_type())
                        .map(PhysExpr::Literal)
                        .unwrap_or_else(|| e.clone()),
                    _ => e.clone(),
                })
                .collect();
            Some(Node::Project {
                input: inputs[0].clone(),
                exprs,
            })
        }
        _ if changed_inputs => Some(plan.node.with_inputs(inputs)),
        _ => None,
    };
    let out = match node {
        Some(node) => Rc::new(Plan {
            id: plan.id,
            node,
            schema: plan.schema.clone(),
        }),
        None => plan.clone(),
    };
    memo.insert(Rc::as_ptr(plan), out.clone());
    out
}

/// A non-NULL value of a primitive type `dt` (what an unused non-nullable output holds).
fn zero_of(dt: &arrow_schema::DataType) -> Option<ScalarValue> {
    use arrow_schema::DataType as T;
    if !matches!(
        dt,
        T::Boolean
            | T::Int8
            | T::Int16
            | T::Int32
            | T::Int64
            | T::Float32
            | T::Float64
            | T::Decimal128(..)
            | T::Utf8
            | T::Binary
            | T::Date32
            | T::Timestamp(..)
    ) {
        return None;
    }
    let zero: arrow_array::ArrayRef = std::sync::Arc::new(arrow_array::Int32Array::from(vec![0]));
    let z = match dt {
        T::Binary => std::sync::Arc::new(arrow_array::BinaryArray::from(vec![&b""[..]])),
        _ => arrow_cast::cast(&zero, dt).ok()?,
    };
    let v = ScalarValue::try_from_array(z.as_ref(), 0).ok()?;
    (v.data_type() == *dt && !v.is_null()).then_some(v)
}

/// Tells each streaming source below `plan` which of its columns the query reads.
pub fn prune_sources(plan: &Plan) {
    for (source, required) in required_source_columns(plan) {
        source.borrow_mut().prune_columns(&required);
    }
}

fn mark(e: &PhysExpr, m: &mut [bool]) {
    let mut v = Vec::new();
    references(e, &mut v);
    for i in v {
        // An index past the input is a plan this analysis does not understand: keep all.
        match m.get_mut(i) {
            Some(x) => *x = true,
            None => m.iter_mut().for_each(|x| *x = true),
        }
    }
}

fn need(plan: &Plan, required: Vec<bool>, out: &mut Needs) {
    let width = |p: &Plan| p.schema.fields().len();
    let all = |p: &Plan| vec![true; width(p)];
    // The input's columns this node passes through at the same positions.
    let passed = |p: &Plan| {
        let mut m = required.clone();
        m.resize(width(p), false);
        m
    };
    match &plan.node {
        Node::StreamSource { source, pushed, .. } => {
            let mut m = required.clone();
            m.resize(width(plan), true);
            if let Some(p) = pushed {
                mark(p, &mut m);
            }
            match out.sources.iter_mut().find(|(s, _)| Rc::ptr_eq(s, source)) {
                Some((_, prev)) => prev.iter_mut().zip(&m).for_each(|(a, b)| *a |= *b),
                None => out.sources.push((source.clone(), m)),
            }
        }
        Node::Static { .. } | Node::MemoryTable { .. } => {}
        Node::Project { input, exprs } => {
            let mut r = required.clone();
            r.resize(exprs.len(), true);
            match out.projects.get_mut(&plan.id) {
                Some(prev) => prev.iter_mut().zip(&r).for_each(|(a, b)| *a |= *b),
                None => {
                    out.projects.insert(plan.id, r);
                }
            }
            let mut m = vec![false; width(input)];
            for (e, r) in exprs
                .iter()
                .zip(required.iter().chain(std::iter::repeat(&true)))
            {
                if *r {
                    mark(e, &mut m);
                }
            }
            need(input, m, out);
        }
        Node::Filter { input, predicate } => {
            let mut m = passed(input);
            mark(predicate, &mut m);
            need(input, m, out);
        }
        Node::Generate { input, items } => {
            // Every item decides how many rows come out, or is an output column.
            let mut m = vec![false; width(input)];
            for it in items {
                match it {
                    GenItem::Plain(e) => mark(e, &mut m),
                    GenItem::Explode { arg, .. } => mark(arg, &mut m),
                }
            }
            need(input, m, out);
        }
        Node::WindowAssign { input, time, .. } => {
            let mut m = passed(input);
            mark(time, &mut m);
            need(input, m, out);
        }
        Node::SessionAssign {
            input,
            time,
            gap_expr,
            ..
        } => {
            let mut m = passed(input);
            mark(time, &mut m);
            if let Some(g) = gap_expr {
                mark(g, &mut m);
            }
            need(input, m, out);
        }
        Node::Watermark { input, column, .. } => {
            let mut m = passed(input);
            match m.get_mut(*column) {
                Some(x) => *x = true,
                None => m = all(input),
            }
            need(input, m, out);
        }
        Node::Aggregate {
            input, group, aggs, ..
        } => {
            let mut m = vec![false; width(input)];
            group.iter().for_each(|g| mark(g, &mut m));
            for a in aggs {
                if let Some(e) = &a.arg {
                    mark(e, &mut m);
                }
            }
            need(input, m, out);
        }
        Node::Dedup {
            input,
            keys,
            event_time,
            ..
        } => {
            let mut m = passed(input);
            for k in keys.iter().chain(event_time) {
                match m.get_mut(*k) {
                    Some(x) => *x = true,
                    None => m = all(input),
                }
            }
            need(input, m, out);
        }
        Node::Join {
            left,
            right,
            left_keys,
            right_keys,
            condition,
            output,
            ..
        } => {
            let (nl, nr) = (width(left), width(right));
            let mut l = vec![false; nl];
            let mut r = vec![false; nr];
            left_keys.iter().for_each(|k| mark(k, &mut l));
            right_keys.iter().for_each(|k| mark(k, &mut r));
            if let Some(c) = condition {
                let mut both = vec![false; nl + nr];
                mark(c, &mut both);
                l.iter_mut().zip(&both[..nl]).for_each(|(a, b)| *a |= *b);
                r.iter_mut().zip(&both[nl..]).for_each(|(a, b)| *a |= *b);
            }
            for (c, used) in output
                .iter()
                .zip(required.iter().chain(std::iter::repeat(&true)))
            {
                if !*used {
                    continue;
                }
                let (a, b) = match *c {
                    JoinColumn::Left(i) => (Some(i), None),
                    JoinColumn::Right(j) => (None, Some(j)),
                    JoinColumn::Using(i, j) => (Some(i), Some(j)),
                };
                if let Some(i) = a {
                    match l.get_mut(i) {
                        Some(x) => *x = true,
                        None => l = vec![true; nl],
                    }
                }
                if let Some(j) = b {
                    match r.get_mut(j) {
                        Some(x) => *x = true,
                        None => r = vec![true; nr],
                    }
                }
            }
            let e = out
                .joins
                .entry(plan.id)
                .or_insert_with(|| [vec![false; nl], vec![false; nr]]);
            e[0].iter_mut().zip(&l).for_each(|(a, b)| *a |= *b);
            e[1].iter_mut().zip(&r).for_each(|(a, b)| *a |= *b);
            need(left, l, out);
            need(right, r, out);
        }
        Node::Union { inputs } => {
            for i in inputs {
                need(i, passed(i), out);
            }
        }
        Node::Limit { input, .. } => need(input, passed(input), out),
        Node::Sort { input, keys } => {
            let mut m = passed(input);
            keys.iter().for_each(|k| mark(&k.expr, &mut m));
            need(input, m, out);
        }
        // Not spelled out: the whole input.
        Node::Expand { input, .. }
        | Node::Window { input, .. }
        | Node::CollectMetrics { input, .. }
        | Node::GroupState { input, .. }
        | Node::TransformWithState { input, .. } => need(input, all(input), out),
        // A function outside the engine reads every column.
        Node::External { inputs, .. } => {
            for i in inputs {
                need(i, all(i), out);
            }
        }
    }
}

/// How a column is read above: not at all, only through fields of its struct, or whole.
#[derive(Clone, PartialEq)]
enum Use {
    No,
    Fields(std::collections::BTreeSet<String>),
    Whole,
}

impl Use {
    fn add(&mut self, other: Use) {
        *self = match (std::mem::replace(self, Use::No), other) {
            (Use::Whole, _) | (_, Use::Whole) => Use::Whole,
            (Use::No, o) | (o, Use::No) => o,
            (Use::Fields(mut a), Use::Fields(b)) => {
                a.extend(b);
                Use::Fields(a)
            }
        };
    }
}

/// The uses of the input's columns in `e`: `c.f` reads field f of c, any other `c` all of it.
fn uses_in(e: &PhysExpr, m: &mut Vec<Use>) {
    let mut set = |i: usize, u: Use| {
        if i >= m.len() {
            m.resize(i + 1, Use::No);
        }
        m[i].add(u);
    };
    match e {
        PhysExpr::Column { index, .. } => set(*index, Use::Whole),
        PhysExpr::Field { expr, field, .. } if matches!(**expr, PhysExpr::Column { .. }) => {
            if let PhysExpr::Column { index, .. } = **expr {
                set(index, Use::Fields([field.name().clone()].into()));
            }
        }
        other => for_each_child(other, &mut |c| uses_in(c, m)),
    }
}

fn for_each_child(e: &PhysExpr, f: &mut dyn FnMut(&PhysExpr)) {
    match e {
        PhysExpr::Column { .. } | PhysExpr::Literal(_) => {}
        PhysExpr::Binary { left, right, .. } => {
            f(left);
            f(right);
        }
        PhysExpr::Not(x)
        | PhysExpr::Negative(x)
        | PhysExpr::IsNull(x, _)
        | PhysExpr::Like { expr: x, .. }
        | PhysExpr::Cast { expr: x, .. }
        | PhysExpr::Field { expr: x, .. } => f(x),
        PhysExpr::InList { expr, list, .. } => {
            f(expr);
            list.iter().for_each(&mut *f);
        }
        PhysExpr::Case {
            branches,
            otherwise,
            ..
        } => {
            for (w, t) in branches {
                f(w);
                f(t);
            }
            if let Some(o) = otherwise {
                f(o);
            }
        }
        PhysExpr::Scalar { args, .. } => args.iter().for_each(&mut *f),
        PhysExpr::Index { expr, index, .. } => {
            f(expr);
            f(index);
        }
    }
}

/// The explodes (by their Generate's plan id) of an array of structs whose element
/// everything above reads through one field only (`explode(items).sku`). Spark's
/// GeneratorNestedColumnAliasing explodes that field's array instead (`items.sku`), so
/// the filter InferFiltersFromGenerate adds is on `items.sku`, which no source can apply.
pub fn single_field_explodes(plan: &Plan) -> std::collections::HashSet<usize> {
    let mut out = std::collections::HashSet::new();
    walk_uses(plan, vec![Use::Whole; plan.schema.fields().len()], &mut out);
    out
}

fn walk_uses(plan: &Plan, uses: Vec<Use>, out: &mut std::collections::HashSet<usize>) {
    let width = |p: &Plan| p.schema.fields().len();
    let passed = |p: &Plan| {
        let mut m = uses.clone();
        m.resize(width(p), Use::No);
        m
    };
    let whole = |p: &Plan| vec![Use::Whole; width(p)];
    match &plan.node {
        Node::Project { input, exprs } => {
            let mut m = vec![Use::No; width(input)];
            for (e, u) in exprs
                .iter()
                .zip(uses.iter().chain(std::iter::repeat(&Use::Whole)))
            {
                match (e, u) {
                    (_, Use::No) => {}
                    (PhysExpr::Column { index, .. }, u) if *index < m.len() => {
                        m[*index].add(u.clone())
                    }
                    (e, _) => uses_in(e, &mut m),
                }
            }
            walk_uses(input, m, out);
        }
        Node::Filter { input, predicate } => {
            let mut m = passed(input);
            uses_in(predicate, &mut m);
            walk_uses(input, m, out);
        }
        Node::Watermark { input, column, .. } => {
            let mut m = passed(input);
            if let Some(x) = m.get_mut(*column) {
                *x = Use::Whole;
            }
            walk_uses(input, m, out);
        }
        Node::WindowAssign { input, time, .. } | Node::SessionAssign { input, time, .. } => {
            let mut m = passed(input);
            uses_in(time, &mut m);
            walk_uses(input, m, out);
        }
        Node::Aggregate {
            input, group, aggs, ..
        } => {
            let mut m = vec![Use::No; width(input)];
            group.iter().for_each(|g| uses_in(g, &mut m));
            for a in aggs {
                if let Some(e) = &a.arg {
                    uses_in(e, &mut m);
                }
            }
            walk_uses(input, m, out);
        }
        Node::Generate { input, items } => {
            let mut m = vec![Use::No; width(input)];
            let mut at = 0;
            let use_of = |i: usize| uses.get(i).cloned().unwrap_or(Use::Whole);
            for it in items {
                match it {
                    GenItem::Plain(e) => {
                        match (e, use_of(at)) {
                            (_, Use::No) => {}
                            (PhysExpr::Column { index, .. }, u) if *index < m.len() => {
                                m[*index].add(u)
                            }
                            (e, _) => uses_in(e, &mut m),
                        }
                        at += 1;
                    }
                    GenItem::Explode {
                        arg,
                        position,
                        inline,
                        ..
                    } => {
                        let of_structs = matches!(arg.data_type(),
                            arrow_schema::DataType::List(f) if matches!(f.data_type(), arrow_schema::DataType::Struct(_)));
                        if of_structs && !*inline {
                            let value = at + usize::from(*position);
                            if matches!(use_of(value), Use::Fields(f) if f.len() == 1) {
                                out.insert(plan.id);
                            }
                            at = value + 1;
                        } else {
                            at += match arg.data_type() {
                                arrow_schema::DataType::List(f) if *inline => match f.data_type() {
                                    arrow_schema::DataType::Struct(fs) => fs.len(),
                                    _ => 1,
                                },
                                t => {
                                    1 + usize::from(*position)
                                        + usize::from(matches!(t, arrow_schema::DataType::Map(..)))
                                }
                            };
                        }
                        uses_in(arg, &mut m);
                    }
                }
            }
            walk_uses(input, m, out);
        }
        Node::Limit { input, .. } => walk_uses(input, passed(input), out),
        Node::Union { inputs } => {
            for i in inputs {
                walk_uses(i, passed(i), out);
            }
        }
        _ => {
            for i in plan.inputs() {
                walk_uses(i, whole(i), out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SparkSession;
    use crate::expr::sql::parse_expression;
    use crate::logical::dataframe::DataFrame;
    use crate::logical::readwrite::SchemaSpec;

    fn events(session: &SparkSession) -> DataFrame {
        session
            .read_stream()
            .format("memory")
            .option("name", "events")
            .schema(SchemaSpec::Ddl(
                "ts TIMESTAMP, category STRING, value DOUBLE".into(),
            ))
            .unwrap()
            .load(None)
            .unwrap()
    }

    fn needed(df: &DataFrame) -> Vec<Vec<bool>> {
        required_source_columns(&df.plan)
            .into_iter()
            .map(|(_, m)| m)
            .collect()
    }

    fn e(s: &str) -> crate::expr::Expr {
        parse_expression(s).unwrap()
    }

    #[test]
    fn windowed_count_reads_only_the_event_time_and_the_key() {
        let s = SparkSession::new();
        let df = events(&s)
            .with_watermark("ts", "10 minutes")
            .unwrap()
            .group_by(vec![e("window(ts, '5 minutes')"), e("category")])
            .count()
            .unwrap();
        assert_eq!(needed(&df), vec![vec![true, true, false]]);
    }

    #[test]
    fn count_star_reads_no_column() {
        let s = SparkSession::new();
        let df = events(&s).group_by(vec![]).count().unwrap();
        assert_eq!(needed(&df), vec![vec![false, false, false]]);
    }

    #[test]
    fn a_column_only_a_filter_uses_is_read() {
        let s = SparkSession::new();
        let df = events(&s)
            .filter(e("value > 1"))
            .unwrap()
            .select_expr(&["category"])
            .unwrap();
        assert_eq!(needed(&df), vec![vec![false, true, true]]);
    }

    #[test]
    fn a_source_read_twice_reads_what_either_side_uses() {
        let s = SparkSession::new();
        let src = events(&s);
        let a = src.select_expr(&["ts"]).unwrap();
        let b = src.select_expr(&["ts + interval 1 second"]).unwrap();
        let c = src.select_expr(&["category"]).unwrap();
        let df = a.union(&b).unwrap().union(&c).unwrap();
        assert_eq!(needed(&df), vec![vec![true, true, false]]);
    }

    #[test]
    fn a_plain_select_of_everything_reads_everything() {
        let s = SparkSession::new();
        let df = events(&s);
        assert_eq!(needed(&df), vec![vec![true, true, true]]);
    }
}

#[cfg(test)]
mod projection_tests {
    use crate::SparkSession;

    #[test]
    fn an_output_no_one_uses_is_not_computed_so_it_cannot_fail() {
        let s = SparkSession::new();
        // element_at(array(), 1) fails under ANSI; Spark's optimizer drops the unused `x`.
        let df = s
            .sql("SELECT y FROM (SELECT element_at(array(1), CAST(id AS INT) + 5) AS x, id AS y FROM range(3))")
            .unwrap();
        let rows: usize = df.collect().unwrap().iter().map(|b| b.num_rows()).sum();
        assert_eq!(rows, 3);
        // Used, it fails as Spark's does.
        let used = s
            .sql("SELECT x FROM (SELECT element_at(array(1), CAST(id AS INT) + 5) AS x, id AS y FROM range(3))")
            .unwrap();
        let err = used.collect().unwrap_err();
        assert_eq!(
            err.condition.as_deref(),
            Some("INVALID_ARRAY_INDEX_IN_ELEMENT_AT")
        );
    }
}
