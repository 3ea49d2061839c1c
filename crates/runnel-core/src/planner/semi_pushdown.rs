//! Spark's `PushLeftSemiLeftAntiThroughJoin`: a left semi or left anti join whose left
//! input is an inner, cross, left outer or right outer join runs below it, in the branch
//! its keys and condition read:
//! `(A JOIN B) LEFT SEMI JOIN M ON f(A, M)` becomes `(A LEFT SEMI JOIN M ON f(A, M)) JOIN B`
//! (inner, cross, left outer), and `(A JOIN B) LEFT SEMI JOIN M ON f(B, M)` becomes
//! `A JOIN (B LEFT SEMI JOIN M ON f(B, M))` (inner, cross, right outer). As Spark's
//! `pushTo` decides it, conjunct by conjunct: to the left when every conjunct reads A and M
//! only, to the right when every conjunct reads B (a conjunct of M's columns alone counts
//! as the left branch's).
//! On streams this decides which operator sees which event-time columns (the semi join
//! then never sees B's, so Spark raises no `MULTIPLE_EVENT_TIME_COLUMNS`) and where the
//! watermark holds rows back.

use std::rc::Rc;

use crate::expr::PhysExpr;
use crate::logical::plan::{JoinColumn, JoinType, Node, Plan, PlanRef};

use crate::expr::phys::{references, substitute};

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
    if let Some(p) = through_project(&plan) {
        // The semi join, now below the projection, may go further down.
        let semi = push_semi_through_joins(p.inputs()[0]);
        return Rc::new(Plan {
            id: p.id,
            node: p.node.with_inputs(vec![semi]),
            schema: p.schema.clone(),
        });
    }
    let plan = outer_made_inner(&plan).unwrap_or(plan);
    match pushed(&plan) {
        // The pushed join may go further down the branch it reached.
        Some(p) => push_semi_through_joins(&p),
        None => plan,
    }
}

fn pushed(plan: &PlanRef) -> Option<PlanRef> {
    let Node::Join {
        left: child,
        right: m,
        how: how @ (JoinType::LeftSemi | JoinType::LeftAnti),
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
        JoinType::Inner | JoinType::Cross | JoinType::LeftOuter | JoinType::RightOuter
    ) || (left_keys.is_empty() && condition.is_none())
    {
        return None;
    }
    let n1 = child.schema.fields().len();
    // Which branch a column of the child join's output comes from (a USING key is the
    // left input's attribute but in a right outer join, as Spark's USING output).
    let right_using = *child_how == JoinType::RightOuter;
    let side = |i: usize| -> Option<(bool, usize)> {
        Some(match child_out.get(i)? {
            JoinColumn::Left(x) => (false, *x),
            JoinColumn::Right(y) => (true, *y),
            JoinColumn::Using(x, y) => {
                if right_using {
                    (true, *y)
                } else {
                    (false, *x)
                }
            }
        })
    };
    // Each conjunct (a key pair, or a conjunct of the condition): does it read A's or
    // B's columns (of the child output; M's are beyond n1 in the condition)?
    let reads = |refs: &[usize]| -> Option<(bool, bool)> {
        let (mut ra, mut rb) = (false, false);
        for &i in refs {
            if i < n1 {
                match side(i)? {
                    (false, _) => ra = true,
                    (true, _) => rb = true,
                }
            }
        }
        Some((ra, rb))
    };
    let mut conds = Vec::new();
    if let Some(c) = condition {
        super::constraints::conjuncts(c, &mut conds);
    }
    let mut all = Vec::new();
    for k in left_keys {
        let mut v = Vec::new();
        references(k, &mut v);
        all.push(reads(&v)?);
    }
    for c in &conds {
        let mut v = Vec::new();
        references(c, &mut v);
        all.push(reads(&v)?);
    }
    // Spark's pushTo: left conditions read A and M only; the rest read B and M only, or both.
    let left_conds = all.iter().filter(|(_, rb)| !rb).count();
    let rest_b_only = all.iter().filter(|(ra, rb)| *rb && !ra).count();
    let common = all.iter().filter(|(ra, rb)| *ra && *rb).count();
    let to_right = if left_conds == all.len() && left_conds > 0 {
        false
    } else if left_conds == 0 && rest_b_only > 0 && common == 0 {
        true
    } else {
        return None;
    };
    let allowed = if to_right {
        matches!(
            child_how,
            JoinType::Inner | JoinType::Cross | JoinType::RightOuter
        )
    } else {
        matches!(
            child_how,
            JoinType::Inner | JoinType::Cross | JoinType::LeftOuter
        )
    };
    if !allowed {
        return None;
    }
    let branch = if to_right { b } else { a };
    let nbr = branch.schema.fields().len();
    let to_branch = |i: usize| -> Option<PhysExpr> {
        let (r, x) = side(i)?;
        if r != to_right {
            return None;
        }
        Some(PhysExpr::Column {
            index: x,
            field: branch.schema.fields().get(x)?.clone(),
        })
    };
    let new_left_keys = left_keys
        .iter()
        .map(|k| substitute(k, &to_branch))
        .collect::<Option<Vec<_>>>()?;
    let new_cond = match condition {
        Some(c) => Some(substitute(c, &|i| {
            if i < n1 {
                to_branch(i)
            } else {
                let j = i - n1;
                Some(PhysExpr::Column {
                    index: nbr + j,
                    field: m.schema.fields().get(j)?.clone(),
                })
            }
        })?),
        None => None,
    };
    let semi = Rc::new(Plan {
        id: plan.id,
        node: Node::Join {
            left: branch.clone(),
            right: m.clone(),
            how: *how,
            left_keys: new_left_keys,
            right_keys: right_keys.clone(),
            condition: new_cond,
            output: (0..nbr).map(JoinColumn::Left).collect(),
        },
        schema: branch.schema.clone(),
    });
    let (new_a, new_b) = if to_right {
        (a.clone(), semi)
    } else {
        (semi, b.clone())
    };
    Some(Rc::new(Plan {
        id: child.id,
        node: Node::Join {
            left: new_a,
            right: new_b,
            how: *child_how,
            left_keys: child_lk.clone(),
            right_keys: child_rk.clone(),
            condition: child_cond.clone(),
            output: child_out.clone(),
        },
        schema: plan.schema.clone(),
    }))
}

/// Spark's `PushDownLeftSemiAntiJoin` for a projection: `Project(A) LEFT SEMI JOIN M ON
/// f(Project's columns, M)` becomes `Project(A LEFT SEMI JOIN M ON f(A's expressions, M))`
/// when every projected expression is deterministic and, with a condition, a column or a
/// literal (the keys and condition read the projection's expressions in place of its
/// columns). The semi join then sees A's
/// columns (an event-time column the projection dropped too) and may go on down A.
fn through_project(plan: &PlanRef) -> Option<PlanRef> {
    let Node::Join {
        left: proj,
        right: m,
        how: how @ (JoinType::LeftSemi | JoinType::LeftAnti),
        left_keys,
        right_keys,
        condition,
        ..
    } = &plan.node
    else {
        return None;
    };
    let Node::Project { input: a, exprs } = &proj.node else {
        return None;
    };
    if !exprs.iter().all(PhysExpr::is_deterministic) {
        return None;
    }
    // With a condition, Spark pushes only when each of the projection's aliases is of a
    // leaf (a column or a literal): `rk AS key` goes down, `rv + 1 AS rv1` keeps the
    // join above the projection (the aliases the condition does not read count too).
    let has_condition = !left_keys.is_empty() || condition.is_some();
    if has_condition
        && !exprs
            .iter()
            .all(|e| matches!(e, PhysExpr::Column { .. } | PhysExpr::Literal(_)))
    {
        return None;
    }
    let np = exprs.len();
    let na = a.schema.fields().len();
    let from_proj = |i: usize| exprs.get(i).cloned();
    let new_left_keys = left_keys
        .iter()
        .map(|k| substitute(k, &from_proj))
        .collect::<Option<Vec<_>>>()?;
    let new_cond = match condition {
        Some(c) => Some(substitute(c, &|i| {
            if i < np {
                exprs.get(i).cloned()
            } else {
                let j = i - np;
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
            how: *how,
            left_keys: new_left_keys,
            right_keys: right_keys.clone(),
            condition: new_cond,
            output: (0..na).map(JoinColumn::Left).collect(),
        },
        schema: a.schema.clone(),
    });
    Some(Rc::new(Plan {
        id: proj.id,
        node: Node::Project {
            input: semi,
            exprs: exprs.clone(),
        },
        schema: plan.schema.clone(),
    }))
}

/// Spark's InferFiltersFromConstraints then EliminateOuterJoin under a left semi join: the
/// semi join's keys and condition prove columns of its left input not NULL (`mk = rk`
/// proves `rk IS NOT NULL`); where those come from the NULL-padded side of an outer join
/// directly below, Spark filters them above that join and so turns it into an inner (or
/// one-sided outer) join, which the semi join can then be pushed through.
fn outer_made_inner(plan: &PlanRef) -> Option<PlanRef> {
    let Node::Join {
        left: child,
        right: m,
        how: JoinType::LeftSemi,
        left_keys,
        right_keys,
        condition,
        output,
    } = &plan.node
    else {
        return None;
    };
    let Node::Join {
        left: a,
        right: b,
        how: child_how @ (JoinType::LeftOuter | JoinType::RightOuter | JoinType::FullOuter),
        left_keys: child_lk,
        right_keys: child_rk,
        condition: child_cond,
        output: child_out,
    } = &child.node
    else {
        return None;
    };
    let n1 = child.schema.fields().len();
    let mut not_null = Vec::new();
    for k in left_keys {
        super::constraints::inferred_not_null(k, &mut not_null);
    }
    if let Some(c) = condition {
        let mut conds = Vec::new();
        super::constraints::conjuncts(c, &mut conds);
        for c in &conds {
            super::constraints::inferred_not_null(c, &mut not_null);
        }
    }
    let (mut left_nn, mut right_nn) = (false, false);
    for c in &not_null {
        if let PhysExpr::Column { index, .. } = c
            && *index < n1
        {
            match child_out.get(*index) {
                Some(JoinColumn::Left(_)) => left_nn = true,
                Some(JoinColumn::Right(_)) => right_nn = true,
                _ => {}
            }
        }
    }
    let how = match child_how {
        JoinType::LeftOuter if right_nn => JoinType::Inner,
        JoinType::RightOuter if left_nn => JoinType::Inner,
        JoinType::FullOuter if left_nn && right_nn => JoinType::Inner,
        JoinType::FullOuter if left_nn => JoinType::LeftOuter,
        JoinType::FullOuter if right_nn => JoinType::RightOuter,
        _ => return None,
    };
    let child = Rc::new(Plan {
        id: child.id,
        node: Node::Join {
            left: a.clone(),
            right: b.clone(),
            how,
            left_keys: child_lk.clone(),
            right_keys: child_rk.clone(),
            condition: child_cond.clone(),
            output: child_out.clone(),
        },
        schema: child.schema.clone(),
    });
    Some(Rc::new(Plan {
        id: plan.id,
        node: Node::Join {
            left: child,
            right: m.clone(),
            how: JoinType::LeftSemi,
            left_keys: left_keys.clone(),
            right_keys: right_keys.clone(),
            condition: condition.clone(),
            output: output.clone(),
        },
        schema: plan.schema.clone(),
    }))
}
