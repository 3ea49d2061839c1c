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
    pub(super) schema: SchemaRef,
}

impl Operator for Project {
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
        let cols = self
            .exprs
            .iter()
            .map(|e| e.eval(&b))
            .collect::<Result<Vec<_>>>()?;
        let cols = retype(&self.schema, cols)?;
        with_schema(&self.schema, cols, b.num_rows())
    }
}
