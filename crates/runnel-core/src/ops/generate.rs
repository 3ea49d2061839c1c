//! `select` with a generator (`explode`, `posexplode`, `inline`, their `_outer` forms): one
//! row in, one row per element out.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_schema::{DataType, SchemaRef};
use arrow_select::take::take;

use super::{BatchContext, Operator, retype, with_schema};
use crate::error::{Result, RunnelError};
use crate::logical::plan::GenItem;
use crate::types;

/// Spark's `Generate`.
pub struct Generate {
    pub(super) input: Box<dyn Operator>,
    pub(super) items: Vec<GenItem>,
    pub(super) schema: SchemaRef,
}

impl Operator for Generate {
    fn describe(&self) -> String {
        "Generate explode".into()
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        generate(&self.schema, &b, &self.items)
    }
}

/// Spark's `Project` over `Generate`: for each input row, the generator's argument, then
/// the other expressions for each row it makes (none for a row that makes no row). On an
/// error, the one Spark meets first in that row-by-row order (see `first_error`).
fn generate(schema: &SchemaRef, b: &RecordBatch, items: &[GenItem]) -> Result<RecordBatch> {
    generate_columns(schema, b, items).map_err(|e| first_error(schema, b, items).unwrap_or(e))
}

/// The error of the first input row that fails alone, its generator's argument first,
/// then (when it makes rows) the other expressions left to right.
fn first_error(schema: &SchemaRef, b: &RecordBatch, items: &[GenItem]) -> Option<RunnelError> {
    let fails = |p: &RecordBatch| generate_columns(schema, p, items).is_err();
    let r = super::first_failing_row(b, &fails)?;
    let row = b.slice(r, 1);
    let arg = items.iter().find_map(|it| match it {
        GenItem::Explode { arg, .. } => Some(arg),
        GenItem::Plain(_) => None,
    })?;
    if let Err(e) = arg.eval(&row) {
        return Some(e);
    }
    items.iter().find_map(|it| match it {
        GenItem::Plain(e) => e.eval(&row).err(),
        GenItem::Explode { .. } => None,
    })
}

fn generate_columns(schema: &SchemaRef, b: &RecordBatch, items: &[GenItem]) -> Result<RecordBatch> {
    let gi = items
        .iter()
        .position(|it| matches!(it, GenItem::Explode { .. }))
        .ok_or_else(|| RunnelError::internal("Generate without a generator"))?;
    let GenItem::Explode {
        arg,
        outer,
        position,
        inline,
    } = &items[gi]
    else {
        unreachable!()
    };
    let a = arg.eval(b)?;
    let mut row_idx: Vec<u32> = Vec::new();
    let mut elem_idx: Vec<Option<u32>> = Vec::new();
    let mut pos: Vec<Option<i32>> = Vec::new();
    // One output row per element; with `outer`, one NULL row for a NULL or empty input.
    let mut explode = |offsets: &[i32], nulls: Option<&arrow_buffer::NullBuffer>| {
        for r in 0..offsets.len() - 1 {
            let (s, e) = (offsets[r], offsets[r + 1]);
            if nulls.is_some_and(|n| n.is_null(r)) || s == e {
                if *outer {
                    row_idx.push(r as u32);
                    elem_idx.push(None);
                    pos.push(None);
                }
                continue;
            }
            for (k, j) in (s..e).enumerate() {
                row_idx.push(r as u32);
                elem_idx.push(Some(j as u32));
                pos.push(Some(k as i32));
            }
        }
    };
    let (values, keys): (ArrayRef, Option<ArrayRef>) = match a.data_type() {
        DataType::List(_) => {
            let l = a.as_list::<i32>();
            explode(l.value_offsets(), l.nulls());
            (l.values().clone(), None)
        }
        DataType::Map(_, _) => {
            let m = a.as_map();
            explode(m.value_offsets(), m.nulls());
            (m.values().clone(), Some(m.keys().clone()))
        }
        other => {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                format!(
                    "explode needs an array or a map, got {}. Explode an array or map column.",
                    types::simple_string(other)
                ),
            ));
        }
    };
    // The other expressions, over the input rows that make at least one row.
    let mut makes = vec![false; b.num_rows()];
    row_idx.iter().for_each(|r| makes[*r as usize] = true);
    let (input, row_idx) = if makes.iter().all(|m| *m) {
        (b.clone(), row_idx)
    } else {
        let mut at = Vec::with_capacity(makes.len());
        let mut n = 0u32;
        for m in &makes {
            at.push(n);
            n += *m as u32;
        }
        let mask = BooleanArray::from(makes);
        let input = arrow_select::filter::filter_record_batch(b, &mask)?;
        (input, row_idx.iter().map(|r| at[*r as usize]).collect())
    };
    let plain: Vec<Option<ArrayRef>> = items
        .iter()
        .map(|it| match it {
            GenItem::Plain(e) => e.eval(&input).map(Some),
            GenItem::Explode { .. } => Ok(None),
        })
        .collect::<Result<_>>()?;
    let ri = UInt32Array::from(row_idx);
    let ei = UInt32Array::from(elem_idx);
    let mut cols: Vec<ArrayRef> = Vec::new();
    for (i, p) in plain.into_iter().enumerate() {
        match p {
            Some(c) => cols.push(take(c.as_ref(), &ri, None)?),
            None => {
                if *position {
                    cols.push(Arc::new(Int32Array::from(pos.clone())));
                }
                if let Some(k) = &keys {
                    cols.push(take(k.as_ref(), &ei, None)?);
                }
                let v = take(values.as_ref(), &ei, None)?;
                if *inline {
                    // One column per field; a NULL struct's fields are NULL.
                    let st = v.as_struct();
                    for c in st.columns() {
                        let nulls = arrow_buffer::NullBuffer::union(st.nulls(), c.nulls());
                        let data = c.to_data().into_builder().nulls(nulls).build()?;
                        cols.push(make_array(data));
                    }
                } else {
                    cols.push(v);
                }
                let _ = i;
            }
        }
    }
    let cols = retype(schema, cols)?;
    with_schema(schema, cols, ri.len())
}
