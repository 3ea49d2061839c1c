//! Bitmap functions (Spark's `BitmapExpressionUtils`): a value's bucket of 32,768 bits
//! and its position in it, and the number of bits set in a bitmap.

use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_array::builder::Int64Builder;
use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_schema::DataType as T;

use super::{Builder, bytes_at};

/// Bits per bitmap bucket.
const BITS: i64 = 32_768;

pub(super) fn register(r: &mut Builder) {
    r.scalar("bitmap_bit_position", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Int64)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int64, |a, _, _| {
            let v = a[0].as_primitive::<Int64Type>();
            Ok(Arc::new(v.unary::<_, Int64Type>(|n| {
                if n > 0 {
                    (n - 1) % BITS
                } else {
                    n.wrapping_neg() % BITS
                }
            })) as ArrayRef)
        })
    })
    .py("col");
    r.scalar("bitmap_bucket_number", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Int64)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int64, |a, _, _| {
            let v = a[0].as_primitive::<Int64Type>();
            Ok(Arc::new(v.unary::<_, Int64Type>(
                |n| {
                    if n > 0 { 1 + (n - 1) / BITS } else { n / BITS }
                },
            )) as ArrayRef)
        })
    })
    .py("col");
    r.scalar("bitmap_count", |c| {
        c.arity(1, 1)?;
        c.bytes_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int64, |a, _, n| {
            let mut b = Int64Builder::with_capacity(n);
            for i in 0..n {
                b.append_option(
                    bytes_at(&a[0], i).map(|v| v.iter().map(|x| x.count_ones() as i64).sum()),
                );
            }
            Ok(Arc::new(b.finish()) as ArrayRef)
        })
    })
    .py("col");
}
