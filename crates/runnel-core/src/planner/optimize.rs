//! The part of Spark's optimizer whose effects a user can see on a stream:
//! predicate pushdown (`PushPredicateThroughNonJoin`, through joins, unions and
//! past `withWatermark` when the predicate does not use the event time), the
//! not-null filters Spark infers (`InferFiltersFromConstraints`, from joins, from
//! `explode` and from time windows), and the filters a source evaluates while it
//! reads (data source filters), which decide what `numInputRows` counts and which
//! rows a watermark sees.

use std::rc::Rc;
use std::sync::Arc;

use super::constraints::{conjuncts, inferred_not_null};
use crate::expr::phys::{references, substitute};
use crate::expr::{BinaryOp, PhysExpr};
use crate::logical::plan::{GenItem, JoinColumn, JoinType, Node, Plan, PlanRef};

/// Returns the plan with filters pushed down as Spark's optimizer would.
pub fn optimize(plan: &PlanRef) -> PlanRef {
    let plan = &super::semi_pushdown::push_semi_through_joins(plan);
    let single = super::prune::single_field_explodes(plan);
    SINGLE_FIELD_EXPLODES.with(|s| *s.borrow_mut() = single);
    let out = push(plan, Vec::new());
    SINGLE_FIELD_EXPLODES.with(|s| s.borrow_mut().clear());
    out
}

thread_local! {
    /// The Generate nodes (plan ids) of this `optimize` call whose explode Spark rewrites
    /// to explode one field's array (`prune::single_field_explodes`).
    static SINGLE_FIELD_EXPLODES: std::cell::RefCell<std::collections::HashSet<usize>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

pub(crate) fn and_all(preds: Vec<PhysExpr>) -> Option<PhysExpr> {
    preds.into_iter().reduce(|a, b| PhysExpr::Binary {
        op: BinaryOp::And,
        left: Box::new(a),
        right: Box::new(b),
        ty: arrow_schema::DataType::Boolean,
    })
}

fn refs(p: &PhysExpr) -> Vec<usize> {
    let mut v = Vec::new();
    references(p, &mut v);
    v
}

pub(crate) fn deterministic(p: &PhysExpr) -> bool {
    match p {
        PhysExpr::Scalar { func, args, .. } => {
            func.props.deterministic && args.iter().all(deterministic)
        }
        _ => true,
    }
}

fn not_null(c: &PhysExpr) -> PhysExpr {
    PhysExpr::IsNull(Box::new(c.clone()), true)
}

/// `size(c) > 0` over column `c` of `schema` (InferFiltersFromGenerate's other filter).
fn size_positive(c: &PhysExpr, schema: &arrow_schema::Schema) -> Option<PhysExpr> {
    let PhysExpr::Column { index, field } = c else {
        return None;
    };
    let e = crate::expr::func(
        "size",
        vec![crate::expr::Expr::ColumnAt(*index, field.name().clone())],
    )
    .binary(
        BinaryOp::Gt,
        crate::expr::Expr::Literal(crate::scalar::ScalarValue::Int32(0)),
    );
    crate::expr::bind_expr(&e, schema).ok()
}

fn key(p: &PhysExpr) -> String {
    format!("{p:?}")
}

/// Adds the inferred `IS NOT NULL` filters and drops duplicates.
fn with_inferred(preds: Vec<PhysExpr>) -> Vec<PhysExpr> {
    let mut out: Vec<PhysExpr> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |p: PhysExpr, out: &mut Vec<PhysExpr>| {
        if seen.insert(key(&p)) {
            out.push(p);
        }
    };
    for p in preds {
        let mut cols = Vec::new();
        inferred_not_null(&p, &mut cols);
        add(p, &mut out);
        for c in cols {
            add(not_null(&c), &mut out);
        }
    }
    out
}

fn is_lit(p: &PhysExpr) -> bool {
    match p {
        PhysExpr::Literal(_) => true,
        PhysExpr::Cast { expr, .. } => is_lit(expr),
        _ => false,
    }
}

fn is_col(p: &PhysExpr) -> bool {
    matches!(p, PhysExpr::Column { .. })
}

/// Whether Spark would hand this predicate to the source as a data source filter.
fn translatable(p: &PhysExpr) -> bool {
    match p {
        PhysExpr::Binary {
            op, left, right, ..
        } if op.is_comparison() => {
            (is_col(left) && is_lit(right)) || (is_lit(left) && is_col(right))
        }
        PhysExpr::Binary {
            op: BinaryOp::And | BinaryOp::Or,
            left,
            right,
            ..
        } => translatable(left) && translatable(right),
        PhysExpr::Not(e) => translatable(e),
        // A boolean column on its own is the source filter `b = true`.
        PhysExpr::Column { field, .. } => field.data_type() == &arrow_schema::DataType::Boolean,
        PhysExpr::IsNull(e, _) => is_col(e),
        PhysExpr::InList { expr, list, .. } => is_col(expr) && list.iter().all(is_lit),
        PhysExpr::Like {
            expr,
            like: Some(pat),
            ..
        } => {
            // LIKE 'abc%', '%abc', '%abc%' become StringStartsWith / EndsWith / Contains.
            let core = pat.trim_start_matches('%').trim_end_matches('%');
            let simple = !core.contains(['%', '_', '\\']);
            let shape = pat.len() - core.len();
            is_col(expr) && simple && (1..=2).contains(&shape)
        }
        _ => false,
    }
}

fn rebuild(plan: &PlanRef, node: Node) -> PlanRef {
    Rc::new(Plan {
        id: plan.id,
        node,
        schema: plan.schema.clone(),
    })
}

/// A scan with other pushed filters than `plan`'s: a node of its own (a new id), since
/// the executor reads each scan node's rows by its id and a stream read twice (a union
/// of a stream with a filtered copy of itself) has a scan with and one without the
/// filter.
fn rebuild_scan(plan: &PlanRef, node: Node) -> PlanRef {
    Plan::new(node, plan.schema.clone())
}

fn wrap(preds: Vec<PhysExpr>, child: PlanRef) -> PlanRef {
    match and_all(preds) {
        None => child,
        Some(p) => {
            let schema = child.schema.clone();
            Plan::new(
                Node::Filter {
                    input: child,
                    predicate: p,
                },
                schema,
            )
        }
    }
}

/// What the rows of `plan` are known to satisfy (Spark's `constraints`): the
/// predicates of the filters below it, through watermarks and column-renaming
/// projections, over its output columns.
fn constraints(plan: &PlanRef) -> Vec<PhysExpr> {
    match &plan.node {
        Node::Filter { input, predicate } => {
            let mut out = Vec::new();
            conjuncts(predicate, &mut out);
            out.extend(constraints(input));
            out
        }
        Node::Watermark { input, .. } => constraints(input),
        Node::Project { input, exprs } => constraints(input)
            .into_iter()
            .filter_map(|c| {
                substitute(&c, &|i| {
                    let j = exprs
                        .iter()
                        .position(|e| matches!(e, PhysExpr::Column { index, .. } if *index == i))?;
                    Some(col_of(plan, j))
                })
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The value of an expression without columns (Spark's ConstantFolding), when it
/// evaluates without error to a value a literal can hold.
fn constant_value(p: &PhysExpr) -> Option<crate::scalar::ScalarValue> {
    if !refs(p).is_empty() || !deterministic(p) || matches!(p, PhysExpr::Literal(_)) {
        return None;
    }
    let mut foldable = true;
    p.for_each_node(&mut |n| {
        if let PhysExpr::Scalar { func, .. } = n {
            foldable &= func.foldable;
        }
    });
    if !foldable {
        return None;
    }
    let a = p.eval_constant().ok()?;
    if a.len() != 1 {
        return None;
    }
    let v = crate::scalar::ScalarValue::try_from_array(a.as_ref(), 0).ok()?;
    (v.data_type() == p.data_type() || matches!(v, crate::scalar::ScalarValue::Null(_)))
        .then_some(v)
}

/// Does `outer(inner_op(x, y), a)` reduce to `a`: `inner` is `a AND b` (under OR) or
/// `a OR b` (under AND) with `a` one of its sides.
fn absorbs(outer: BinaryOp, inner: &PhysExpr, a: &PhysExpr) -> bool {
    let want = match outer {
        BinaryOp::Or => BinaryOp::And,
        BinaryOp::And => BinaryOp::Or,
        _ => return false,
    };
    let key = format!("{a:?}");
    matches!(inner, PhysExpr::Binary { op, left, right, .. }
        if *op == want
            && inner.is_deterministic()
            && (format!("{left:?}") == key || format!("{right:?}") == key))
}

/// BooleanSimplification's common factor elimination: `(a OR b) AND (a OR c)` is
/// `a OR (b AND c)`, `(a AND b) OR (a AND c)` is `a AND (b OR c)`, and a side that is
/// all common factors is the factors (`(a OR b) AND a` is `a`). Factors are deterministic
/// and kept in the left side's order, as Spark writes them.
fn common_factor(op: BinaryOp, l: &PhysExpr, r: &PhysExpr) -> Option<PhysExpr> {
    let inner = match op {
        BinaryOp::And => BinaryOp::Or,
        BinaryOp::Or => BinaryOp::And,
        _ => return None,
    };
    fn split(inner: BinaryOp, e: &PhysExpr, out: &mut Vec<PhysExpr>) {
        match e {
            PhysExpr::Binary {
                op, left, right, ..
            } if *op == inner => {
                split(inner, left, out);
                split(inner, right, out);
            }
            other => out.push(other.clone()),
        }
    }
    let (mut lhs, mut rhs) = (Vec::new(), Vec::new());
    split(inner, l, &mut lhs);
    split(inner, r, &mut rhs);
    let within = |set: &[PhysExpr], e: &PhysExpr| {
        e.is_deterministic() && set.iter().any(|x| key(x) == key(e))
    };
    let common: Vec<PhysExpr> = lhs.iter().filter(|e| within(&rhs, e)).cloned().collect();
    if common.is_empty() {
        return None;
    }
    let ldiff: Vec<PhysExpr> = lhs.into_iter().filter(|e| !within(&common, e)).collect();
    let rdiff: Vec<PhysExpr> = rhs.into_iter().filter(|e| !within(&common, e)).collect();
    let join = |v: Vec<PhysExpr>, op: BinaryOp| {
        v.into_iter().reduce(|a, b| PhysExpr::Binary {
            op,
            left: Box::new(a),
            right: Box::new(b),
            ty: arrow_schema::DataType::Boolean,
        })
    };
    if ldiff.is_empty() || rdiff.is_empty() {
        return join(common, inner);
    }
    let mut all = common;
    all.push(PhysExpr::Binary {
        op,
        left: Box::new(join(ldiff, inner)?),
        right: Box::new(join(rdiff, inner)?),
        ty: arrow_schema::DataType::Boolean,
    });
    join(all, inner)
}

/// Spark's PushFoldableIntoBranches for a unary expression `wrap` of a CASE whose
/// values (and ELSE) are all constants but at most one: the CASE of `wrap` of each
/// value, of type `ty` (constant folding then finishes the branches).
fn into_branches(
    e: &PhysExpr,
    ty: &arrow_schema::DataType,
    wrap: &dyn Fn(PhysExpr) -> PhysExpr,
) -> Option<PhysExpr> {
    let PhysExpr::Case {
        branches,
        otherwise,
        ty: case_ty,
    } = e
    else {
        return None;
    };
    let unfoldable = branches
        .iter()
        .map(|(_, v)| v)
        .chain(otherwise.as_deref())
        .filter(|v| !is_lit(v))
        .count();
    if unfoldable > 1 {
        return None;
    }
    let null = || PhysExpr::Literal(crate::scalar::ScalarValue::Null(case_ty.clone()));
    Some(PhysExpr::Case {
        branches: branches
            .iter()
            .map(|(w, v)| (w.clone(), wrap(v.clone())))
            .collect(),
        otherwise: Some(Box::new(wrap(
            otherwise.as_deref().cloned().unwrap_or_else(null),
        ))),
        ty: ty.clone(),
    })
}

/// PushFoldableIntoBranches for a comparison (not `!=`, which Spark writes as NOT of
/// `=`) or an arithmetic operator between a CASE and a constant.
fn binary_into_branches(
    op: BinaryOp,
    l: &PhysExpr,
    r: &PhysExpr,
    ty: &arrow_schema::DataType,
) -> Option<PhysExpr> {
    use BinaryOp as B;
    if !matches!(
        op,
        B::Plus
            | B::Minus
            | B::Multiply
            | B::Divide
            | B::Modulo
            | B::IntDivide
            | B::Eq
            | B::Lt
            | B::LtEq
            | B::Gt
            | B::GtEq
            | B::EqNullSafe
    ) {
        return None;
    }
    let bin = |a: PhysExpr, b: PhysExpr| PhysExpr::Binary {
        op,
        left: Box::new(a),
        right: Box::new(b),
        ty: ty.clone(),
    };
    if is_lit(r) {
        into_branches(l, ty, &|v| bin(v, r.clone()))
    } else if is_lit(l) {
        into_branches(r, ty, &|v| bin(l.clone(), v))
    } else {
        None
    }
}

/// Spark's ConstantFolding and BooleanSimplification on a predicate: constant
/// sub-expressions become literals, `x AND false` false, `x OR true` true, `x AND true`
/// and `x OR false` x, so that what is left can reach the source.
fn fold(p: &PhysExpr) -> PhysExpr {
    use crate::scalar::ScalarValue as V;
    if let Some(v) = constant_value(p) {
        return PhysExpr::Literal(match v {
            V::Null(_) => V::Null(p.data_type()),
            v => v,
        });
    }
    match p {
        PhysExpr::Binary {
            op: op @ (BinaryOp::And | BinaryOp::Or),
            left,
            right,
            ty,
        } => {
            let (l, r) = (fold(left), fold(right));
            let lit = |e: &PhysExpr| match e {
                PhysExpr::Literal(V::Boolean(b)) => Some(*b),
                _ => None,
            };
            match (op, lit(&l), lit(&r)) {
                (BinaryOp::And, Some(false), _) | (BinaryOp::And, _, Some(false)) => {
                    PhysExpr::Literal(V::Boolean(false))
                }
                (BinaryOp::Or, Some(true), _) | (BinaryOp::Or, _, Some(true)) => {
                    PhysExpr::Literal(V::Boolean(true))
                }
                (BinaryOp::And, Some(true), _) | (BinaryOp::Or, Some(false), _) => r,
                (BinaryOp::And, _, Some(true)) | (BinaryOp::Or, _, Some(false)) => l,
                // BooleanSimplification: `a AND a` and `a OR a` are `a`.
                _ if l.is_deterministic() && key(&l) == key(&r) => l,
                // Absorption (BooleanSimplification): `(a AND b) OR a` and `(a OR b) AND a`
                // are `a`, either way round (deterministic operands).
                _ if absorbs(*op, &l, &r) => r,
                _ if absorbs(*op, &r, &l) => l,
                _ if let Some(f) = common_factor(*op, &l, &r) => f,
                _ => PhysExpr::Binary {
                    op: *op,
                    left: Box::new(l),
                    right: Box::new(r),
                    ty: ty.clone(),
                },
            }
        }
        PhysExpr::Binary {
            op,
            left,
            right,
            ty,
        } => {
            let (l, r) = (fold(left), fold(right));
            // NullPropagation: a NULL operand makes the result NULL (not for <=>).
            let is_null_lit = |e: &PhysExpr| matches!(e, PhysExpr::Literal(v) if v.is_null());
            if *op != BinaryOp::EqNullSafe && (is_null_lit(&l) || is_null_lit(&r)) {
                return PhysExpr::Literal(V::Null(ty.clone()));
            }
            // SimplifyBinaryComparison (one side a boolean literal): `x = true` is x and
            // `x = false` NOT x; `x <=> true` / `x <=> false` the same where x cannot be NULL.
            if matches!(op, BinaryOp::Eq | BinaryOp::EqNullSafe) {
                let (lit, x) = match (&l, &r) {
                    (PhysExpr::Literal(V::Boolean(b)), x)
                    | (x, PhysExpr::Literal(V::Boolean(b))) => (Some(*b), x),
                    _ => (None, &l),
                };
                if let Some(b) = lit
                    && x.data_type() == arrow_schema::DataType::Boolean
                    && (*op == BinaryOp::Eq || !x.nullable())
                {
                    return if b {
                        x.clone()
                    } else {
                        fold(&PhysExpr::Not(Box::new(x.clone())))
                    };
                }
            }
            if let Some(pushed) = binary_into_branches(*op, &l, &r, ty) {
                return fold(&pushed);
            }
            unwrap_cast(*op, l, r, ty, false)
        }
        // SimplifyConditionals: branches whose condition is false or NULL go; a branch
        // whose condition is true ends the CASE.
        PhysExpr::Case {
            branches,
            otherwise,
            ty,
        } => {
            let mut kept = Vec::new();
            let mut tail = otherwise.as_ref().map(|o| fold(o));
            for (w, t) in branches {
                let w = fold(w);
                match &w {
                    PhysExpr::Literal(V::Boolean(false)) => continue,
                    PhysExpr::Literal(v) if v.is_null() => continue,
                    PhysExpr::Literal(V::Boolean(true)) => {
                        tail = Some(fold(t));
                        break;
                    }
                    _ => kept.push((w, fold(t))),
                }
            }
            // Every branch gives the ELSE value (conditions deterministic): that value.
            let same = |v: &PhysExpr| {
                tail.as_ref()
                    .is_some_and(|t| format!("{v:?}") == format!("{t:?}"))
            };
            if !kept.is_empty()
                && kept.iter().all(|(w, t)| same(t) && w.is_deterministic())
                && tail.as_ref().is_some_and(|t| t.data_type() == *ty)
            {
                kept.clear();
            }
            // `CASE WHEN c THEN true ELSE false END` is c, the other way round NOT c
            // (`c <=> true` where c can be NULL).
            if let ([(c, PhysExpr::Literal(V::Boolean(t)))], Some(PhysExpr::Literal(V::Boolean(e)))) =
                (kept.as_slice(), tail.as_ref())
                && t != e
            {
                let c = if c.nullable() {
                    PhysExpr::Binary {
                        op: BinaryOp::EqNullSafe,
                        left: Box::new(c.clone()),
                        right: Box::new(PhysExpr::Literal(V::Boolean(true))),
                        ty: arrow_schema::DataType::Boolean,
                    }
                } else {
                    c.clone()
                };
                return if *t {
                    c
                } else {
                    fold(&PhysExpr::Not(Box::new(c)))
                };
            }
            if kept.is_empty() {
                match tail {
                    Some(t) if t.data_type() == *ty => t,
                    None => PhysExpr::Literal(V::Null(ty.clone())),
                    Some(t) => PhysExpr::Case {
                        branches: Vec::new(),
                        otherwise: Some(Box::new(t)),
                        ty: ty.clone(),
                    },
                }
            } else {
                PhysExpr::Case {
                    branches: kept,
                    otherwise: tail.map(Box::new),
                    ty: ty.clone(),
                }
            }
        }
        // BooleanSimplification: NOT of a constant, of a NOT, of IS [NOT] NULL, and
        // De Morgan's laws (so that the conjuncts split and reach the source one by one).
        // `NOT (a <> b)` is `a = b` (Spark's `<>` is NOT of `=`: Not(Not(x)) is x).
        PhysExpr::Not(e)
            if let PhysExpr::Binary {
                op: BinaryOp::NotEq,
                left,
                right,
                ty,
            } = e.as_ref() =>
        {
            fold(&PhysExpr::Binary {
                op: BinaryOp::Eq,
                left: left.clone(),
                right: right.clone(),
                ty: ty.clone(),
            })
        }
        PhysExpr::Not(e) => match fold(e) {
            PhysExpr::Literal(V::Boolean(b)) => PhysExpr::Literal(V::Boolean(!b)),
            PhysExpr::Not(inner) => *inner,
            PhysExpr::IsNull(x, negated) => PhysExpr::IsNull(x, !negated),
            PhysExpr::Binary {
                op: op @ (BinaryOp::And | BinaryOp::Or),
                left,
                right,
                ty,
            } => fold(&PhysExpr::Binary {
                op: if op == BinaryOp::And {
                    BinaryOp::Or
                } else {
                    BinaryOp::And
                },
                left: Box::new(PhysExpr::Not(left)),
                right: Box::new(PhysExpr::Not(right)),
                ty,
            }),
            f => PhysExpr::Not(Box::new(f)),
        },
        // A cast of what folds (a CASE whose branches all give one column); a cast to the
        // type its input already has goes.
        PhysExpr::Cast { expr, to, try_ } => {
            let f = fold(expr);
            if f.data_type() == *to {
                f
            } else if let Some(pushed) = into_branches(&f, to, &|v| PhysExpr::Cast {
                expr: Box::new(v),
                to: to.clone(),
                try_: *try_,
            }) {
                fold(&pushed)
            } else {
                PhysExpr::Cast {
                    expr: Box::new(f),
                    to: to.clone(),
                    try_: *try_,
                }
            }
        }
        // NullPropagation: `x IS NULL` of an x that cannot be NULL is false.
        PhysExpr::IsNull(e, negated) => {
            let f = fold(e);
            // NullDownPropagation: IS [NOT] NULL of NOT x is that of x; of a deterministic
            // <, <=, >, >= that of its operands, joined by OR (AND for IS NOT NULL).
            match &f {
                PhysExpr::Not(x) => return fold(&PhysExpr::IsNull(x.clone(), *negated)),
                PhysExpr::Binary {
                    op: BinaryOp::Lt | BinaryOp::LtEq | BinaryOp::Gt | BinaryOp::GtEq,
                    left,
                    right,
                    ..
                } if f.is_deterministic() => {
                    return fold(&PhysExpr::Binary {
                        op: if *negated {
                            BinaryOp::And
                        } else {
                            BinaryOp::Or
                        },
                        left: Box::new(PhysExpr::IsNull(left.clone(), *negated)),
                        right: Box::new(PhysExpr::IsNull(right.clone(), *negated)),
                        ty: arrow_schema::DataType::Boolean,
                    });
                }
                _ => {}
            }
            if let Some(pushed) = into_branches(&f, &arrow_schema::DataType::Boolean, &|v| {
                PhysExpr::IsNull(Box::new(v), *negated)
            }) {
                return fold(&pushed);
            }
            if f.nullable() {
                PhysExpr::IsNull(Box::new(f), *negated)
            } else {
                PhysExpr::Literal(V::Boolean(*negated))
            }
        }
        // left / right(s, n) are Spark's `if(s IS NULL, NULL, if(n <= 0, '', substring…))`
        // (RuntimeReplaceable); with a constant n <= 0 the inner IF folds to ''.
        PhysExpr::Scalar { func, args, ty }
            if matches!(func.name, "left" | "right")
                && args.len() == 2
                && matches!(args[1], PhysExpr::Literal(V::Int32(n)) if n <= 0) =>
        {
            fold(&PhysExpr::Case {
                branches: vec![(
                    PhysExpr::IsNull(Box::new(args[0].clone()), false),
                    PhysExpr::Literal(V::Null(ty.clone())),
                )],
                otherwise: Some(Box::new(PhysExpr::Literal(V::Utf8(String::new())))),
                ty: ty.clone(),
            })
        }
        // LIKE / RLIKE of a CASE of constants: PushFoldableIntoBranches.
        PhysExpr::Like {
            expr,
            regex,
            negated,
            like,
        } => {
            let f = fold(expr);
            let wrap = |v: PhysExpr| PhysExpr::Like {
                expr: Box::new(v),
                regex: regex.clone(),
                negated: *negated,
                like: like.clone(),
            };
            match into_branches(&f, &arrow_schema::DataType::Boolean, &wrap) {
                Some(pushed) => fold(&pushed),
                None => wrap(f),
            }
        }
        // nullif(x, a, b) is Spark's `if(a = b, NULL, x)` (a RuntimeReplaceable), which
        // the rules on conditionals then see.
        PhysExpr::Scalar { func, args, ty } if func.name == "nullif" && args.len() == 3 => {
            fold(&PhysExpr::Case {
                branches: vec![(
                    PhysExpr::Binary {
                        op: BinaryOp::Eq,
                        left: Box::new(args[1].clone()),
                        right: Box::new(args[2].clone()),
                        ty: arrow_schema::DataType::Boolean,
                    },
                    PhysExpr::Literal(V::Null(ty.clone())),
                )],
                otherwise: Some(Box::new(args[0].clone())),
                ty: ty.clone(),
            })
        }
        // coalesce without its NULL literals, and nothing after an argument that
        // cannot be NULL (a lone argument is the value itself).
        // (nvl and ifnull are Spark's Coalesce too.)
        PhysExpr::Scalar { func, args, ty }
            if matches!(func.name, "coalesce" | "nvl" | "ifnull") =>
        {
            let mut kept: Vec<PhysExpr> = Vec::new();
            for a in args.iter().map(fold) {
                if matches!(a, PhysExpr::Literal(ref v) if v.is_null()) {
                    continue;
                }
                let stop = !a.nullable();
                kept.push(a);
                if stop {
                    break;
                }
            }
            match kept.len() {
                0 => PhysExpr::Literal(V::Null(ty.clone())),
                1 if kept[0].data_type() == *ty => kept.remove(0),
                _ => PhysExpr::Scalar {
                    func: func.clone(),
                    args: kept,
                    ty: ty.clone(),
                },
            }
        }
        // SimplifyExtractValueOps: a field of a struct built in place is the value it
        // was built from (`named_struct('a', x).a` is x).
        PhysExpr::Field { expr, index, field } => match fold(expr) {
            PhysExpr::Scalar { func, args, .. }
                if matches!(func.name, "struct" | "named_struct")
                    && args
                        .get(*index)
                        .is_some_and(|a| a.data_type() == *field.data_type()) =>
            {
                fold(&args[*index])
            }
            f => PhysExpr::Field {
                expr: Box::new(f),
                index: *index,
                field: field.clone(),
            },
        },
        // OptimizeIn: a list of literals without repeats; one candidate is `v = c`
        // (`NOT (v = c)` for NOT IN), which the rules on comparisons then see.
        PhysExpr::InList {
            expr,
            list,
            negated,
        } => {
            let v = fold(expr);
            let mut items: Vec<PhysExpr> = list.iter().map(fold).collect();
            if let Some(unwrapped) = unwrap_cast_in(&v, &items) {
                return fold(&if *negated {
                    PhysExpr::Not(Box::new(unwrapped))
                } else {
                    unwrapped
                });
            }
            // An empty list: `v IN ()` is false, or NULL for a NULL v.
            if items.is_empty() {
                return false_if_not_null(v);
            }
            let all_lit = items.iter().all(is_lit);
            if all_lit {
                let mut seen = std::collections::HashSet::new();
                items.retain(|x| seen.insert(key(x)));
            }
            let is_struct =
                |e: &PhysExpr| matches!(e.data_type(), arrow_schema::DataType::Struct(_));
            if all_lit && items.len() == 1 && !is_struct(&v) {
                let eq = PhysExpr::Binary {
                    op: BinaryOp::Eq,
                    left: Box::new(v),
                    right: Box::new(items.remove(0)),
                    ty: arrow_schema::DataType::Boolean,
                };
                return fold(&if *negated {
                    PhysExpr::Not(Box::new(eq))
                } else {
                    eq
                });
            }
            PhysExpr::InList {
                expr: Box::new(v),
                list: items,
                negated: *negated,
            }
        }
        // NullPropagation: a NULL-intolerant function of a NULL argument is NULL
        // (`CAST(NULL AS TIMESTAMP) - ts`).
        PhysExpr::Scalar { func, args, ty } if func.props.null_intolerant => {
            let args: Vec<PhysExpr> = args.iter().map(fold).collect();
            if args
                .iter()
                .any(|a| matches!(a, PhysExpr::Literal(v) if v.is_null()))
            {
                return PhysExpr::Literal(V::Null(ty.clone()));
            }
            PhysExpr::Scalar {
                func: func.clone(),
                args,
                ty: ty.clone(),
            }
        }
        other => other.clone(),
    }
}

/// `c IS NULL AND NULL`: NULL for a NULL c, else false (Spark's falseIfNotNull).
fn false_if_not_null(c: PhysExpr) -> PhysExpr {
    PhysExpr::Binary {
        op: BinaryOp::And,
        left: Box::new(PhysExpr::IsNull(Box::new(c), false)),
        right: Box::new(PhysExpr::Literal(crate::scalar::ScalarValue::Null(
            arrow_schema::DataType::Boolean,
        ))),
        ty: arrow_schema::DataType::Boolean,
    }
}

/// UnwrapCastInBinaryComparison of `CAST(c AS wider) IN (literals)`: the literals that
/// the column's type holds exactly stay (in its type), the others make the IN
/// `c IS NULL AND NULL` OR the rest (`CAST(m AS DECIMAL(10,3)) IN (0.001)` of a
/// DECIMAL(7,0) m is never true). None where the rule does not apply.
fn unwrap_cast_in(v: &PhysExpr, items: &[PhysExpr]) -> Option<PhysExpr> {
    let PhysExpr::Cast {
        expr: col,
        try_: false,
        ..
    } = v
    else {
        return None;
    };
    let all_lit = items.iter().all(|x| matches!(x, PhysExpr::Literal(_)));
    if is_lit(col) || items.is_empty() || !all_lit {
        return None;
    }
    let (mut nulls, mut can, mut cannot) = (0, Vec::new(), 0);
    for x in items {
        if matches!(x, PhysExpr::Literal(l) if l.is_null()) {
            nulls += 1;
            continue;
        }
        let ty = arrow_schema::DataType::Boolean;
        match unwrap_cast(BinaryOp::Eq, v.clone(), x.clone(), &ty, true) {
            PhysExpr::Binary {
                op: BinaryOp::Eq,
                left,
                right,
                ..
            } if key(&left) == key(col) && is_lit(&right) => can.push(*right),
            PhysExpr::Literal(crate::scalar::ScalarValue::Boolean(false)) => cannot += 1,
            _ => return None,
        }
    }
    if can.is_empty() && cannot == 0 {
        return None;
    }
    let mut list: Vec<PhysExpr> = (0..nulls)
        .map(|_| PhysExpr::Literal(crate::scalar::ScalarValue::Null(col.data_type())))
        .collect();
    list.extend(can);
    let unwrapped = PhysExpr::InList {
        expr: col.clone(),
        list,
        negated: false,
    };
    Some(if cannot > 0 {
        PhysExpr::Binary {
            op: BinaryOp::Or,
            left: Box::new(false_if_not_null(col.as_ref().clone())),
            right: Box::new(unwrapped),
            ty: arrow_schema::DataType::Boolean,
        }
    } else {
        unwrapped
    })
}

/// Spark's UnwrapCastInBinaryComparison: `CAST(c AS wider) op literal` becomes
/// `c op literal'` with the literal in c's type (so that the source can filter on it):
/// exactly when the literal fits; for an integral or decimal c, rounded toward the
/// side that keeps the comparison's answer; in a filter (`in_filter`), an equality that
/// can never hold is false and an inequality `c IS NOT NULL`.
fn unwrap_cast(
    op: BinaryOp,
    l: PhysExpr,
    r: PhysExpr,
    ty: &arrow_schema::DataType,
    in_filter: bool,
) -> PhysExpr {
    use crate::scalar::ScalarValue as V;
    use arrow_schema::DataType as T;
    let keep = |l: PhysExpr, r: PhysExpr| PhysExpr::Binary {
        op,
        left: Box::new(l),
        right: Box::new(r),
        ty: ty.clone(),
    };
    // (`<=>` too, where the literal is exact in the column's type.)
    if !op.is_comparison() {
        return keep(l, r);
    }
    let flip = |op: BinaryOp| match op {
        BinaryOp::Lt => BinaryOp::Gt,
        BinaryOp::LtEq => BinaryOp::GtEq,
        BinaryOp::Gt => BinaryOp::Lt,
        BinaryOp::GtEq => BinaryOp::LtEq,
        o => o,
    };
    // Any expression that is not a constant under a widening cast (Spark's
    // canImplicitlyCast: `Cast.canUpCast(from, to)`).
    let (col, v, cop, to) = match (&l, &r) {
        (
            PhysExpr::Cast {
                expr,
                try_: false,
                to,
            },
            PhysExpr::Literal(v),
        ) if !is_lit(expr) && !v.is_null() => (expr.as_ref().clone(), v.clone(), op, to),
        (
            PhysExpr::Literal(v),
            PhysExpr::Cast {
                expr,
                try_: false,
                to,
            },
        ) if !is_lit(expr) && !v.is_null() => (expr.as_ref().clone(), v.clone(), flip(op), to),
        _ => return keep(l, r),
    };
    let ct = col.data_type();
    if let Some(e) = unwrap_date_cast(cop, &col, &ct, &v, to, ty, in_filter) {
        return e;
    }
    // Not where the widening is inexact (SPARK-39476: int → float, bigint → float or
    // double), nor decimal → floating point (a decimal is not "tighter" than a double in
    // Spark's `Cast.canUpCast`): there the comparison stays on the widened values.
    let inexact = matches!(
        (&ct, to),
        (T::Int32, T::Float32)
            | (T::Int64, T::Float32 | T::Float64)
            | (T::Decimal128(..), T::Float32 | T::Float64)
    );
    if !matches!(ct, T::Int32 | T::Int64 | T::Decimal128(..) | T::Float32)
        || inexact
        || crate::expr::coerce::wider_type(&ct, to).as_ref() != Some(to)
    {
        return keep(l, r);
    }
    let cmp = |op: BinaryOp, lit: V| PhysExpr::Binary {
        op,
        left: Box::new(col.clone()),
        right: Box::new(PhysExpr::Literal(lit)),
        ty: ty.clone(),
    };
    // Exactly representable in the column's type?
    let arr = v.to_array(1);
    if ct == T::Float32 {
        if matches!(v, V::Float64(x) if x.is_nan()) {
            return keep(l, r);
        }
        // A float literal (there is no float scalar: a cast of the double one).
        if let Ok(back) = crate::expr::cast::cast_array(&arr, &T::Float32, false)
            && let Ok(again) = crate::expr::cast::cast_array(&back, &v.data_type(), false)
            && V::try_from_array(again.as_ref(), 0).is_ok_and(|y| y == v)
        {
            return PhysExpr::Binary {
                op: cop,
                left: Box::new(col.clone()),
                right: Box::new(PhysExpr::Cast {
                    expr: Box::new(PhysExpr::Literal(v)),
                    to: T::Float32,
                    try_: false,
                }),
                ty: ty.clone(),
            };
        }
        // A float never equals a literal it cannot hold (Spark: `f = 0.001` is false in a
        // filter where f is not NULL); an ordering compares with the nearest float, the
        // operator adjusted to the side it lies on (`f < 0.1` is `f < 0.1f`, as 0.1f is
        // above 0.1; `f > 0.001` is `f >= 0.001f`).
        let near = match v {
            V::Float64(x) if x.is_finite() && x.abs() <= f32::MAX as f64 => Some(x),
            _ => None,
        };
        let flt = |op: BinaryOp, x: f32| PhysExpr::Binary {
            op,
            left: Box::new(col.clone()),
            right: Box::new(PhysExpr::Cast {
                expr: Box::new(PhysExpr::Literal(V::Float64(x as f64))),
                to: T::Float32,
                try_: false,
            }),
            ty: ty.clone(),
        };
        return match (cop, near) {
            (BinaryOp::Eq, _) if in_filter => PhysExpr::Literal(V::Boolean(false)),
            (BinaryOp::NotEq, _) if in_filter => PhysExpr::IsNull(Box::new(col.clone()), true),
            (BinaryOp::Gt | BinaryOp::GtEq | BinaryOp::Lt | BinaryOp::LtEq, Some(x)) => {
                let nf = x as f32;
                let above = nf as f64 > x;
                let op = match (cop, above) {
                    (BinaryOp::Gt | BinaryOp::GtEq, true) => BinaryOp::GtEq,
                    (BinaryOp::Gt | BinaryOp::GtEq, false) => BinaryOp::Gt,
                    (_, true) => BinaryOp::Lt,
                    (_, false) => BinaryOp::LtEq,
                };
                flt(op, nf)
            }
            _ => keep(l, r),
        };
    }
    if let Ok(back) = crate::expr::cast::cast_array(&arr, &ct, false)
        && let Ok(again) = crate::expr::cast::cast_array(&back, &v.data_type(), false)
        && let (Ok(x), Ok(y)) = (
            V::try_from_array(back.as_ref(), 0),
            V::try_from_array(again.as_ref(), 0),
        )
        && !x.is_null()
        && y == v
        && x.data_type() == ct
    {
        return cmp(cop, x);
    }
    // Between two values of the column's type: round the literal.
    let f = match &v {
        V::Int32(x) => *x as f64,
        V::Int64(x) => *x as f64,
        V::Float64(x) => *x,
        V::Decimal128(x, _, s) => *x as f64 / 10f64.powi(*s as i32),
        _ => return keep(l, r),
    };
    if !f.is_finite() || ct == T::Float32 {
        return keep(l, r);
    }
    let bound = |up: bool| -> Option<V> {
        match ct {
            T::Int32 => {
                let x = if up { f.ceil() } else { f.floor() };
                (x >= i32::MIN as f64 && x <= i32::MAX as f64).then_some(V::Int32(x as i32))
            }
            T::Int64 => {
                let x = if up { f.ceil() } else { f.floor() };
                (x > i64::MIN as f64 && x < i64::MAX as f64).then_some(V::Int64(x as i64))
            }
            T::Decimal128(p, s) => {
                let scaled = f * 10f64.powi(s as i32);
                let x = if up { scaled.ceil() } else { scaled.floor() };
                (x.abs() < 10f64.powi(p as i32)).then_some(V::Decimal128(x as i128, p, s))
            }
            _ => None,
        }
    };
    match cop {
        BinaryOp::Gt => bound(false).map(|b| cmp(BinaryOp::Gt, b)),
        BinaryOp::GtEq => bound(true).map(|b| cmp(BinaryOp::GtEq, b)),
        BinaryOp::Lt => bound(true).map(|b| cmp(BinaryOp::Lt, b)),
        BinaryOp::LtEq => bound(false).map(|b| cmp(BinaryOp::LtEq, b)),
        BinaryOp::Eq if in_filter => Some(PhysExpr::Literal(V::Boolean(false))),
        BinaryOp::NotEq if in_filter => Some(PhysExpr::IsNull(Box::new(col.clone()), true)),
        _ => None,
    }
    .unwrap_or_else(|| keep(l, r))
}

/// Spark's UnwrapCastInBinaryComparison for dates and timestamps: `CAST(date AS
/// TIMESTAMP) op ts` compares the date with the timestamp's day (`unwrapTimestampToDate`),
/// `CAST(ts AS DATE) op date` compares the timestamp with the day's bounds
/// (`unwrapDateToTimestamp`). The literals are made by the same casts the comparison
/// would run. `None`: not such a comparison (or a form Spark keeps).
fn unwrap_date_cast(
    op: BinaryOp,
    col: &PhysExpr,
    ct: &arrow_schema::DataType,
    v: &crate::scalar::ScalarValue,
    to: &arrow_schema::DataType,
    ty: &arrow_schema::DataType,
    in_filter: bool,
) -> Option<PhysExpr> {
    use crate::scalar::ScalarValue as V;
    use arrow_schema::DataType as T;
    let cast = |v: &V, to: &T| -> Option<V> {
        let a = crate::expr::cast::cast_array(&v.to_array(1), to, false).ok()?;
        V::try_from_array(a.as_ref(), 0)
            .ok()
            .filter(|x| !x.is_null())
    };
    let cmp = |op: BinaryOp, lit: V| PhysExpr::Binary {
        op,
        left: Box::new(col.clone()),
        right: Box::new(PhysExpr::Literal(lit)),
        ty: ty.clone(),
    };
    match (ct, to, v) {
        // CAST(date AS TIMESTAMP) op timestamp literal.
        (T::Date32, T::Timestamp(..), V::Timestamp(_)) => {
            let floor = cast(v, &T::Date32)?;
            let whole_day = cast(&floor, to)? == *v;
            Some(match op {
                BinaryOp::Gt => cmp(BinaryOp::Gt, floor),
                BinaryOp::LtEq => cmp(BinaryOp::LtEq, floor),
                BinaryOp::GtEq if whole_day => cmp(BinaryOp::GtEq, floor),
                BinaryOp::GtEq => cmp(BinaryOp::Gt, floor),
                BinaryOp::Lt if whole_day => cmp(BinaryOp::Lt, floor),
                BinaryOp::Lt => cmp(BinaryOp::LtEq, floor),
                BinaryOp::Eq if whole_day => cmp(BinaryOp::Eq, floor),
                BinaryOp::Eq if in_filter => PhysExpr::Literal(V::Boolean(false)),
                BinaryOp::EqNullSafe if whole_day => cmp(BinaryOp::EqNullSafe, floor),
                BinaryOp::EqNullSafe => PhysExpr::Literal(V::Boolean(false)),
                _ => return None,
            })
        }
        // CAST(timestamp AS DATE) op date literal.
        (T::Timestamp(..), T::Date32, V::Date32(d)) => {
            let start = cast(v, ct)?;
            let next = cast(&V::Date32(d.checked_add(1)?), ct)?;
            let both = |a: PhysExpr, b: PhysExpr| PhysExpr::Binary {
                op: BinaryOp::And,
                left: Box::new(a),
                right: Box::new(b),
                ty: T::Boolean,
            };
            Some(match op {
                BinaryOp::Gt => cmp(BinaryOp::GtEq, next),
                BinaryOp::GtEq => cmp(BinaryOp::GtEq, start),
                BinaryOp::Lt => cmp(BinaryOp::Lt, start),
                BinaryOp::LtEq => cmp(BinaryOp::Lt, next),
                BinaryOp::Eq => both(cmp(BinaryOp::GtEq, start), cmp(BinaryOp::Lt, next)),
                _ => return None,
            })
        }
        _ => None,
    }
}

/// A filter's predicate folded, with Spark's ReplaceNullWithFalseInPredicate: a NULL
/// where the filter reads a boolean (at the top, under AND / OR) is false there.
fn fold_predicate(p: &PhysExpr) -> PhysExpr {
    fn no_null(p: PhysExpr) -> PhysExpr {
        use crate::scalar::ScalarValue as V;
        match p {
            PhysExpr::Literal(ref v) if v.is_null() => PhysExpr::Literal(V::Boolean(false)),
            PhysExpr::Binary {
                op,
                left,
                right,
                ty,
            } if op.is_comparison() => unwrap_cast(op, *left, *right, &ty, true),
            PhysExpr::Binary {
                op: op @ (BinaryOp::And | BinaryOp::Or),
                left,
                right,
                ty,
            } => PhysExpr::Binary {
                op,
                left: Box::new(no_null(*left)),
                right: Box::new(no_null(*right)),
                ty,
            },
            // A boolean CASE: its conditions and values too, a missing ELSE is false.
            PhysExpr::Case {
                branches,
                otherwise,
                ty: ty @ arrow_schema::DataType::Boolean,
            } => PhysExpr::Case {
                branches: branches
                    .into_iter()
                    .map(|(w, v)| (no_null(w), no_null(v)))
                    .collect(),
                otherwise: Some(Box::new(no_null(
                    otherwise.map_or(PhysExpr::Literal(V::Boolean(false)), |o| *o),
                ))),
                ty,
            },
            other => other,
        }
    }
    // Spark runs its rules to a fixed point; a few rounds reach it here.
    let mut cur = fold(p);
    for _ in 0..4 {
        let next = fold(&no_null(cur.clone()));
        if key(&next) == key(&cur) {
            break;
        }
        cur = next;
    }
    cur
}

/// A predicate without columns that is false or NULL.
fn never_true(p: &PhysExpr) -> bool {
    if !refs(p).is_empty() || !deterministic(p) {
        return false;
    }
    match p.eval_constant() {
        Ok(a) => {
            use arrow_array::Array;
            use arrow_array::cast::AsArray;
            a.as_boolean_opt()
                .is_some_and(|b| b.len() == 1 && (b.is_null(0) || !b.value(0)))
        }
        Err(_) => false,
    }
}

fn col_of(plan: &PlanRef, i: usize) -> PhysExpr {
    PhysExpr::Column {
        index: i,
        field: Arc::new(plan.schema.field(i).clone()),
    }
}

fn push(plan: &PlanRef, preds: Vec<PhysExpr>) -> PlanRef {
    let mut folded = Vec::new();
    for p in &preds {
        conjuncts(&fold_predicate(p), &mut folded);
    }
    // CombineFilters: a filter right under one predicate (through projections) joins it
    // as `inner AND outer`, which BooleanSimplification then sees whole.
    if let (Node::Filter { predicate, .. }, [outer]) = (&plan.node, folded.as_slice()) {
        let mut own = Vec::new();
        conjuncts(predicate, &mut own);
        if own.len() == 1 {
            let both = fold_predicate(&PhysExpr::Binary {
                op: BinaryOp::And,
                left: Box::new(own.remove(0)),
                right: Box::new(outer.clone()),
                ty: arrow_schema::DataType::Boolean,
            });
            let Node::Filter { input, .. } = &plan.node else {
                unreachable!()
            };
            let mut all = Vec::new();
            conjuncts(&both, &mut all);
            return push(input, all);
        }
    }
    let preds = with_inferred(folded);
    match &plan.node {
        Node::Filter { input, predicate } => {
            let mut all = preds;
            conjuncts(predicate, &mut all);
            push(input, all)
        }
        Node::Project { input, exprs } => {
            let (mut down, mut keep) = (Vec::new(), Vec::new());
            for p in preds {
                let mapped = if exprs.iter().all(deterministic) {
                    substitute(&p, &|i| exprs.get(i).cloned())
                } else {
                    None
                };
                match mapped {
                    Some(m) => down.push(m),
                    None => keep.push(p),
                }
            }
            let child = push(input, down);
            wrap(
                keep,
                rebuild(
                    plan,
                    Node::Project {
                        input: child,
                        exprs: exprs.clone(),
                    },
                ),
            )
        }
        Node::Watermark {
            input,
            column,
            delay_ms,
        } => {
            let (down, keep): (Vec<_>, Vec<_>) = preds
                .into_iter()
                .partition(|p| deterministic(p) && !refs(p).contains(column));
            let child = push(input, down);
            wrap(
                keep,
                rebuild(
                    plan,
                    Node::Watermark {
                        input: child,
                        column: *column,
                        delay_ms: *delay_ms,
                    },
                ),
            )
        }
        Node::WindowAssign { input, time, .. } | Node::SessionAssign { input, time, .. } => {
            let n = input.schema.fields().len();
            let (mut down, keep): (Vec<_>, Vec<_>) = preds
                .into_iter()
                .partition(|p| deterministic(p) && !refs(p).contains(&n));
            // TimeWindowing filters out rows whose time is NULL.
            if is_col(time) {
                down.push(not_null(time));
            }
            let child = push(input, down);
            let node = match &plan.node {
                Node::WindowAssign {
                    time,
                    size,
                    slide,
                    start,
                    ..
                } => Node::WindowAssign {
                    input: child,
                    time: time.clone(),
                    size: *size,
                    slide: *slide,
                    start: *start,
                },
                Node::SessionAssign {
                    time,
                    gap,
                    gap_expr,
                    ..
                } => Node::SessionAssign {
                    input: child,
                    time: time.clone(),
                    gap: *gap,
                    gap_expr: gap_expr.clone(),
                },
                _ => unreachable!(),
            };
            wrap(keep, rebuild(plan, node))
        }
        Node::Generate { input, items } => {
            // Output column → input expression, for the plain items.
            let mut map: Vec<Option<PhysExpr>> = Vec::new();
            let mut implied = Vec::new();
            for it in items {
                match it {
                    GenItem::Plain(e) => map.push(if deterministic(e) {
                        Some(e.clone())
                    } else {
                        None
                    }),
                    GenItem::Explode {
                        arg,
                        outer,
                        position,
                        inline,
                    } => {
                        // Spark's InferFiltersFromGenerate: an explode of a column drops
                        // the rows whose array or map is NULL or empty, so those filters go
                        // down (below a watermark too: such rows never reach its event-time
                        // statistics).
                        // When only one field of the elements is read, Spark explodes that
                        // field's array and infers `size(items.f) > 0 AND items.f IS NOT
                        // NULL`, which no source applies: here `size(items) > 0` stands in
                        // (the same rows, and no source applies it either).
                        let one_field =
                            SINGLE_FIELD_EXPLODES.with(|s| s.borrow().contains(&plan.id));
                        if !outer && is_col(arg) {
                            if !one_field {
                                implied.push(not_null(arg));
                            }
                            implied.extend(size_positive(arg, &input.schema));
                        }
                        let width = match arg.data_type() {
                            arrow_schema::DataType::List(f) if *inline => match f.data_type() {
                                arrow_schema::DataType::Struct(fs) => fs.len(),
                                _ => 1,
                            },
                            t => {
                                1 + usize::from(*position)
                                    + usize::from(matches!(t, arrow_schema::DataType::Map(..)))
                            }
                        };
                        map.extend(std::iter::repeat_n(None, width));
                    }
                }
            }
            let (mut down, mut keep) = (implied, Vec::new());
            for p in preds {
                match substitute(&p, &|i| map.get(i).cloned().flatten()) {
                    Some(m) => down.push(m),
                    None => keep.push(p),
                }
            }
            let child = push(input, down);
            wrap(
                keep,
                rebuild(
                    plan,
                    Node::Generate {
                        input: child,
                        items: items.clone(),
                    },
                ),
            )
        }
        Node::Aggregate {
            input,
            group,
            aggs,
            output,
            inter_schema,
            event_time_key,
            session_key,
        } => {
            let map = |i: usize| -> Option<PhysExpr> {
                match output.get(i)? {
                    PhysExpr::Column { index, .. }
                        if *index < group.len()
                            && is_col(&group[*index])
                            && session_key.is_none() =>
                    {
                        Some(group[*index].clone())
                    }
                    _ => None,
                }
            };
            let (mut down, mut keep) = (Vec::new(), Vec::new());
            for p in preds {
                match if deterministic(&p) && !group.is_empty() {
                    substitute(&p, &map)
                } else {
                    None
                } {
                    Some(m) => down.push(m),
                    None => keep.push(p),
                }
            }
            let _ = &mut down;
            let child = push(input, down);
            wrap(
                keep,
                rebuild(
                    plan,
                    Node::Aggregate {
                        input: child,
                        group: group.clone(),
                        aggs: aggs.clone(),
                        output: output.clone(),
                        inter_schema: inter_schema.clone(),
                        event_time_key: *event_time_key,
                        session_key: *session_key,
                    },
                ),
            )
        }
        Node::Join {
            left,
            right,
            how,
            left_keys,
            right_keys,
            condition,
            output,
        } => {
            let (mut lp, mut rp, mut keep) = (Vec::new(), Vec::new(), Vec::new());
            let left_ok = matches!(
                how,
                JoinType::Inner
                    | JoinType::LeftOuter
                    | JoinType::LeftSemi
                    | JoinType::LeftAnti
                    | JoinType::Cross
            );
            let right_ok = matches!(
                how,
                JoinType::Inner | JoinType::RightOuter | JoinType::Cross
            );
            for p in preds {
                let to_left = |i: usize| match output.get(i)? {
                    JoinColumn::Left(c) => Some(col_of(left, *c)),
                    JoinColumn::Using(c, _) if *how != JoinType::FullOuter => {
                        Some(col_of(left, *c))
                    }
                    _ => None,
                };
                let to_right = |i: usize| match output.get(i)? {
                    JoinColumn::Right(c) => Some(col_of(right, *c)),
                    JoinColumn::Using(_, c) if *how == JoinType::Inner => Some(col_of(right, *c)),
                    _ => None,
                };
                if left_ok
                    && deterministic(&p)
                    && let Some(m) = substitute(&p, &to_left)
                {
                    lp.push(m);
                    continue;
                }
                if right_ok
                    && deterministic(&p)
                    && let Some(m) = substitute(&p, &to_right)
                {
                    rp.push(m);
                    continue;
                }
                keep.push(p);
            }
            // Spark's PushPredicateThroughJoin for the join's own condition: a conjunct
            // over one input only goes below the join on a side whose unmatched rows are
            // dropped; the rest stays in the condition.
            let nl = left.schema.fields().len();
            let mut cond_parts = Vec::new();
            if let Some(c) = condition {
                conjuncts(c, &mut cond_parts);
            }
            let mut remaining = Vec::new();
            for c in cond_parts {
                let r = refs(&c);
                let det = deterministic(&c);
                if det && r.iter().all(|i| *i < nl) {
                    if matches!(
                        how,
                        JoinType::Inner
                            | JoinType::Cross
                            | JoinType::LeftSemi
                            | JoinType::RightOuter
                    ) {
                        lp.push(c);
                        continue;
                    }
                } else if det
                    && r.iter().all(|i| *i >= nl)
                    && matches!(
                        how,
                        JoinType::Inner
                            | JoinType::Cross
                            | JoinType::LeftSemi
                            | JoinType::LeftOuter
                            | JoinType::LeftAnti
                    )
                    && let Some(m) = substitute(&c, &|i| Some(col_of(right, i - nl)))
                {
                    rp.push(m);
                    continue;
                }
                remaining.push(c);
            }
            let condition = and_all(remaining.clone());
            // The condition's conjuncts over one side are facts about that side's rows
            // that reach a match (InferFiltersFromConstraints reads the condition too).
            let (mut cond_left, mut cond_right) = (Vec::new(), Vec::new());
            for c in &remaining {
                let r = refs(c);
                if deterministic(c) && r.iter().all(|i| *i < nl) {
                    cond_left.push(c.clone());
                } else if deterministic(c)
                    && r.iter().all(|i| *i >= nl)
                    && let Some(m) = substitute(c, &|i| Some(col_of(right, i - nl)))
                {
                    cond_right.push(m);
                }
            }
            // Spark's InferFiltersFromConstraints: what holds of one side's key holds of the
            // other side's key too (`a = b AND a % 2 = 1` gives `b % 2 = 1`), on the sides
            // whose unmatched rows are dropped.
            let infer_left = matches!(
                how,
                JoinType::Inner | JoinType::RightOuter | JoinType::LeftSemi
            );
            let infer_right = matches!(
                how,
                JoinType::Inner | JoinType::LeftOuter | JoinType::LeftSemi
            );
            let key_cols = |keys: &[PhysExpr]| -> Vec<Option<usize>> {
                keys.iter()
                    .map(|k| match k {
                        PhysExpr::Column { index, .. } => Some(*index),
                        _ => None,
                    })
                    .collect()
            };
            let (lkc, rkc) = (key_cols(left_keys), key_cols(right_keys));
            let carry = |facts: Vec<PhysExpr>,
                         from: &[Option<usize>],
                         to: &[Option<usize>],
                         target: &PlanRef| {
                facts
                    .into_iter()
                    .filter(deterministic)
                    .filter_map(|f| {
                        substitute(&f, &|i| {
                            let k = from.iter().position(|c| *c == Some(i))?;
                            to[k].map(|j| col_of(target, j))
                        })
                    })
                    .collect::<Vec<_>>()
            };
            if infer_right {
                let mut facts = constraints(left);
                facts.extend(lp.iter().cloned());
                facts.extend(cond_left.iter().cloned());
                rp.extend(carry(facts, &lkc, &rkc, right));
            }
            if infer_left {
                let mut facts = constraints(right);
                facts.extend(rp.iter().cloned());
                facts.extend(cond_right.iter().cloned());
                lp.extend(carry(facts, &rkc, &lkc, left));
            }
            // A conjunct over both sides proves its NULL-intolerant columns not NULL on the
            // sides whose unmatched rows are dropped (`mv <> rv`: `rv IS NOT NULL`).
            for c in &remaining {
                let r = refs(c);
                if !deterministic(c) || r.iter().all(|i| *i < nl) || r.iter().all(|i| *i >= nl) {
                    continue;
                }
                let mut cols = Vec::new();
                inferred_not_null(c, &mut cols);
                for col in cols {
                    let PhysExpr::Column { index, .. } = col else {
                        continue;
                    };
                    if index < nl {
                        if infer_left {
                            lp.push(not_null(&col_of(left, index)));
                        }
                    } else if infer_right {
                        rp.push(not_null(&col_of(right, index - nl)));
                    }
                }
            }
            // Equi-join keys cannot be NULL on a side whose unmatched rows are dropped.
            if matches!(
                how,
                JoinType::Inner | JoinType::RightOuter | JoinType::LeftSemi
            ) {
                lp.extend(left_keys.iter().filter(|k| is_col(k)).map(not_null));
            }
            if matches!(
                how,
                JoinType::Inner | JoinType::LeftOuter | JoinType::LeftSemi
            ) {
                rp.extend(right_keys.iter().filter(|k| is_col(k)).map(not_null));
            }
            let (l, r) = (push(left, lp), push(right, rp));
            wrap(
                keep,
                rebuild(
                    plan,
                    Node::Join {
                        left: l,
                        right: r,
                        how: *how,
                        left_keys: left_keys.clone(),
                        right_keys: right_keys.clone(),
                        condition: condition.clone(),
                        output: output.clone(),
                    },
                ),
            )
        }
        Node::Union { inputs } => {
            let det: Vec<PhysExpr> = preds.iter().filter(|p| deterministic(p)).cloned().collect();
            let keep: Vec<PhysExpr> = preds
                .iter()
                .filter(|p| !deterministic(p))
                .cloned()
                .collect();
            let inputs = inputs.iter().map(|i| push(i, det.clone())).collect();
            wrap(keep, rebuild(plan, Node::Union { inputs }))
        }
        Node::Sort { input, keys } => {
            let child = push(input, preds);
            rebuild(
                plan,
                Node::Sort {
                    input: child,
                    keys: keys.clone(),
                },
            )
        }
        Node::StreamSource {
            source,
            pushed,
            local_limit,
        } => {
            // Spark's PruneFilters: a filter that is never true (a conjunct without columns
            // that folds to false or NULL) reads nothing; the source's rows are not counted.
            if preds.iter().any(never_true) {
                return rebuild_scan(
                    plan,
                    Node::StreamSource {
                        source: source.clone(),
                        pushed: Some(PhysExpr::Literal(crate::scalar::ScalarValue::Boolean(
                            false,
                        ))),
                        local_limit: *local_limit,
                    },
                );
            }
            let (scan, keep): (Vec<_>, Vec<_>) = preds.into_iter().partition(translatable);
            let scan_empty = scan.is_empty();
            let mut all = Vec::new();
            if let Some(p) = pushed {
                all.push(p.clone());
            }
            all.extend(scan);
            if scan_empty {
                return wrap(keep, plan.clone());
            }
            wrap(
                keep,
                rebuild_scan(
                    plan,
                    Node::StreamSource {
                        source: source.clone(),
                        pushed: and_all(all),
                        local_limit: *local_limit,
                    },
                ),
            )
        }
        Node::Static { .. } | Node::MemoryTable { .. } => wrap(preds, plan.clone()),
        Node::Dedup {
            input,
            keys,
            within_delay_ms,
            event_time,
        } => {
            let child = push(input, Vec::new());
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::Dedup {
                        input: child,
                        keys: keys.clone(),
                        within_delay_ms: *within_delay_ms,
                        event_time: *event_time,
                    },
                ),
            )
        }
        // A filter above window functions stays above them (they see every row of a
        // partition; Spark pushes only filters on the partition keys, which give the same rows).
        Node::Window {
            input,
            partition,
            order,
            calls,
        } => {
            let child = push(input, Vec::new());
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::Window {
                        input: child,
                        partition: partition.clone(),
                        order: order.clone(),
                        calls: calls.clone(),
                    },
                ),
            )
        }
        // A filter above Expand stays above it (it may test a key Expand makes NULL).
        Node::Expand { input, projections } => {
            let child = push(input, Vec::new());
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::Expand {
                        input: child,
                        projections: projections.clone(),
                    },
                ),
            )
        }
        // Spark pushes no filter through CollectMetrics: the metrics see every row.
        Node::CollectMetrics {
            input,
            name,
            aggs,
            output,
            inter_schema,
            metrics,
        } => {
            let child = push(input, Vec::new());
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::CollectMetrics {
                        input: child,
                        name: name.clone(),
                        aggs: aggs.clone(),
                        output: output.clone(),
                        inter_schema: inter_schema.clone(),
                        metrics: metrics.clone(),
                    },
                ),
            )
        }
        // No filter passes a function outside the engine: it sees every row.
        Node::External { inputs, func } => {
            let inputs = inputs.iter().map(|i| push(i, Vec::new())).collect();
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::External {
                        inputs,
                        func: func.clone(),
                    },
                ),
            )
        }
        Node::TransformWithState { input, keys, func } => {
            let child = push(input, Vec::new());
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::TransformWithState {
                        input: child,
                        keys: *keys,
                        func: func.clone(),
                    },
                ),
            )
        }
        Node::GroupState { input, keys, func } => {
            let child = push(input, Vec::new());
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::GroupState {
                        input: child,
                        keys: *keys,
                        func: func.clone(),
                    },
                ),
            )
        }
        Node::Limit { input, n, offset } => {
            let child = match n.checked_add(*offset) {
                Some(rows) if rows < usize::MAX => push(&with_local_limit(input, rows), Vec::new()),
                _ => push(input, Vec::new()),
            };
            wrap(
                preds,
                rebuild(
                    plan,
                    Node::Limit {
                        input: child,
                        n: *n,
                        offset: *offset,
                    },
                ),
            )
        }
    }
}

/// Spark plans a per-partition `LocalLimit` under a streaming limit; when only
/// projections stand between it and the scan, the scan stops reading at the limit.
fn with_local_limit(plan: &PlanRef, n: usize) -> PlanRef {
    match &plan.node {
        Node::Project { input, exprs } => rebuild(
            plan,
            Node::Project {
                input: with_local_limit(input, n),
                exprs: exprs.clone(),
            },
        ),
        Node::StreamSource {
            source,
            pushed,
            local_limit,
        } => rebuild(
            plan,
            Node::StreamSource {
                source: source.clone(),
                pushed: pushed.clone(),
                local_limit: Some(local_limit.map_or(n, |m| m.min(n))),
            },
        ),
        _ => plan.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_schema::{DataType, Field, Schema};

    fn folded(sql: &str) -> PhysExpr {
        let schema = Schema::new(vec![
            Field::new("a", DataType::Int32, true),
            Field::new("b", DataType::Boolean, true),
            Field::new("s", DataType::Utf8, true),
            Field::new("x", DataType::Int32, true),
        ]);
        let e = crate::expr::sql::parse_expression(sql).expect("parses");
        fold_predicate(&crate::expr::bind_expr(&e, &schema).expect("binds"))
    }

    fn same(a: &str, b: &str) {
        assert_eq!(key(&folded(a)), key(&folded(b)), "{a} vs {b}");
    }

    #[test]
    fn spark_simplifications_reach_the_source_shape() {
        // OptimizeIn: one candidate (after repeats go) is an equality.
        same("a IN (3, 3)", "a = 3");
        same("a NOT IN (3)", "NOT (a = 3)");
        // SimplifyExtractValueOps.
        same("named_struct('p', a, 'q', s).p > 1", "a > 1");
        // SimplifyBinaryComparison with a boolean literal.
        same("(a > 1) = true", "a > 1");
        same("(a IS NOT NULL) <=> false", "a IS NULL");
        same("(a > 1) <=> true", "(a > 1) <=> true");
        // BooleanSimplification's common factors.
        same("(b OR a > 1) AND (x < 2 OR b)", "b OR (a > 1 AND x < 2)");
        same("(b AND a > 1) OR (b AND x < 2)", "b AND (a > 1 OR x < 2)");
        same("(b OR a > 1) AND b", "b");
    }
}
