//! `union` / `unionByName`: the inputs' rows, one after another.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, concat};
use crate::error::Result;

/// Union of inputs aligned to one schema.
pub struct Union {
    pub(super) inputs: Vec<Box<dyn Operator>>,
    pub(super) schema: SchemaRef,
}

impl Operator for Union {
    fn describe(&self) -> String {
        "Union".into()
    }
    fn children(&self) -> Vec<&dyn Operator> {
        self.inputs.iter().map(|i| i.as_ref()).collect()
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        self.inputs
            .iter_mut()
            .map(|i| i.as_mut() as &mut dyn Operator)
            .collect()
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let mut parts = Vec::with_capacity(self.inputs.len());
        for i in &mut self.inputs {
            parts.push(i.execute(cx)?);
        }
        concat(&self.schema, &parts)
    }
}
