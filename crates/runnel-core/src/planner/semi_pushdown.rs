//! Spark's `PushLeftSemiLeftAntiThroughJoin` (to the left branch): a left semi join
//! whose left input is an inner, cross, left outer or left semi join, and whose keys
//! and condition read only that join's left input, runs below it:
//! `(A JOIN B) LEFT SEMI JOIN M ON f(A, M)` becomes `(A LEFT SEMI JOIN M ON f(A, M)) JOIN B`.
//! On streams this decides which operator sees which event-time columns (the semi join
//! then never sees B's, so Spark raises no `MULTIPLE_EVENT_TIME_COLUMNS`) and where the
//! watermark holds rows back.

use std::rc::Rc;

use crate::expr::PhysExpr;
use crate::logical::plan::{JoinColumn, JoinType, Node, Plan, PlanRef};

use crate::expr::phys::substitute;

/// The plan with every such semi join pushed below the join it reads.
pub fn push_semi_through_joins(plan: &PlanRef) -> PlanRef {
    let inputs: Vec<PlanRef> = plan
        .inputs()
        .into_iter()
        .map(push_semi_through_joins)
        .collect();
    let changed = inputs
        .iter()
        .zip(plan.inputs())
        .any(|(a, b)| !Rc::ptr_eq(a, b));
    let plan = if changed {
        Rc::new(Plan {
            id: plan.id,
            node: plan.node.with_inputs(inputs),
            schema: plan.schema.clone(),
        })
    } else {
        plan.clone()
    };
    pushed(&plan).unwrap_or(plan)
}

fn pushed(plan: &PlanRef) -> Option<PlanRef> {
    let Node::Join {
        left: child,
        right: m,
        how: JoinType::LeftSemi,
        left_keys,
        right_keys,
        condition,
        ..
    } = &plan.node
    else {
        return None;
    };
    let Node::Join {
        left: a,
        right: b,
        how: child_how,
        left_keys: child_lk,
        right_keys: child_rk,
        condition: child_cond,
        output: child_out,
    } = &child.node
    else {
        return None;
    };
    if !matches!(
        child_how,
        JoinType::Inner | JoinType::Cross | JoinType::LeftOuter | JoinType::LeftSemi
    ) || (left_keys.is_empty() && condition.is_none())
    {
        return None;
    }
    let n1 = child.schema.fields().len();
    let na = a.schema.fields().len();
    // A column of the child join's output as a column of A (a USING key of an inner or
    // left outer join is A's value).
    let to_a = |i: usize| -> Option<PhysExpr> {
        let x = match child_out.get(i)? {
            JoinColumn::Left(x) | JoinColumn::Using(x, _) => *x,
            JoinColumn::Right(_) => return None,
        };
        Some(PhysExpr::Column {
            index: x,
            field: a.schema.fields().get(x)?.clone(),
        })
    };
    let new_left_keys = left_keys
        .iter()
        .map(|k| substitute(k, &to_a))
        .collect::<Option<Vec<_>>>()?;
    let new_cond = match condition {
        Some(c) => Some(substitute(c, &|i| {
            if i < n1 {
                to_a(i)
            } else {
                let j = i - n1;
                Some(PhysExpr::Column {
                    index: na + j,
                    field: m.schema.fields().get(j)?.clone(),
                })
            }
        })?),
        None => None,
    };
    let semi = Rc::new(Plan {
        id: plan.id,
        node: Node::Join {
            left: a.clone(),
            right: m.clone(),
            how: JoinType::LeftSemi,
            left_keys: new_left_keys,
            right_keys: right_keys.clone(),
            condition: new_cond,
            output: (0..na).map(JoinColumn::Left).collect(),
        },
        schema: a.schema.clone(),
    });
    Some(Rc::new(Plan {
        id: child.id,
        node: Node::Join {
            left: semi,
            right: b.clone(),
            how: *child_how,
            left_keys: child_lk.clone(),
            right_keys: child_rk.clone(),
            condition: child_cond.clone(),
            output: child_out.clone(),
        },
        schema: plan.schema.clone(),
    }))
}
