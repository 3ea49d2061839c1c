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
        digest(c, |b| hex(&digest_of("md5", b).unwrap_or_default()))
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
            let algorithm = match bits {
                224 => Some("sha224"),
                0 | 256 => Some("sha256"),
                384 => Some("sha384"),
                512 => Some("sha512"),
                _ => None,
            };
            let mut b = StringBuilder::new();
            for i in 0..n {
                let v = bytes_at(&a[0], i);
                let h = v
                    .zip(algorithm)
                    .and_then(|(v, alg)| digest_of(alg, v))
                    .map(|d| hex(&d));
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
        c.kernel(T::Binary, move |a, _, _| {
            let s = strings(&a[0])?;
            let mut b = BinaryBuilder::new();
            for v in s.iter() {
                match v {
                    None => b.append_null(),
                    // Java's MIME decoder: its errors are IllegalArgumentExceptions.
                    Some(v) => match mime_base64(v) {
                        Ok(out) => b.append_value(out),
                        Err(m) => {
                            return Err(crate::error::RunnelError::execution_plain(m)
                                .with_exception("IllegalArgumentException"));
                        }
                    },
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
    // hash(*cols): Spark's Murmur3 of the values (seed 42); xxhash64(*cols): its XXH64.
    r.scalar("hash", |c| hash_call(c, false)).py("*cols");
    r.scalar("xxhash64", |c| hash_call(c, true)).py("*cols");
}

fn sha1_hex(b: &[u8]) -> String {
    hex(&digest_of("sha1", b).unwrap_or_default())
}

/// The digest of `data` by the algorithm's name as Python's hashlib and Spark's functions
/// name them (`md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512`); None for another
/// name. Spark's `md5`/`sha1`/`sha2` and the PySpark runner's `hashlib` both hash here.
pub fn digest_of(algorithm: &str, data: &[u8]) -> Option<Vec<u8>> {
    use sha2::Digest;
    Some(match algorithm {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha224" => sha2::Sha224::digest(data).to_vec(),
        "sha256" => sha2::Sha256::digest(data).to_vec(),
        "sha384" => sha2::Sha384::digest(data).to_vec(),
        "sha512" => sha2::Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

/// Lower-case hex digits.
pub fn hex(bytes: &[u8]) -> String {
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

/// Spark's `Hex.unhex`: two digits a byte, a leading 0 for an odd count; None for a
/// character that is not a hex digit.
pub fn unhex_str(s: &str) -> Option<Vec<u8>> {
    let s = s.as_bytes();
    let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(s.len().div_ceil(2));
    let mut i = 0;
    if s.len() % 2 == 1 {
        out.push(digit(s[0])?);
        i = 1;
    }
    while i < s.len() {
        out.push(digit(s[i])? << 4 | digit(s[i + 1])?);
        i += 2;
    }
    Some(out)
}

/// Spark's checked base64 decoding (`to_binary(s, 'base64')`): white space and `=`
/// padding are skipped, any other character outside the alphabet makes it None.
pub(crate) fn unbase64_str(v: &str) -> Option<Vec<u8>> {
    // to_binary(s, 'base64'): the base64 alphabet, `=` and whitespace only, and text
    // Java's MIME decoder reads (`3.5` and ` 7 ` are malformed; `a b c` is not).
    if v.chars().any(|ch| {
        !(ch.is_ascii_alphanumeric() || matches!(ch, '+' | '/' | '=' | ' ' | '\t' | '\n' | '\r'))
    }) {
        return None;
    }
    mime_base64(v).ok()
}

/// Java's `Base64.getMimeDecoder().decode`, which Spark's `unbase64` calls: characters
/// outside the alphabet are skipped, `=` pads the last unit, and the last unit's bits
/// make what whole bytes they can (`42` is 0xE3, `abc` 0x69B7); a lone last character
/// or a misplaced `=` is an error (Java's message).
pub(crate) fn mime_base64(v: &str) -> std::result::Result<Vec<u8>, String> {
    let src = v.as_bytes();
    let value = |b: u8| -> Option<u32> {
        Some(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(src.len() * 3 / 4);
    let (mut bits, mut shift) = (0u32, 18i32);
    let mut sp = 0;
    while sp < src.len() {
        let b = src[sp];
        sp += 1;
        if b == b'=' {
            // `=` at a unit's start, or one `=` where two must end it
            if shift == 18
                || (shift == 6
                    && (sp == src.len() || {
                        sp += 1;
                        src[sp - 1] != b'='
                    }))
            {
                return Err("Input byte array has wrong 4-byte ending unit".into());
            }
            break;
        }
        let Some(x) = value(b) else { continue };
        bits |= x << shift;
        shift -= 6;
        if shift < 0 {
            out.extend_from_slice(&[(bits >> 16) as u8, (bits >> 8) as u8, bits as u8]);
            (bits, shift) = (0, 18);
        }
    }
    match shift {
        6 => out.push((bits >> 16) as u8),
        0 => out.extend_from_slice(&[(bits >> 16) as u8, (bits >> 8) as u8]),
        12 => return Err("Last unit does not have enough valid bits".into()),
        _ => {}
    }
    while sp < src.len() {
        sp += 1;
        if value(src[sp - 1]).is_some() {
            return Err(format!(
                "Input byte array has incorrect ending byte at {sp}"
            ));
        }
    }
    Ok(out)
}

/// Spark's `Murmur3_x86_32` and `XXH64`, over the values Spark hashes: ints (and
/// smaller, dates, booleans) as 4 bytes, longs (timestamps) as 8, floats and doubles by
/// their bits (-0.0 as 0.0), strings and binaries by their bytes, decimals by their
/// unscaled value, and arrays, structs and maps element by element; a NULL leaves the
/// hash as it was.
trait SparkHasher {
    type H: Copy;
    fn int(v: i32, seed: Self::H) -> Self::H;
    fn long(v: i64, seed: Self::H) -> Self::H;
    fn bytes(b: &[u8], seed: Self::H) -> Self::H;
}

struct Murmur3;

impl Murmur3 {
    fn mix_k1(k: u32) -> u32 {
        k.wrapping_mul(0xcc9e2d51)
            .rotate_left(15)
            .wrapping_mul(0x1b873593)
    }
    fn mix_h1(h: u32, k: u32) -> u32 {
        (h ^ k)
            .rotate_left(13)
            .wrapping_mul(5)
            .wrapping_add(0xe6546b64)
    }
    fn fmix(mut h: u32, len: u32) -> u32 {
        h ^= len;
        h ^= h >> 16;
        h = h.wrapping_mul(0x85ebca6b);
        h ^= h >> 13;
        h = h.wrapping_mul(0xc2b2ae35);
        h ^ (h >> 16)
    }
}

impl SparkHasher for Murmur3 {
    type H = u32;
    fn int(v: i32, seed: u32) -> u32 {
        Self::fmix(Self::mix_h1(seed, Self::mix_k1(v as u32)), 4)
    }
    fn long(v: i64, seed: u32) -> u32 {
        let h = Self::mix_h1(seed, Self::mix_k1(v as u32));
        let h = Self::mix_h1(h, Self::mix_k1((v as u64 >> 32) as u32));
        Self::fmix(h, 8)
    }
    // Spark's `hashUnsafeBytes`: the tail bytes one by one, sign-extended.
    fn bytes(b: &[u8], seed: u32) -> u32 {
        let aligned = b.len() - b.len() % 4;
        let mut h = seed;
        for w in b[..aligned].chunks(4) {
            h = Self::mix_h1(
                h,
                Self::mix_k1(u32::from_le_bytes([w[0], w[1], w[2], w[3]])),
            );
        }
        for &x in &b[aligned..] {
            h = Self::mix_h1(h, Self::mix_k1(x as i8 as i32 as u32));
        }
        Self::fmix(h, b.len() as u32)
    }
}

struct XxHash64;

const P1: u64 = 0x9E3779B185EBCA87;
const P2: u64 = 0xC2B2AE3D27D4EB4F;
const P3: u64 = 0x165667B19E3779F9;
const P4: u64 = 0x85EBCA77C2B2AE63;
const P5: u64 = 0x27D4EB2F165667C5;

impl XxHash64 {
    fn fmix(mut h: u64) -> u64 {
        h ^= h >> 33;
        h = h.wrapping_mul(P2);
        h ^= h >> 29;
        h = h.wrapping_mul(P3);
        h ^ (h >> 32)
    }
    fn round(acc: u64, input: u64) -> u64 {
        acc.wrapping_add(input.wrapping_mul(P2))
            .rotate_left(31)
            .wrapping_mul(P1)
    }
    fn merge(h: u64, v: u64) -> u64 {
        (h ^ Self::round(0, v)).wrapping_mul(P1).wrapping_add(P4)
    }
}

impl SparkHasher for XxHash64 {
    type H = u64;
    fn int(v: i32, seed: u64) -> u64 {
        let mut h = seed.wrapping_add(P5).wrapping_add(4);
        h ^= (v as u32 as u64).wrapping_mul(P1);
        h = h.rotate_left(23).wrapping_mul(P2).wrapping_add(P3);
        Self::fmix(h)
    }
    fn long(v: i64, seed: u64) -> u64 {
        let mut h = seed.wrapping_add(P5).wrapping_add(8);
        h ^= (v as u64).wrapping_mul(P2).rotate_left(31).wrapping_mul(P1);
        h = h.rotate_left(27).wrapping_mul(P1).wrapping_add(P4);
        Self::fmix(h)
    }
    fn bytes(b: &[u8], seed: u64) -> u64 {
        let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
        let mut off = 0;
        let mut h;
        if b.len() >= 32 {
            let (mut v1, mut v2, mut v3, mut v4) = (
                seed.wrapping_add(P1).wrapping_add(P2),
                seed.wrapping_add(P2),
                seed,
                seed.wrapping_sub(P1),
            );
            while off + 32 <= b.len() {
                v1 = Self::round(v1, word(off));
                v2 = Self::round(v2, word(off + 8));
                v3 = Self::round(v3, word(off + 16));
                v4 = Self::round(v4, word(off + 24));
                off += 32;
            }
            h = v1
                .rotate_left(1)
                .wrapping_add(v2.rotate_left(7))
                .wrapping_add(v3.rotate_left(12))
                .wrapping_add(v4.rotate_left(18));
            h = Self::merge(h, v1);
            h = Self::merge(h, v2);
            h = Self::merge(h, v3);
            h = Self::merge(h, v4);
        } else {
            h = seed.wrapping_add(P5);
        }
        h = h.wrapping_add(b.len() as u64);
        while off + 8 <= b.len() {
            h ^= Self::round(0, word(off));
            h = h.rotate_left(27).wrapping_mul(P1).wrapping_add(P4);
            off += 8;
        }
        if off + 4 <= b.len() {
            let w = u32::from_le_bytes(b[off..off + 4].try_into().expect("4 bytes"));
            h ^= (w as u64).wrapping_mul(P1);
            h = h.rotate_left(23).wrapping_mul(P2).wrapping_add(P3);
            off += 4;
        }
        while off < b.len() {
            h ^= (b[off] as u64).wrapping_mul(P5);
            h = h.rotate_left(11).wrapping_mul(P1);
            off += 1;
        }
        Self::fmix(h)
    }
}

/// Spark's `XxHash64Function.hash(value, type, 42)` of row `i` (the hash
/// HyperLogLog++ takes of each value).
pub(crate) fn xxhash64_at(a: &ArrayRef, i: usize) -> Result<u64> {
    hash_at::<XxHash64>(a, i, 42)
}

/// Spark's `Murmur3_x86_32.hashUnsafeBytes` of `b` (the count-min sketch's string hash).
pub(crate) fn murmur3_bytes(b: &[u8], seed: i32) -> i32 {
    Murmur3::bytes(b, seed as u32) as i32
}

/// Row `i` of `a` hashed into `seed`.
fn hash_at<H: SparkHasher>(a: &ArrayRef, i: usize, seed: H::H) -> Result<H::H> {
    use arrow_array::cast::AsArray;
    use arrow_array::types::*;
    if a.is_null(i) {
        return Ok(seed);
    }
    Ok(match a.data_type() {
        T::Null => seed,
        T::Boolean => H::int(i32::from(a.as_boolean().value(i)), seed),
        T::Int8 => H::int(a.as_primitive::<Int8Type>().value(i) as i32, seed),
        T::Int16 => H::int(a.as_primitive::<Int16Type>().value(i) as i32, seed),
        T::Int32 => H::int(a.as_primitive::<Int32Type>().value(i), seed),
        T::Date32 => H::int(a.as_primitive::<Date32Type>().value(i), seed),
        T::Int64 => H::long(a.as_primitive::<Int64Type>().value(i), seed),
        T::Timestamp(..) => H::long(a.as_primitive::<TimestampMicrosecondType>().value(i), seed),
        T::Float32 => {
            let v = a.as_primitive::<Float32Type>().value(i);
            let bits = if v == 0.0 {
                0
            } else if v.is_nan() {
                0x7fc00000
            } else {
                v.to_bits() as i32
            };
            H::int(bits, seed)
        }
        T::Float64 => {
            let v = a.as_primitive::<Float64Type>().value(i);
            let bits = if v == 0.0 {
                0
            } else if v.is_nan() {
                0x7ff8000000000000
            } else {
                v.to_bits() as i64
            };
            H::long(bits, seed)
        }
        T::Decimal128(p, _) => {
            let v = a.as_primitive::<Decimal128Type>().value(i);
            if *p <= 18 {
                H::long(v as i64, seed)
            } else {
                // Java's BigInteger.toByteArray: the shortest big-endian two's complement.
                let b = v.to_be_bytes();
                let mut k = 0;
                while k < 15
                    && ((b[k] == 0 && b[k + 1] & 0x80 == 0)
                        || (b[k] == 0xFF && b[k + 1] & 0x80 != 0))
                {
                    k += 1;
                }
                H::bytes(&b[k..], seed)
            }
        }
        T::Utf8 | T::Binary => H::bytes(bytes_at(a, i).unwrap_or_default(), seed),
        T::List(_) => {
            let v = a.as_list::<i32>().value(i);
            let mut h = seed;
            for j in 0..v.len() {
                h = hash_at::<H>(&v, j, h)?;
            }
            h
        }
        T::Struct(_) => {
            let s = a.as_struct();
            let mut h = seed;
            for c in s.columns() {
                h = hash_at::<H>(c, i, h)?;
            }
            h
        }
        T::Map(..) => {
            let m = a.as_map();
            let (k, v) = (m.keys(), m.values());
            let (start, end) = (
                m.value_offsets()[i] as usize,
                m.value_offsets()[i + 1] as usize,
            );
            let mut h = seed;
            for j in start..end {
                h = hash_at::<H>(k, j, h)?;
                h = hash_at::<H>(v, j, h)?;
            }
            h
        }
        other => {
            return Err(crate::error::RunnelError::not_supported(format!(
                "hashing a value of type {}",
                crate::types::simple_string(other)
            )));
        }
    })
}

fn hash_call(c: &mut Call, xx: bool) -> Result<PhysExpr> {
    c.arity(1, usize::MAX)?;
    c.props.nulls = super::Nulls::Never;
    if xx {
        c.kernel(T::Int64, |a, _, n| {
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let mut h = 42u64;
                for x in a {
                    h = hash_at::<XxHash64>(x, i, h)?;
                }
                out.push(h as i64);
            }
            Ok(Arc::new(Int64Array::from(out)))
        })
    } else {
        c.kernel(T::Int32, |a, _, n| {
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                let mut h = 42u32;
                for x in a {
                    h = hash_at::<Murmur3>(x, i, h)?;
                }
                out.push(h as i32);
            }
            Ok(Arc::new(Int32Array::from(out)))
        })
    }
}

/// The shuffle partition of each row of `keys` as Spark's `HashPartitioning` places it:
/// `pmod(Murmur3Hash(keys, 42), partitions)` (a stateful operator's state partition).
pub fn hash_partitions(keys: &[ArrayRef], rows: usize, partitions: i32) -> Result<Vec<i32>> {
    let partitions = partitions.max(1);
    (0..rows)
        .map(|i| {
            let mut h = 42u32;
            for k in keys {
                h = hash_at::<Murmur3>(k, i, h)?;
            }
            Ok((h as i32).rem_euclid(partitions))
        })
        .collect()
}

#[cfg(test)]
mod base64_tests {
    use super::*;

    #[test]
    fn base64_as_java_mime_and_to_binary() {
        // PySpark 4.3's unbase64 / try_to_binary(t, 'base64') of the same texts
        let hex = |v: Vec<u8>| v.iter().map(|b| format!("{b:02X}")).collect::<String>();
        for (t, unb, tb) in [
            ("42", Some("E3"), Some("E3")),
            (" 7 ", None, None),
            ("3.5", Some("DF"), None),
            ("2024-02-29", Some("DB4DB8D36DBD"), None),
            ("abc", Some("69B7"), Some("69B7")),
            ("", Some(""), Some("")),
            ("a=b", None, None),
            ("ab==", Some("69"), Some("69")),
            ("a\tb", Some("69"), Some("69")),
            ("_-", Some(""), None),
            ("a b c", Some("69B7"), Some("69B7")),
            ("YQ=", None, None),
            ("YQ==x", None, None),
            ("@@", Some(""), None),
        ] {
            assert_eq!(
                mime_base64(t).ok().map(hex).as_deref(),
                unb,
                "unbase64({t:?})"
            );
            assert_eq!(unbase64_str(t).map(hex).as_deref(), tb, "to_binary({t:?})");
        }
        assert_eq!(
            mime_base64("YQ==x").unwrap_err(),
            "Input byte array has incorrect ending byte at 5"
        );
    }
}
