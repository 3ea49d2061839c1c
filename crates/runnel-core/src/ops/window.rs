//! `window(...)` in a grouping: each row goes to every window that holds it
//! (Spark's `TimeWindowing`), as a `struct<start, end>` column.

use std::sync::Arc;

use arrow_array::*;
use arrow_schema::{DataType, SchemaRef};
use arrow_select::take::take;

use super::{BatchContext, Operator, timestamps, with_schema};
use crate::error::Result;
use crate::expr::PhysExpr;
use crate::types;

/// The most rows one batch's sliding windows expand to (each row once per window that
/// holds it): 100 million, a few GB of memory.
pub const MAX_WINDOW_ROWS_PER_BATCH: u64 = 100_000_000;

/// Window assignment (Spark's `Expand` for sliding windows, a projection for tumbling ones).
pub struct WindowAssign {
    pub(super) id: usize,
    pub(super) input: Box<dyn Operator>,
    pub(super) time: PhysExpr,
    pub(super) size: i64,
    pub(super) slide: i64,
    pub(super) start: i64,
    pub(super) schema: SchemaRef,
}

impl Operator for WindowAssign {
    fn describe(&self) -> String {
        format!(
            "Expand window(size {} us, slide {} us, start {} us)",
            self.size, self.slide, self.start
        )
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        cx.trace_times(self.id, || self.time.eval(&b))?;
        assign_windows(
            &self.schema,
            &b,
            &self.time,
            self.size,
            self.slide,
            self.start,
        )
    }
}

/// A `struct<start, end>` array.
pub fn window_struct(
    start: TimestampMicrosecondArray,
    end: TimestampMicrosecondArray,
    nulls: Option<arrow_buffer::NullBuffer>,
) -> StructArray {
    let DataType::Struct(fields) = types::window_type() else {
        unreachable!("window type is a struct")
    };
    StructArray::new(fields, vec![Arc::new(start), Arc::new(end)], nulls)
}

/// Spark's window start for each time, `t - (t - offset + slide) % slide`. Times come
/// roughly in order: a time in the previous time's window takes its start without a
/// division (where the formula is a floor, `t - offset + slide >= 0`, the window
/// holding `t` is unique).
fn tumbling_starts(times: &[i64], slide: i64, offset: i64) -> Vec<i64> {
    let mut cur = i64::MAX;
    times
        .iter()
        .map(|&t| {
            let floor = t.wrapping_sub(offset).wrapping_add(slide) >= 0;
            if floor && t >= cur && t - cur < slide {
                return cur;
            }
            let s = t - (t - offset + slide) % slide;
            if floor {
                cur = s;
            }
            s
        })
        .collect()
}

/// Spark's `TimeWindowing`: each row goes to every window `[start, start + size)`
/// that holds it; rows with a NULL time are dropped.
pub(super) fn assign_windows(
    schema: &SchemaRef,
    b: &RecordBatch,
    time: &PhysExpr,
    size: i64,
    slide: i64,
    offset: i64,
) -> Result<RecordBatch> {
    let ts = time.eval(b)?;
    let ts = timestamps(&ts)?;
    let per_row = ((size + slide - 1) / slide) as usize;
    // Tumbling windows over times without nulls: one window a row (unless a time
    // before the offset's first window has none; then the general loop below).
    if per_row == 1 && ts.null_count() == 0 {
        let starts = tumbling_starts(ts.values(), slide, offset);
        // (t - s < size, not t < s + size: no overflow at the ends of time.)
        let inside = ts
            .values()
            .iter()
            .zip(&starts)
            .all(|(&t, &s)| s <= t && t - s < size);
        if inside {
            let ends: Vec<i64> = starts.iter().map(|s| s + size).collect();
            let w = window_struct(
                TimestampMicrosecondArray::from(starts).with_timezone("UTC"),
                TimestampMicrosecondArray::from(ends).with_timezone("UTC"),
                None,
            );
            let mut cols = b.columns().to_vec();
            cols.push(Arc::new(w));
            return with_schema(schema, cols, b.num_rows());
        }
    }
    // Every window row is held in memory: a batch that would expand past the bound is
    // refused before allocating (Spark streams them through its aggregation instead).
    let expanded = (b.num_rows() as u64).saturating_mul(per_row as u64);
    if expanded > MAX_WINDOW_ROWS_PER_BATCH {
        return Err(crate::error::RunnelError::execution_plain(format!(
            "window(...) would put this batch's {} rows into up to {expanded} window rows ({per_row} windows a row); Runnel expands at most {MAX_WINDOW_ROWS_PER_BATCH} window rows a batch, in memory. Use a longer slide duration, or fewer rows a batch (maxFilesPerTrigger, maxOffsetsPerTrigger, a lower rowsPerSecond).",
            b.num_rows()
        )));
    }
    let mut rows: Vec<u32> = Vec::with_capacity(b.num_rows() * per_row);
    let mut starts: Vec<i64> = Vec::with_capacity(b.num_rows() * per_row);
    for (i, v) in ts.iter().enumerate() {
        let Some(t) = v else { continue };
        let last_start = t - (t - offset + slide) % slide;
        for k in 0..per_row as i64 {
            let s = last_start - k * slide;
            if s <= t && t < s + size {
                rows.push(i as u32);
                starts.push(s);
            }
        }
    }
    // Spark emits windows from the earliest start; keep input order within a row.
    // (One window for every row never gets here: the tumbling path above took it.)
    let n = rows.len();
    let idx = UInt32Array::from(rows);
    let mut cols: Vec<ArrayRef> = b
        .columns()
        .iter()
        .map(|c| take(c.as_ref(), &idx, None))
        .collect::<std::result::Result<_, _>>()?;
    let ends: Vec<i64> = starts.iter().map(|s| s + size).collect();
    let w = window_struct(
        TimestampMicrosecondArray::from(starts).with_timezone("UTC"),
        TimestampMicrosecondArray::from(ends).with_timezone("UTC"),
        None,
    );
    cols.push(Arc::new(w));
    with_schema(schema, cols, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(x: &mut u64) -> u64 {
        *x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *x >> 11
    }

    #[test]
    fn window_10_minutes_sliding_by_6_milliseconds_over_2000_rows_is_refused_before_allocating() {
        // 100,000 windows a row (the most a row may have) times 2,000 rows: 200 million
        // window rows, past the bound of a batch; refused before any Vec is allocated.
        let field = Arc::new(arrow_schema::Field::new("t", types::timestamp_type(), true));
        let input = RecordBatch::try_new(
            Arc::new(arrow_schema::Schema::new(vec![field.clone()])),
            vec![Arc::new(
                TimestampMicrosecondArray::from((0..2000).collect::<Vec<i64>>())
                    .with_timezone("UTC"),
            )],
        )
        .unwrap();
        let out = Arc::new(arrow_schema::Schema::new(vec![
            field.as_ref().clone(),
            arrow_schema::Field::new("window", types::window_type(), true),
        ]));
        let time = PhysExpr::Column { index: 0, field };
        let e = assign_windows(&out, &input, &time, 600_000_000, 6_000, 0).unwrap_err();
        assert!(
            e.to_string()
                .contains("into up to 200000000 window rows (100000 windows a row)"),
            "{e}"
        );
        // One row gets its 100,000 windows.
        let (a, _) = assign_windows(&out, &input.slice(0, 1), &time, 600_000_000, 6_000, 0)
            .map(|b| (b.num_rows(), ()))
            .unwrap();
        assert_eq!(a, 100_000);
    }

    #[test]
    fn tumbling_starts_follow_sparks_formula() {
        let mut x = 7;
        for (slide, offset) in [(600_000_000i64, 0i64), (7, 3), (10, -4), (1, 0), (5, 12)] {
            let mut times = Vec::new();
            let mut t = -(slide * 3) - 17;
            for _ in 0..2000 {
                t += (lcg(&mut x) % (slide as u64 + 3)) as i64 - (slide / 4);
                times.push(t);
                if lcg(&mut x).is_multiple_of(50) {
                    times.push(-t);
                }
            }
            let got = tumbling_starts(&times, slide, offset);
            for (t, s) in times.iter().zip(got) {
                assert_eq!(
                    s,
                    t - (t - offset + slide) % slide,
                    "t={t} slide={slide} offset={offset}"
                );
            }
        }
    }
}
