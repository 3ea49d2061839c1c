//! `select`: one expression per output column.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, retype, with_schema};
use crate::error::Result;
use crate::expr::PhysExpr;

/// Projection.
pub struct Project {
    pub(super) input: Box<dyn Operator>,
    pub(super) exprs: Vec<PhysExpr>,
    /// Sub-expressions computed for every row before `exprs` ([`common_subexpressions`]).
    pub(super) common: Vec<PhysExpr>,
    pub(super) schema: SchemaRef,
    /// Every input column passed through in place under its name (see
    /// [`Operator::transparent`]).
    pub(super) identity: bool,
}

/// Whether `exprs` over an input of `width` columns pass every column through in place,
/// with the names `schema` gives them being the input's.
pub(super) fn is_identity(exprs: &[PhysExpr], width: usize, schema: &SchemaRef) -> bool {
    exprs.len() == width
        && exprs.iter().enumerate().all(|(i, e)| {
            matches!(e, PhysExpr::Column { index, field } if *index == i && schema.field(i).name() == field.name())
        })
}

impl Operator for Project {
    fn transparent(&self) -> bool {
        self.identity
    }

    fn describe(&self) -> String {
        let items: Vec<String> = self
            .exprs
            .iter()
            .zip(self.schema.fields())
            .map(|(e, f)| {
                let e = e.to_string();
                if &e == f.name() {
                    e
                } else {
                    format!("{e} AS {}", f.name())
                }
            })
            .collect();
        format!("Project [{}]", items.join(", "))
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        project(&self.common, &self.exprs, &self.schema, &b)
    }
}

/// The projection of `b` (after the common sub-expressions) as a batch of `schema`.
pub(super) fn project(
    common: &[PhysExpr],
    exprs: &[PhysExpr],
    schema: &SchemaRef,
    b: &RecordBatch,
) -> Result<RecordBatch> {
    let cols = match eval_all(common, exprs, b) {
        Ok(cols) => cols,
        Err(e) => return Err(first_error(common, exprs, b).unwrap_or(e)),
    };
    let cols = retype(schema, cols)?;
    with_schema(schema, cols, b.num_rows())
}

/// The projection over `b`, after the common sub-expressions (evaluated for every row,
/// as Spark's generated code does before the projection's own expressions).
fn eval_all(
    common: &[PhysExpr],
    exprs: &[PhysExpr],
    b: &RecordBatch,
) -> Result<Vec<arrow_array::ArrayRef>> {
    for c in common {
        c.eval(b)?;
    }
    exprs.iter().map(|e| e.eval(b)).collect()
}

/// Spark's subexpression elimination in a projection (EquivalentExpressions): a
/// deterministic sub-expression found twice where it is always evaluated (everywhere but
/// the later conditions and the values of a CASE, and the later arguments of coalesce;
/// both sides of AND / OR, which Spark does not skip here) is computed once for every
/// row, so an error in it is raised even where AND, OR would have short-circuited.
pub(super) fn common_subexpressions(exprs: &[PhysExpr]) -> Vec<PhysExpr> {
    fn walk(e: &PhysExpr, count: &mut Vec<(String, PhysExpr, usize)>) {
        if matches!(e, PhysExpr::Column { .. } | PhysExpr::Literal(_)) {
            return;
        }
        if e.is_deterministic() {
            let key = format!("{e:?}");
            if let Some(c) = count.iter_mut().find(|c| c.0 == key) {
                c.2 += 1;
                return; // a repeat: its children counted with the first
            }
            count.push((key, e.clone(), 1));
        }
        match e {
            PhysExpr::Column { .. } | PhysExpr::Literal(_) => {}
            PhysExpr::Binary { left, right, .. } => {
                walk(left, count);
                walk(right, count);
            }
            PhysExpr::Not(x)
            | PhysExpr::Negative(x)
            | PhysExpr::IsNull(x, _)
            | PhysExpr::Like { expr: x, .. }
            | PhysExpr::Cast { expr: x, .. }
            | PhysExpr::Field { expr: x, .. } => walk(x, count),
            PhysExpr::InList { expr, list, .. } => {
                walk(expr, count);
                list.iter().for_each(|x| walk(x, count));
            }
            PhysExpr::Index { expr, index, .. } => {
                walk(expr, count);
                walk(index, count);
            }
            PhysExpr::Case { branches, .. } => {
                if let Some((w, _)) = branches.first() {
                    walk(w, count);
                }
            }
            PhysExpr::Scalar { func, args, .. }
                if matches!(func.name, "coalesce" | "nvl" | "ifnull" | "nvl2") =>
            {
                if let Some(a) = args.first() {
                    walk(a, count);
                }
            }
            PhysExpr::Scalar { args, .. } => args.iter().for_each(|x| walk(x, count)),
        }
    }
    let mut count = Vec::new();
    exprs.iter().for_each(|e| walk(e, &mut count));
    count.into_iter().filter(|c| c.2 > 1).map(|c| c.1).collect()
}

/// The error Spark raises for a projection that fails: Spark evaluates it row by row,
/// each row's expressions left to right, so the first failing row's first failing
/// expression answers (a column-at-a-time evaluation would find the first failing
/// expression's first failing row). Found by bisecting on row prefixes; None when no
/// single row fails alone.
fn first_error(
    common: &[PhysExpr],
    exprs: &[PhysExpr],
    b: &RecordBatch,
) -> Option<crate::error::RunnelError> {
    let fails = |p: &RecordBatch| eval_all(common, exprs, p).is_err();
    let r = super::first_failing_row(b, &fails)?;
    let row = b.slice(r, 1);
    common.iter().chain(exprs).find_map(|e| e.eval(&row).err())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::BinaryOp;
    use arrow_array::{ArrayRef, Int32Array, StringArray};
    use arrow_schema::{DataType, Field, Schema};
    use std::sync::Arc;

    fn col(i: usize, name: &str, ty: DataType) -> PhysExpr {
        PhysExpr::Column {
            index: i,
            field: Arc::new(Field::new(name, ty, true)),
        }
    }

    #[test]
    fn a_failing_projection_reports_the_first_failing_row_not_the_first_failing_column() {
        // Row 0 fails only the second expression (10 DIV 0), row 1 only the first
        // (CAST('abc' AS INT)): Spark, row by row, raises DIVIDE_BY_ZERO.
        let schema = Arc::new(Schema::new(vec![
            Field::new("s", DataType::Utf8, true),
            Field::new("y", DataType::Int32, true),
        ]));
        let b = RecordBatch::try_new(
            schema,
            vec![
                Arc::new(StringArray::from(vec!["7", "abc"])) as ArrayRef,
                Arc::new(Int32Array::from(vec![0, 2])) as ArrayRef,
            ],
        )
        .unwrap();
        let exprs = vec![
            PhysExpr::Cast {
                expr: Box::new(col(0, "s", DataType::Utf8)),
                to: DataType::Int32,
                try_: false,
            },
            PhysExpr::Binary {
                op: BinaryOp::IntDivide,
                left: Box::new(PhysExpr::Literal(crate::scalar::ScalarValue::Int32(10))),
                right: Box::new(col(1, "y", DataType::Int32)),
                ty: DataType::Int32,
            },
        ];
        let column_first = eval_all(&[], &exprs, &b).unwrap_err();
        assert_eq!(
            column_first.condition.as_deref(),
            Some("CAST_INVALID_INPUT")
        );
        let e = first_error(&[], &exprs, &b).expect("an error");
        assert_eq!(e.condition.as_deref(), Some("DIVIDE_BY_ZERO"));
    }
}
