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

fn generate(schema: &SchemaRef, b: &RecordBatch, items: &[GenItem]) -> Result<RecordBatch> {
    let mut gen_index = None;
    let mut plain: Vec<Option<ArrayRef>> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        match it {
            GenItem::Plain(e) => plain.push(Some(e.eval(b)?)),
            GenItem::Explode { .. } => {
                gen_index = Some(i);
                plain.push(None);
            }
        }
    }
    let gi = gen_index.ok_or_else(|| RunnelError::internal("Generate without a generator"))?;
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
