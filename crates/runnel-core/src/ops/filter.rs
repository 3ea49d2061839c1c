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
        let out = self.predicate.filter_batch(&b)?;
        with_schema(&self.schema, out.columns().to_vec(), out.num_rows())
    }
}
