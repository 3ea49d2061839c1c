//! `observe(name, *metrics)`: Spark's `CollectMetricsExec`. Rows pass unchanged; the
//! metrics, a global aggregate, are computed over the rows this operator sees in one
//! run (a micro-batch, or a whole batch query) and handed to the context.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator};
use crate::error::Result;
use crate::expr::PhysExpr;
use crate::expr::functions::AggCall;
use crate::mode::OutputMode;
use crate::ops::grouping::{AggSpec, AggState, StateStats};

/// The operator.
pub struct CollectMetrics {
    pub(super) input: Box<dyn Operator>,
    pub(super) name: String,
    pub(super) aggs: Vec<AggCall>,
    pub(super) output: Vec<PhysExpr>,
    pub(super) inter_schema: SchemaRef,
    pub(super) metrics: SchemaRef,
}

impl CollectMetrics {
    /// The metrics over `rows`: one row of the metrics' schema (a global aggregate has
    /// a row even over no rows: count 0, others NULL, as Spark's).
    fn metrics_of(&self, rows: &RecordBatch) -> Result<RecordBatch> {
        let spec = AggSpec {
            group: &[],
            aggs: &self.aggs,
            output: &self.output,
            inter_schema: &self.inter_schema,
            schema: &self.metrics,
            event_time_key: None,
        };
        let mut state = AggState::new(&spec)?;
        state.process(
            &spec,
            rows,
            OutputMode::Batch,
            None,
            None,
            &mut StateStats::default(),
        )
    }
}

impl Operator for CollectMetrics {
    fn describe(&self) -> String {
        let names: Vec<&str> = self
            .metrics
            .fields()
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        format!("CollectMetrics {}, [{}]", self.name, names.join(", "))
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        // Spark lists a plan's metrics top-down (parents before children): this node
        // takes its place before the ones below it run.
        let slot = cx.observed.len();
        cx.observed.push((
            self.name.clone(),
            RecordBatch::new_empty(self.metrics.clone()),
        ));
        let b = self.input.execute(cx)?;
        cx.observed[slot].1 = self.metrics_of(&b)?;
        Ok(b)
    }
}
