//! Reading rows: a streaming source's rows for this batch, rows known up front
//! (`createDataFrame`, `spark.read`), or a memory sink's table.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, concat};
use crate::error::{Result, RunnelError};
use crate::io::memory::MemoryTableRef;
use crate::logical::plan::{Node, Plan};
use crate::mode::OutputMode;

enum From {
    Stream(usize),
    Rows(Vec<RecordBatch>),
    Table(MemoryTableRef),
}

/// A leaf.
pub struct Scan {
    from: From,
    name: String,
    schema: SchemaRef,
}

impl Scan {
    pub(super) fn new(plan: &Plan) -> Self {
        let from = match &plan.node {
            Node::Static { batches, .. } => From::Rows(batches.clone()),
            Node::MemoryTable { table } => From::Table(table.clone()),
            _ => From::Stream(plan.id),
        };
        let name = match &plan.node {
            Node::StreamSource { source, .. } => {
                format!("StreamingRelation {}", source.borrow().description())
            }
            Node::Static { .. } => "LocalTableScan".to_string(),
            _ => "InMemoryTableScan".to_string(),
        };
        let fields: Vec<String> = plan
            .schema
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        Scan {
            from,
            name: format!("{name} [{}]", fields.join(", ")),
            schema: plan.schema.clone(),
        }
    }
}

impl Operator for Scan {
    fn describe(&self) -> String {
        self.name.clone()
    }
    fn children(&self) -> Vec<&dyn Operator> {
        Vec::new()
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        Vec::new()
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        match &self.from {
            From::Stream(id) => {
                if cx.mode == OutputMode::Batch && !cx.inputs.contains_key(id) {
                    return Err(RunnelError::analysis(
                        "_LEGACY_ERROR_TEMP_3102",
                        "Queries with streaming sources must be executed with writeStream.start(). Start the query with df.writeStream...start() instead of show() or collect().",
                    ));
                }
                let batches = cx.inputs.get(id).cloned().unwrap_or_default();
                concat(&self.schema, &batches)
            }
            From::Rows(batches) => concat(&self.schema, batches),
            From::Table(t) => concat(&self.schema, &t.borrow().batches),
        }
    }
}
