//! Rows made outside the engine ([`ExternalFunction`]): each run hands the function its
//! inputs' rows (a micro-batch, or a batch query's whole input) and returns what it made.

use std::rc::Rc;

use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, retype};
use crate::error::{Result, RunnelError};
use crate::logical::plan::ExternalFunction;

/// The operator.
pub struct External {
    pub(super) inputs: Vec<Box<dyn Operator>>,
    pub(super) func: Rc<dyn ExternalFunction>,
    pub(super) schema: SchemaRef,
}

impl Operator for External {
    fn describe(&self) -> String {
        let names: Vec<&str> = self
            .schema
            .fields()
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        format!("{} [{}]", self.func.name(), names.join(", "))
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
        let mut rows = Vec::with_capacity(self.inputs.len());
        for i in &mut self.inputs {
            rows.push(i.execute(cx)?);
        }
        // An error a filter below met at a row: the function never sees a partial input.
        if let Some(e) = cx.pending_error.take() {
            return Err(e);
        }
        let out = self.func.apply(rows, &self.schema)?;
        if out.schema().fields().len() != self.schema.fields().len() {
            return Err(RunnelError::internal(format!(
                "{} made rows of {} columns; its schema has {}",
                self.func.name(),
                out.schema().fields().len(),
                self.schema.fields().len()
            )));
        }
        let n = out.num_rows();
        super::with_schema(
            &self.schema,
            retype(&self.schema, out.columns().to_vec())?,
            n,
        )
    }
}

/// Groups the rows of one or more inputs by their key columns, as Spark's grouped Python
/// operators do (keys compared as `NormalizeFloatingNumbers` makes them: -0.0 is 0.0, NaN
/// is NaN; NULL a key of its own): the groups in ascending key order (Spark sorts each
/// partition by the keys), each with its rows of every input in input order. `sides[i]`
/// are input i's key columns, all of one set of types; no key columns make one group of
/// every row (none over no rows).
pub fn key_groups(sides: &[Vec<ArrayRef>], rows: &[usize]) -> Result<Vec<Vec<Vec<u32>>>> {
    use arrow_row::{RowConverter, SortField};
    let Some(first) = sides.first() else {
        return Ok(Vec::new());
    };
    if first.is_empty() {
        let all: Vec<Vec<u32>> = rows.iter().map(|n| (0..*n as u32).collect()).collect();
        return Ok(if rows.iter().all(|n| *n == 0) {
            Vec::new()
        } else {
            vec![all]
        });
    }
    let conv = RowConverter::new(
        first
            .iter()
            .map(|a| SortField::new(a.data_type().clone()))
            .collect(),
    )?;
    let converted = sides
        .iter()
        .map(|keys| {
            let keys: Vec<ArrayRef> = keys.iter().map(crate::scalar::normalize_floats).collect();
            conv.convert_columns(&keys)
        })
        .collect::<std::result::Result<Vec<_>, _>>()?;
    // Every (side, row), sorted by key then side then row.
    let mut all: Vec<(usize, u32)> = Vec::new();
    for (s, r) in converted.iter().enumerate() {
        all.extend((0..r.num_rows() as u32).map(|i| (s, i)));
    }
    all.sort_by(|a, b| {
        converted[a.0]
            .row(a.1 as usize)
            .cmp(&converted[b.0].row(b.1 as usize))
            .then(a.cmp(b))
    });
    let mut groups: Vec<Vec<Vec<u32>>> = Vec::new();
    let mut prev: Option<(usize, u32)> = None;
    for (s, i) in all {
        let same = prev
            .is_some_and(|(ps, pi)| converted[ps].row(pi as usize) == converted[s].row(i as usize));
        if !same {
            groups.push(vec![Vec::new(); sides.len()]);
        }
        if let Some(g) = groups.last_mut() {
            g[s].push(i);
        }
        prev = Some((s, i));
    }
    Ok(groups)
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{Float64Array, Int32Array};
    use std::sync::Arc;

    #[test]
    fn key_groups_sort_keys_and_keep_row_order_with_null_and_negative_zero_keys() {
        let k: ArrayRef = Arc::new(Int32Array::from(vec![Some(2), None, Some(1), Some(2)]));
        let g = key_groups(&[vec![k]], &[4]).unwrap();
        assert_eq!(g, vec![vec![vec![1]], vec![vec![2]], vec![vec![0, 3]]]);
        let f: ArrayRef = Arc::new(Float64Array::from(vec![0.0, -0.0, f64::NAN, -f64::NAN]));
        let g = key_groups(&[vec![f]], &[4]).unwrap();
        assert_eq!(g, vec![vec![vec![0, 1]], vec![vec![2, 3]]]);
    }

    #[test]
    fn key_groups_of_two_inputs_pair_equal_keys() {
        let l: ArrayRef = Arc::new(Int32Array::from(vec![1, 2]));
        let r: ArrayRef = Arc::new(Int32Array::from(vec![3, 2, 2]));
        let g = key_groups(&[vec![l], vec![r]], &[2, 3]).unwrap();
        assert_eq!(
            g,
            vec![
                vec![vec![0], vec![]],
                vec![vec![1], vec![1, 2]],
                vec![vec![], vec![0]]
            ]
        );
        // No keys: one group of every row, none over no rows.
        assert_eq!(key_groups(&[vec![]], &[2]).unwrap(), vec![vec![vec![0, 1]]]);
        assert!(key_groups(&[vec![]], &[0]).unwrap().is_empty());
    }
}
