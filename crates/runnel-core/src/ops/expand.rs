//! `Expand` (rollup / cube / grouping sets): each input row once per grouping set, the
//! keys outside the set NULL and the set's grouping id alongside; the aggregation above
//! groups by the keys and the id. Stateless, so it runs on streams as in Spark.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, retype, with_schema};
use crate::error::Result;
use crate::expr::PhysExpr;

/// Expand.
pub struct Expand {
    pub(super) input: Box<dyn Operator>,
    /// One projection per grouping set.
    pub(super) projections: Vec<Vec<PhysExpr>>,
    pub(super) schema: SchemaRef,
}

impl Operator for Expand {
    fn describe(&self) -> String {
        let sets: Vec<String> = self
            .projections
            .iter()
            .map(|p| {
                let items: Vec<String> = p.iter().map(|e| e.to_string()).collect();
                format!("[{}]", items.join(", "))
            })
            .collect();
        format!("Expand [{}]", sets.join(", "))
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        expand_batch(&b, &self.projections, &self.schema)
    }
}

/// Every row of `b` under each projection, set after set.
pub fn expand_batch(
    b: &RecordBatch,
    projections: &[Vec<PhysExpr>],
    schema: &SchemaRef,
) -> Result<RecordBatch> {
    let mut parts = Vec::with_capacity(projections.len());
    for p in projections {
        let cols = p.iter().map(|e| e.eval(b)).collect::<Result<Vec<_>>>()?;
        let cols = retype(schema, cols)?;
        parts.push(with_schema(schema, cols, b.num_rows())?);
    }
    Ok(arrow_select::concat::concat_batches(schema, &parts)?)
}
