//! What a predicate says about its rows, for the optimizer rules that infer filters
//! (Spark's `QueryPlanConstraints`): its conjuncts, and the columns it proves not NULL.
//! Shared by `optimize` and `semi_pushdown` (which decides where a semi join's conditions go).

use crate::expr::BinaryOp;
use crate::expr::PhysExpr;

/// The conjuncts of `p` (`a AND (b AND c)` gives a, b, c), in order.
pub(crate) fn conjuncts(p: &PhysExpr, out: &mut Vec<PhysExpr>) {
    match p {
        PhysExpr::Binary {
            op: BinaryOp::And,
            left,
            right,
            ..
        } => {
            conjuncts(left, out);
            conjuncts(right, out);
        }
        other => out.push(other.clone()),
    }
}

/// Columns whose NULL makes the predicate NULL (Spark's `NullIntolerant` chain).
pub(crate) fn null_intolerant_columns(p: &PhysExpr, out: &mut Vec<PhysExpr>) {
    match p {
        PhysExpr::Column { .. } => out.push(p.clone()),
        PhysExpr::Binary {
            op, left, right, ..
        } if *op != BinaryOp::EqNullSafe && *op != BinaryOp::And && *op != BinaryOp::Or => {
            null_intolerant_columns(left, out);
            null_intolerant_columns(right, out);
        }
        PhysExpr::Not(e) | PhysExpr::Negative(e) | PhysExpr::Like { expr: e, .. } => {
            null_intolerant_columns(e, out)
        }
        PhysExpr::Cast { expr, .. } => null_intolerant_columns(expr, out),
        // `arr[i]`, `m[k]`, element_at, get: Spark's GetArrayItem / GetMapValue / ElementAt.
        PhysExpr::Index { expr, index, .. } => {
            null_intolerant_columns(expr, out);
            null_intolerant_columns(index, out);
        }
        PhysExpr::Scalar { func, args, .. } if func.props.null_intolerant => {
            args.iter().for_each(|a| null_intolerant_columns(a, out));
        }
        _ => {}
    }
}

/// The columns a predicate proves not NULL (Spark's `inferIsNotNullConstraints`): under
/// an `IS NOT NULL` at the top, those of its operand; otherwise those of the predicate.
pub(crate) fn inferred_not_null(p: &PhysExpr, out: &mut Vec<PhysExpr>) {
    match p {
        PhysExpr::IsNull(e, true) => null_intolerant_columns(e, out),
        p => null_intolerant_columns(p, out),
    }
}
