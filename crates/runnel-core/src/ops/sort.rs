//! `orderBy` / `sort`.

use arrow_array::*;
use arrow_select::take::take;

use super::{BatchContext, Operator, with_schema};
use crate::error::Result;
use crate::logical::plan::SortKey;

/// Sorts its input's rows.
pub struct Sort {
    pub(super) input: Box<dyn Operator>,
    pub(super) keys: Vec<SortKey>,
}

impl Operator for Sort {
    fn describe(&self) -> String {
        let keys: Vec<String> = self
            .keys
            .iter()
            .map(|k| format!("{} {}", k.expr, if k.asc { "ASC" } else { "DESC" }))
            .collect();
        format!("Sort [{}]", keys.join(", "))
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        sort_batch(&b, &self.keys)
    }
}

/// Sorts a batch by keys (Spark: NULLs first for ascending, last for descending, unless said).
pub fn sort_batch(b: &RecordBatch, keys: &[SortKey]) -> Result<RecordBatch> {
    if b.num_rows() <= 1 {
        return Ok(b.clone());
    }
    let cols: Vec<arrow_ord::sort::SortColumn> = keys
        .iter()
        .map(|k| {
            Ok(arrow_ord::sort::SortColumn {
                // Spark orders every NaN above all numbers and -0.0 with 0.0.
                values: crate::scalar::normalize_floats(&k.expr.eval(b)?),
                options: Some(arrow_schema::SortOptions {
                    descending: !k.asc,
                    nulls_first: k.nulls_first,
                }),
            })
        })
        .collect::<Result<_>>()?;
    let idx = arrow_ord::sort::lexsort_to_indices(&cols, None)?;
    let out: Vec<ArrayRef> = b
        .columns()
        .iter()
        .map(|c| take(c.as_ref(), &idx, None))
        .collect::<std::result::Result<_, _>>()?;
    with_schema(&b.schema(), out, idx.len())
}
