//! Which DataFrames a column of a plan's output comes from unchanged: Spark's attribute
//! identity, which filters, projections of the column itself, sorts, limits, grouping by
//! the column, joins and the first input of a union pass through. `df.k`
//! ([`Expr::ColumnFrom`](crate::expr::Expr)) names DataFrame `df`'s column `k`; after a join
//! whose inputs were derived from `df` (`df.filter(...).join(other, df.k == other.k)`), the
//! join's columns carry the plan ids they pass through (field metadata, `types::PLANS_KEY`), and
//! the binder picks the one that came from `df`.

use std::sync::Arc;

use arrow_schema::{Field, Schema, SchemaRef};

pub use crate::types::{PLANS_KEY, plans_of, with_plans};

use super::plan::{GenItem, JoinColumn, JoinType, Node, Plan};
use crate::expr::PhysExpr;

/// The plan ids whose output column `index` of `plan` is, following the column down.
pub fn column_plans(plan: &Plan, index: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let (mut cur, mut i) = (plan, index);
    loop {
        out.push(cur.id);
        let Some(name) = cur.schema.fields().get(i).map(|f| f.name().clone()) else {
            break;
        };
        let same_name = |p: &Plan, j: usize| {
            p.schema
                .fields()
                .get(j)
                .is_some_and(|f| f.name().eq_ignore_ascii_case(&name))
        };
        let next: Option<(&Plan, usize)> = match &cur.node {
            Node::Filter { input, .. }
            | Node::Watermark { input, .. }
            | Node::Limit { input, .. }
            | Node::Sort { input, .. }
            | Node::Dedup { input, .. }
            | Node::CollectMetrics { input, .. }
            | Node::WindowAssign { input, .. }
            | Node::SessionAssign { input, .. }
            | Node::Window { input, .. }
                if same_name(input, i) =>
            {
                Some((input, i))
            }
            Node::Project { input, exprs } => match exprs.get(i) {
                Some(PhysExpr::Column { index: j, .. }) if same_name(input, *j) => {
                    Some((input, *j))
                }
                _ => None,
            },
            // Items before a generator are one column each; a generator's width varies.
            Node::Generate { input, items } => match items.get(i) {
                Some(GenItem::Plain(PhysExpr::Column { index: j, .. }))
                    if items[..i].iter().all(|g| matches!(g, GenItem::Plain(_)))
                        && same_name(input, *j) =>
                {
                    Some((input, *j))
                }
                _ => None,
            },
            Node::Aggregate {
                input,
                group,
                output,
                ..
            } => match output.get(i) {
                Some(PhysExpr::Column { index: j, .. }) => match group.get(*j) {
                    Some(PhysExpr::Column { index: m, .. }) if same_name(input, *m) => {
                        Some((input, *m))
                    }
                    _ => None,
                },
                _ => None,
            },
            Node::Join {
                left,
                right,
                how,
                output,
                ..
            } => match output.get(i) {
                Some(JoinColumn::Left(j)) => Some((left, *j)),
                Some(JoinColumn::Right(j)) => Some((right, *j)),
                // A USING key of a full outer join coalesces both sides: a new column.
                Some(JoinColumn::Using(l, r)) => match how {
                    JoinType::FullOuter => None,
                    JoinType::RightOuter => Some((right, *r)),
                    _ => Some((left, *l)),
                },
                None => None,
            },
            Node::Union { inputs } => inputs.first().map(|p| (p.as_ref(), i)),
            _ => None,
        };
        match next {
            Some((p, j)) => (cur, i) = (p, j),
            None => break,
        }
    }
    out
}

/// `plan`'s schema with each column's plan ids in its metadata (a join's inputs).
pub fn annotate(plan: &Plan) -> SchemaRef {
    let fields: Vec<Field> = plan
        .schema
        .fields()
        .iter()
        .enumerate()
        .map(|(i, f)| with_plans(f, &column_plans(plan, i)))
        .collect();
    Arc::new(Schema::new_with_metadata(
        fields,
        plan.schema.metadata().clone(),
    ))
}
