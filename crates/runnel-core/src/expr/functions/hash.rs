//! Hashes and encodings of bytes: md5, sha1, sha2, crc32, base64.

use std::sync::Arc;

use arrow_array::builder::{BinaryBuilder, StringBuilder};
use arrow_array::*;
use arrow_schema::DataType as T;
use base64::Engine;

use super::{Builder, Call, bytes_at, strings};
use crate::error::Result;
use crate::expr::phys::PhysExpr;

pub(super) fn register(r: &mut Builder) {
    r.scalar("md5", |c| {
        digest(c, |b| {
            use md5::Digest;
            hex(&md5::Md5::digest(b))
        })
    })
    .py("col");
    r.scalar("sha1", |c| digest(c, sha1_hex)).py("col");
    r.scalar("sha", |c| digest(c, sha1_hex)).py("col");
    // sha2(bin, bits): 224, 256 (or 0), 384, 512; other lengths give NULL.
    r.scalar("sha2", |c| {
        c.arity(2, 2)?;
        c.bytes_arg(0)?;
        let bits = c.int_lit(1)?;
        c.args.truncate(1);
        c.props.nulls = super::Nulls::Always;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, move |a, _, n| {
            use sha2::Digest;
            let mut b = StringBuilder::new();
            for i in 0..n {
                let v = bytes_at(&a[0], i);
                let h = v.and_then(|v| match bits {
                    224 => Some(hex(&sha2::Sha224::digest(v))),
                    0 | 256 => Some(hex(&sha2::Sha256::digest(v))),
                    384 => Some(hex(&sha2::Sha384::digest(v))),
                    512 => Some(hex(&sha2::Sha512::digest(v))),
                    _ => None,
                });
                b.append_option(h);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1])
    .py("col, numBits");
    r.scalar("crc32", |c| {
        c.arity(1, 1)?;
        c.bytes_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int64, |a, _, n| {
            Ok(Arc::new(
                (0..n)
                    .map(|i| bytes_at(&a[0], i).map(|v| crc32fast::hash(v) as i64))
                    .collect::<Int64Array>(),
            ))
        })
    })
    .py("col");
    r.scalar("base64", |c| {
        c.arity(1, 1)?;
        c.bytes_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let mut b = StringBuilder::new();
            for i in 0..n {
                b.append_option(
                    bytes_at(&a[0], i).map(|v| base64::engine::general_purpose::STANDARD.encode(v)),
                );
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
    // unbase64(str): the bytes; text that is not base64 is Spark's error.
    r.scalar("unbase64", |c| {
        c.arity(1, 1)?;
        c.string_arg(0)?;
        c.props.null_intolerant = true;
        let sql = c.sql.to_string();
        c.kernel(T::Binary, move |a, _, _| {
            let s = strings(&a[0])?;
            let mut b = BinaryBuilder::new();
            for v in s.iter() {
                match v {
                    None => b.append_null(),
                    Some(v) => {
                        // Spark's decoder (the MIME one) skips characters outside the alphabet.
                        let clean: String = v
                            .chars()
                            .filter(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '+' | '/'))
                            .collect();
                        let out = base64::engine::general_purpose::STANDARD_NO_PAD
                            .decode(clean.as_bytes())
                            .map_err(|_| {
                                crate::error::RunnelError::execution(
                                    "INVALID_PARAMETER_VALUE.BASE64",
                                    format!(
                                        "The value of parameter(s) `str` in {sql} is invalid: {v:?} is not base64. Use try_to_binary(str, 'base64') to get NULL for such text."
                                    ),
                                )
                            })?;
                        b.append_value(out);
                    }
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
}

fn sha1_hex(b: &[u8]) -> String {
    use sha1::Digest;
    hex(&sha1::Sha1::digest(b))
}

/// Lower-case hex digits.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(D[(b >> 4) as usize] as char);
        s.push(D[(b & 15) as usize] as char);
    }
    s
}

fn digest(c: &mut Call, f: fn(&[u8]) -> String) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.bytes_arg(0)?;
    c.props.null_intolerant = true;
    c.kernel(T::Utf8, move |a, _, n| {
        let mut b = StringBuilder::new();
        for i in 0..n {
            b.append_option(bytes_at(&a[0], i).map(f));
        }
        Ok(Arc::new(b.finish()))
    })
}
