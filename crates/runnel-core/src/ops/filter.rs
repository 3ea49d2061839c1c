//! `filter` / `where`.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, with_schema};
use crate::error::Result;
use crate::expr::PhysExpr;

/// Keeps the rows whose predicate is true.
pub struct Filter {
    pub(super) input: Box<dyn Operator>,
    pub(super) predicate: PhysExpr,
    pub(super) schema: SchemaRef,
}

impl Operator for Filter {
    fn describe(&self) -> String {
        format!("Filter {}", self.predicate)
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        let out = match self.predicate.filter_batch(&b) {
            Ok(out) => out,
            Err(e) => {
                // The rows before the first failing one go on; its error waits for them
                // (the operators above may fail on an earlier row, as in Spark).
                let fails = |p: &RecordBatch| self.predicate.eval(p).is_err();
                let Some(r) = super::first_failing_row(&b, &fails) else {
                    return Err(e);
                };
                let before = self.predicate.filter_batch(&b.slice(0, r))?;
                cx.pending_error = Some(self.predicate.eval(&b.slice(r, 1)).err().unwrap_or(e));
                before
            }
        };
        with_schema(&self.schema, out.columns().to_vec(), out.num_rows())
    }
}
