//! `groupBy().agg()` and global aggregates, streaming or not; with a session window
//! key, the session aggregation. The grouping and accumulators are in
//! [`crate::ops::grouping`]; this operator owns their state across batches.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator};
use crate::error::Result;
use crate::expr::PhysExpr;
use crate::expr::functions::AggCall;
use crate::logical::plan::{Node, Plan};
use crate::mode::OutputMode;
use crate::ops::grouping::{AggSpec, AggState, SessionState, StateStats};
use crate::state::{StateEntries, StateRows};

enum State {
    Agg(Box<AggState>),
    Session(SessionState),
}

/// Spark's `StateStoreSaveExec` over a hash aggregate (`SessionWindowStateStoreSaveExec`
/// with a session key).
pub struct Aggregate {
    id: usize,
    input: Box<dyn Operator>,
    group: Vec<PhysExpr>,
    aggs: Vec<AggCall>,
    output: Vec<PhysExpr>,
    inter_schema: SchemaRef,
    schema: SchemaRef,
    event_time_key: Option<(usize, bool)>,
    session_key: Option<usize>,
    state: Option<State>,
}

impl Aggregate {
    pub(super) fn new(plan: &Plan, input: Box<dyn Operator>) -> Self {
        let Node::Aggregate {
            group,
            aggs,
            output,
            inter_schema,
            event_time_key,
            session_key,
            ..
        } = &plan.node
        else {
            unreachable!("lowered from an Aggregate node")
        };
        Aggregate {
            id: plan.id,
            input,
            group: group.clone(),
            aggs: aggs.clone(),
            output: output.clone(),
            inter_schema: inter_schema.clone(),
            schema: plan.schema.clone(),
            event_time_key: *event_time_key,
            session_key: *session_key,
            state: None,
        }
    }

    fn spec(&self) -> AggSpec<'_> {
        AggSpec {
            group: &self.group,
            aggs: &self.aggs,
            output: &self.output,
            inter_schema: &self.inter_schema,
            schema: &self.schema,
            event_time_key: self.event_time_key,
        }
    }

    fn make_state(&self, entries: StateEntries, track: bool) -> Result<State> {
        let spec = self.spec();
        Ok(match self.session_key {
            Some(sk) => {
                let mut st = SessionState::new(&spec, sk)?;
                st.restore(&spec, entries)?;
                if track {
                    st.track_changes();
                }
                State::Session(st)
            }
            None => {
                let mut st = AggState::new(&spec)?;
                st.restore(&spec, entries)?;
                if track {
                    st.track_changes();
                }
                State::Agg(Box::new(st))
            }
        })
    }
}

impl Operator for Aggregate {
    fn describe(&self) -> String {
        let keys: Vec<String> = self
            .schema
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        let name = if self.session_key.is_some() {
            "SessionWindowStateStoreSave"
        } else {
            "StateStoreSave + HashAggregate"
        };
        format!("{name} [{}]", keys.join(", "))
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn state_node(&self) -> Option<usize> {
        Some(self.id)
    }
    fn take_changes(&mut self) -> StateRows {
        match &mut self.state {
            Some(State::Agg(a)) => a.take_changes(),
            Some(State::Session(s)) => s.take_changes(),
            None => StateRows::new(),
        }
    }
    fn entries(&self) -> StateRows {
        match &self.state {
            Some(State::Agg(a)) => a.entries(),
            Some(State::Session(s)) => s.entries(),
            None => StateRows::new(),
        }
    }

    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        // The batch's rows already aggregated chunk by chunk (`exec::split`), or its rows.
        let input = match cx.chunked.remove(&self.id) {
            Some(super::Chunked::Partials(parts)) => Err(parts),
            Some(other) => {
                cx.chunked.insert(self.id, other);
                Ok(self.input.execute(cx)?)
            }
            None => Ok(self.input.execute(cx)?),
        };
        let mode = cx.mode;
        if mode == OutputMode::Batch {
            self.state = Some(self.make_state(Vec::new(), false)?);
        } else if self.state.is_none() {
            let spec = self.spec();
            let schema = match self.session_key {
                Some(sk) => format!("session({sk}) {}", spec.state_schema()),
                None => spec.state_schema(),
            };
            let entries = cx.restore_state(self.id, schema)?;
            if cx.track_state
                && self.session_key.is_none()
                && let Some(value) = crate::state::spark_meta::aggregate_value_fields(&self.aggs)
            {
                // Spark's StateStoreSaveExec state: the grouping columns, the buffers.
                let key = self
                    .group
                    .iter()
                    .zip(self.inter_schema.fields().iter())
                    .map(|(g, f)| arrow_schema::Field::new(f.name(), g.data_type(), true))
                    .collect();
                cx.spark_state.insert(
                    self.id,
                    crate::state::spark_meta::SparkStateMeta {
                        operator_name: "stateStoreSave".into(),
                        key: crate::state::spark_meta::schema_of(key),
                        value: crate::state::spark_meta::schema_of(value),
                    },
                );
            }
            self.state = Some(self.make_state(entries, cx.track_state)?);
        }
        let (wm, late) = cx.input_watermarks(&[self.input.as_ref()]);
        let wm = wm.map(|m| m * 1000);
        let late = late.map(|m| m * 1000);
        let mut stats = StateStats::default();
        let spec = AggSpec {
            group: &self.group,
            aggs: &self.aggs,
            output: &self.output,
            inter_schema: &self.inter_schema,
            schema: &self.schema,
            event_time_key: self.event_time_key,
        };
        let (out, name) = match (&mut self.state, self.session_key) {
            (Some(State::Session(st)), Some(sk)) => (
                match &input {
                    Ok(b) => st.process(&spec, sk, b, mode, wm, late, &mut stats)?,
                    Err(_) => crate::internal_err!("partial aggregates reached a session window"),
                },
                "sessionWindowStateStoreSaveExec",
            ),
            (Some(State::Agg(st)), None) => (
                match &input {
                    Ok(b) => st.process(&spec, b, mode, wm, late, &mut stats)?,
                    Err(parts) => st.merge(&spec, parts, mode, wm, late, &mut stats)?,
                },
                "stateStoreSave",
            ),
            _ => crate::internal_err!("aggregate state of the wrong kind"),
        };
        if mode != OutputMode::Batch {
            cx.state_stats.push((self.id, name, stats));
        }
        Ok(out)
    }
}
