//! Keys, ciphers and encodings of bytes: `hmac`, `aes_encrypt` / `aes_decrypt` /
//! `try_aes_decrypt` (Spark's `ExpressionImplUtils.aesInternal`: AES-ECB and AES-CBC with
//! PKCS#5 padding, AES-GCM without padding and a 128-bit tag; a CBC or GCM result starts
//! with its IV), `to_base32` / `from_base32` (RFC 4648, decoded as Apache Commons' lenient
//! decoder does) and `jaro_winkler_similarity`.

use std::sync::Arc;

use arrow_array::builder::{BinaryBuilder, Float64Builder, StringBuilder};
use arrow_array::{Array, ArrayRef};
use arrow_schema::DataType as T;

use super::{Builder, Call, Nulls, bytes_at, strings};
use crate::error::{Result, RunnelError};
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;

pub(super) fn register(r: &mut Builder) {
    let family = r.family;
    r.family = "crypto";
    register_crypto(r);
    r.family = family;
}

fn register_crypto(r: &mut Builder) {
    // to_base32(bin): RFC 4648 with padding.
    r.scalar("to_base32", |c| {
        c.arity(1, 1)?;
        c.bytes_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let mut b = StringBuilder::new();
            for i in 0..n {
                b.append_option(bytes_at(&a[0], i).map(|v| data_encoding::BASE32.encode(v)));
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
    // from_base32(str): lenient, as Commons Codec's Base32: characters outside the
    // alphabet are skipped, lower case is read as upper case, decoding stops at `=`, and
    // bits that do not fill a byte are dropped. Never an error.
    r.scalar("from_base32", |c| {
        c.arity(1, 1)?;
        c.string_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Binary, |a, _, _| {
            let s = strings(&a[0])?;
            let mut b = BinaryBuilder::new();
            for v in s.iter() {
                b.append_option(v.map(base32_lenient));
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
    // hmac(key, message[, algorithm]): SHA-256 by default; the JDK's HMACs (SHA-1,
    // SHA-224/384/512, MD5) too. An empty key is the JDK's error.
    r.scalar("hmac", |c| {
        c.arity(2, 3)?;
        c.bytes_arg(0)?;
        c.bytes_arg(1)?;
        if c.args.len() == 3 {
            c.string_arg(2)?;
        }
        c.props.null_intolerant = true;
        let sql = c.sql.to_string();
        c.kernel(T::Binary, move |a, _, n| {
            let algo = a.get(2).map(strings).transpose()?;
            let mut b = BinaryBuilder::new();
            for i in 0..n {
                let (Some(k), Some(m)) = (bytes_at(&a[0], i), bytes_at(&a[1], i)) else {
                    b.append_null();
                    continue;
                };
                let algo = match algo {
                    None => "SHA-256",
                    Some(s) if s.is_null(i) => {
                        b.append_null();
                        continue;
                    }
                    Some(s) => s.value(i),
                };
                b.append_value(hmac(k, m, algo, &sql)?);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .py("key, message, algorithm=")
    .named(|c| c.with_default(2, "SHA-256"));
    // aes_encrypt(input, key[, mode[, padding[, iv[, aad]]]]).
    r.scalar("aes_encrypt", |c| aes_bind(c, Aes::Encrypt))
        .always_nullable()
        .py("input, key, mode=, padding=, iv=, aad=")
        .named(|c| aes_name(c, 6));
    r.scalar("aes_decrypt", |c| aes_bind(c, Aes::Decrypt))
        .always_nullable()
        .py("input, key, mode=, padding=, aad=")
        .named(|c| aes_name(c, 5));
    r.scalar("try_aes_decrypt", |c| aes_bind(c, Aes::TryDecrypt))
        .py("input, key, mode=, padding=, aad=")
        .named(|c| aes_name(c, 5));
    // jaro_winkler_similarity(left, right): a double in [0, 1].
    r.scalar("jaro_winkler_similarity", |c| {
        c.arity(2, 2)?;
        c.string_arg(0)?;
        c.string_arg(1)?;
        c.props.null_intolerant = true;
        c.kernel(T::Float64, |a, _, n| {
            let (l, r) = (strings(&a[0])?, strings(&a[1])?);
            let mut b = Float64Builder::with_capacity(n);
            for i in 0..n {
                if l.is_null(i) || r.is_null(i) {
                    b.append_null();
                } else {
                    b.append_value(jaro_winkler(l.value(i), r.value(i)));
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .py("left, right");
}

/// Spark 4.3's Jaro-Winkler similarity: the Jaro similarity raised by 0.1 for each
/// character of the common prefix (at most 4), whatever the Jaro similarity (no 0.7
/// threshold, unlike strsim's and Commons Text's).
fn jaro_winkler(a: &str, b: &str) -> f64 {
    let j = strsim::jaro(a, b);
    let prefix = a
        .chars()
        .zip(b.chars())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count();
    j + 0.1 * prefix as f64 * (1.0 - j)
}

/// Commons Codec's lenient Base32 decoding (see `from_base32`), as its `Base32.decode`:
/// every 8 characters give 5 bytes out of a running 64-bit work area; at the end the
/// characters left over give the bytes they fill, except that one lone character falls
/// through to the two-character case (Commons' `switch` has no `break` there) and gives
/// a byte of the work area's bits 2-9: the previous character's low bits and its own
/// top 3 (`from_base32('x')` is 0x05).
fn base32_lenient(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 5 / 8 + 1);
    let (mut work, mut modulus) = (0u64, 0u32);
    for ch in s.bytes() {
        let v = match ch {
            b'=' => break,
            b'A'..=b'Z' => ch - b'A',
            b'a'..=b'z' => ch - b'a',
            b'2'..=b'7' => ch - b'2' + 26,
            _ => continue,
        };
        work = (work << 5) | v as u64;
        modulus = (modulus + 1) % 8;
        if modulus == 0 {
            out.extend_from_slice(&work.to_be_bytes()[3..]);
        }
    }
    let bytes = |w: u64, n: usize| w.to_be_bytes()[8 - n..].to_vec();
    out.extend(match modulus {
        1 | 2 => bytes(work >> 2, 1),
        3 => bytes(work >> 7, 1),
        4 => bytes(work >> 4, 2),
        5 => bytes(work >> 1, 3),
        6 => bytes(work >> 6, 3),
        7 => bytes(work >> 3, 4),
        _ => Vec::new(),
    });
    out
}

fn hmac(key: &[u8], msg: &[u8], algo: &str, sql: &str) -> Result<Vec<u8>> {
    use hmac::{Hmac, Mac};
    fn run<M: Mac + hmac::digest::KeyInit>(key: &[u8], msg: &[u8]) -> Vec<u8> {
        let mut m = <M as hmac::digest::KeyInit>::new_from_slice(key)
            .expect("HMAC takes a key of any length");
        m.update(msg);
        m.finalize().into_bytes().to_vec()
    }
    if key.is_empty() {
        return Err(RunnelError::execution(
            "INVALID_PARAMETER_VALUE.HMAC_CRYPTO_ERROR",
            format!(
                "The value of parameter(s) `key` in `hmac` is invalid: detail message: Empty key. Pass a key of at least one byte ({sql})."
            ),
        ));
    }
    Ok(match algo.to_ascii_uppercase().replace('-', "").as_str() {
        "SHA1" => run::<Hmac<sha1::Sha1>>(key, msg),
        "SHA224" => run::<Hmac<sha2::Sha224>>(key, msg),
        "SHA256" => run::<Hmac<sha2::Sha256>>(key, msg),
        "SHA384" => run::<Hmac<sha2::Sha384>>(key, msg),
        "SHA512" => run::<Hmac<sha2::Sha512>>(key, msg),
        "MD5" => run::<Hmac<md5::Md5>>(key, msg),
        other => {
            return Err(RunnelError::execution(
                "INVALID_PARAMETER_VALUE.HMAC_ALGORITHM",
                format!(
                    "The value of parameter(s) `algorithm` in {sql} is invalid: {other:?}. Use 'SHA256', 'SHA512' or 'MD5'."
                ),
            ));
        }
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Aes {
    Encrypt,
    Decrypt,
    TryDecrypt,
}

/// Spark prints the defaults it fills in: `aes_encrypt(s, k, GCM, DEFAULT, , )`.
fn aes_name(c: &super::NameCall, n: usize) -> String {
    let mut args = c.args.clone();
    let defaults = ["GCM", "DEFAULT", "", ""];
    // (Too few arguments: the binder refuses the call; the name is only for the error.)
    while args.len() >= 2 && args.len() < n {
        args.push(defaults[args.len() - 2].to_string());
    }
    format!("{}({})", c.called, args.join(", "))
}

fn aes_bind(c: &mut Call, op: Aes) -> Result<PhysExpr> {
    let max = if op == Aes::Encrypt { 6 } else { 5 };
    c.arity(2, max)?;
    c.bytes_arg(0)?;
    c.bytes_arg(1)?;
    let defaults = ["GCM", "DEFAULT"];
    for (i, d) in defaults.iter().enumerate() {
        if c.args.len() <= i + 2 {
            c.args
                .push(PhysExpr::Literal(ScalarValue::Utf8(d.to_string())));
        }
        c.string_arg(i + 2)?;
    }
    for i in 4..c.args.len() {
        c.bytes_arg(i)?;
    }
    c.props.null_intolerant = op != Aes::TryDecrypt;
    if op == Aes::TryDecrypt {
        c.props.nulls = Nulls::Always;
    }
    // Spark runs all three as a StaticInvoke, deterministic even with a random IV
    // (a filter is pushed through a projection holding one).
    let name = match op {
        Aes::Encrypt => "aes_encrypt",
        _ => "aes_decrypt",
    };
    c.kernel(T::Binary, move |a, _, n| {
        let modes = (strings(&a[2])?, strings(&a[3])?);
        let mut b = BinaryBuilder::new();
        for i in 0..n {
            let (Some(input), Some(key)) = (bytes_at(&a[0], i), bytes_at(&a[1], i)) else {
                b.append_null();
                continue;
            };
            if modes.0.is_null(i) || modes.1.is_null(i) {
                b.append_null();
                continue;
            }
            let extra: Vec<Option<&[u8]>> = a[4..].iter().map(|x| bytes_at(x, i)).collect();
            if extra.iter().any(Option::is_none) {
                b.append_null();
                continue;
            }
            let (iv, aad) = match op {
                Aes::Encrypt => (
                    extra.first().copied().flatten(),
                    extra.get(1).copied().flatten(),
                ),
                _ => (None, extra.first().copied().flatten()),
            };
            let spec = AesSpec {
                name,
                mode: modes.0.value(i),
                padding: modes.1.value(i),
                key,
                iv: iv.unwrap_or_default(),
                aad: aad.unwrap_or_default(),
            };
            let out = match op {
                Aes::Encrypt => spec.encrypt(input),
                _ => spec.decrypt(input),
            };
            match out {
                Ok(v) => b.append_value(v),
                Err(_) if op == Aes::TryDecrypt => b.append_null(),
                Err(e) => return Err(e),
            }
        }
        Ok(Arc::new(b.finish()) as ArrayRef)
    })
}

/// One AES call's parameters.
struct AesSpec<'a> {
    name: &'static str,
    mode: &'a str,
    padding: &'a str,
    key: &'a [u8],
    iv: &'a [u8],
    aad: &'a [u8],
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Ecb,
    Cbc,
    Gcm,
}

impl AesSpec<'_> {
    fn mode(&self) -> Result<Mode> {
        let (mode, padding) = (
            self.mode.to_ascii_uppercase(),
            self.padding.to_ascii_uppercase(),
        );
        let m = match (mode.as_str(), padding.as_str()) {
            ("ECB", "PKCS" | "DEFAULT") => Mode::Ecb,
            ("CBC", "PKCS" | "DEFAULT") => Mode::Cbc,
            ("GCM", "NONE" | "DEFAULT") => Mode::Gcm,
            _ => {
                return Err(RunnelError::execution(
                    "UNSUPPORTED_FEATURE.AES_MODE",
                    format!(
                        "The feature is not supported: AES-{} with the padding {} by the `{}` function. Use ECB or CBC with PKCS padding, or GCM with NONE.",
                        self.mode, self.padding, self.name
                    ),
                ));
            }
        };
        if ![16, 24, 32].contains(&self.key.len()) {
            return Err(RunnelError::execution(
                "INVALID_PARAMETER_VALUE.AES_KEY_LENGTH",
                format!(
                    "The value of parameter(s) `key` in `{}` is invalid: expects a binary value with 16, 24 or 32 bytes, but got {} bytes.",
                    self.name,
                    self.key.len()
                ),
            ));
        }
        if m == Mode::Ecb && !self.iv.is_empty() {
            return Err(RunnelError::execution(
                "UNSUPPORTED_FEATURE.AES_MODE_IV",
                format!(
                    "The feature is not supported: AES-{} does not support initialization vectors (IVs) by the `{}` function. Leave the iv out for ECB.",
                    self.mode, self.name
                ),
            ));
        }
        if m != Mode::Gcm && !self.aad.is_empty() {
            return Err(RunnelError::execution(
                "UNSUPPORTED_FEATURE.AES_MODE_AAD",
                format!(
                    "The feature is not supported: {} with AES-{} does not support additional authenticate data (AAD). Use GCM for an aad.",
                    self.name, self.mode
                ),
            ));
        }
        Ok(m)
    }

    fn crypto_error(&self, detail: &str) -> RunnelError {
        RunnelError::execution(
            "INVALID_PARAMETER_VALUE.AES_CRYPTO_ERROR",
            format!(
                "The value of parameter(s) `expr`, `key` in `{}` is invalid: detail message: {detail}. Check the key, mode and padding the value was encrypted with (try_aes_decrypt gives NULL instead).",
                self.name
            ),
        )
    }

    fn iv(&self, len: usize) -> Result<Vec<u8>> {
        if self.iv.is_empty() {
            let mut iv = vec![0u8; len];
            getrandom::getrandom(&mut iv)
                .map_err(|e| RunnelError::internal(format!("no random IV: {e}")))?;
            return Ok(iv);
        }
        if self.iv.len() != len {
            return Err(RunnelError::execution(
                "INVALID_PARAMETER_VALUE.AES_IV_LENGTH",
                format!(
                    "The value of parameter(s) `iv` in `{}` is invalid: supports 16-byte CBC IVs and 12-byte GCM IVs, but got {} bytes for {}.",
                    self.name,
                    self.iv.len(),
                    self.mode
                ),
            ));
        }
        Ok(self.iv.to_vec())
    }

    fn encrypt(&self, input: &[u8]) -> Result<Vec<u8>> {
        use aes::cipher::{BlockEncryptMut, KeyInit, KeyIvInit, block_padding::Pkcs7};
        let mode = self.mode()?;
        let k = self.key;
        Ok(match mode {
            Mode::Ecb => match k.len() {
                16 => ecb::Encryptor::<aes::Aes128>::new(k.into())
                    .encrypt_padded_vec_mut::<Pkcs7>(input),
                24 => ecb::Encryptor::<aes::Aes192>::new(k.into())
                    .encrypt_padded_vec_mut::<Pkcs7>(input),
                _ => ecb::Encryptor::<aes::Aes256>::new(k.into())
                    .encrypt_padded_vec_mut::<Pkcs7>(input),
            },
            Mode::Cbc => {
                let iv = self.iv(16)?;
                let body = match k.len() {
                    16 => cbc::Encryptor::<aes::Aes128>::new(k.into(), iv.as_slice().into())
                        .encrypt_padded_vec_mut::<Pkcs7>(input),
                    24 => cbc::Encryptor::<aes::Aes192>::new(k.into(), iv.as_slice().into())
                        .encrypt_padded_vec_mut::<Pkcs7>(input),
                    _ => cbc::Encryptor::<aes::Aes256>::new(k.into(), iv.as_slice().into())
                        .encrypt_padded_vec_mut::<Pkcs7>(input),
                };
                [iv, body].concat()
            }
            Mode::Gcm => {
                let iv = self.iv(12)?;
                let body = self.gcm(&iv, input, true)?;
                [iv, body].concat()
            }
        })
    }

    fn decrypt(&self, input: &[u8]) -> Result<Vec<u8>> {
        use aes::cipher::{BlockDecryptMut, KeyInit, KeyIvInit, block_padding::Pkcs7};
        let mode = self.mode()?;
        let k = self.key;
        let bad = |_| self.crypto_error("Given final block not properly padded");
        match mode {
            Mode::Ecb => match k.len() {
                16 => ecb::Decryptor::<aes::Aes128>::new(k.into())
                    .decrypt_padded_vec_mut::<Pkcs7>(input),
                24 => ecb::Decryptor::<aes::Aes192>::new(k.into())
                    .decrypt_padded_vec_mut::<Pkcs7>(input),
                _ => ecb::Decryptor::<aes::Aes256>::new(k.into())
                    .decrypt_padded_vec_mut::<Pkcs7>(input),
            }
            .map_err(bad),
            Mode::Cbc => {
                if input.len() < 16 {
                    return Err(self.crypto_error("input too short for its IV"));
                }
                let (iv, body) = input.split_at(16);
                match k.len() {
                    16 => cbc::Decryptor::<aes::Aes128>::new(k.into(), iv.into())
                        .decrypt_padded_vec_mut::<Pkcs7>(body),
                    24 => cbc::Decryptor::<aes::Aes192>::new(k.into(), iv.into())
                        .decrypt_padded_vec_mut::<Pkcs7>(body),
                    _ => cbc::Decryptor::<aes::Aes256>::new(k.into(), iv.into())
                        .decrypt_padded_vec_mut::<Pkcs7>(body),
                }
                .map_err(bad)
            }
            Mode::Gcm => {
                // Java's GCM (PySpark 4.3): no IV is Spark's AES_CRYPTO_ERROR, an IV
                // without a whole tag javax's ShortBufferException (no condition).
                if input.len() < 12 {
                    return Err(self.crypto_error("Invalid buffer arguments"));
                }
                if input.len() < 12 + 16 {
                    return Err(RunnelError::execution_plain(
                        "javax.crypto.ShortBufferException: Output buffer invalid",
                    ));
                }
                let (iv, body) = input.split_at(12);
                self.gcm(iv, body, false)
            }
        }
    }

    fn gcm(&self, iv: &[u8], data: &[u8], encrypt: bool) -> Result<Vec<u8>> {
        use aes_gcm::aead::{Aead, KeyInit, Payload};
        use aes_gcm::{Aes128Gcm, Aes256Gcm, AesGcm, Nonce};
        type Aes192Gcm = AesGcm<aes::Aes192, aes_gcm::aead::consts::U12>;
        let nonce = Nonce::from_slice(iv);
        let p = Payload {
            msg: data,
            aad: self.aad,
        };
        let k = self.key;
        let out = match (k.len(), encrypt) {
            (16, true) => Aes128Gcm::new(k.into()).encrypt(nonce, p),
            (16, false) => Aes128Gcm::new(k.into()).decrypt(nonce, p),
            (24, true) => Aes192Gcm::new(k.into()).encrypt(nonce, p),
            (24, false) => Aes192Gcm::new(k.into()).decrypt(nonce, p),
            (_, true) => Aes256Gcm::new(k.into()).encrypt(nonce, p),
            (_, false) => Aes256Gcm::new(k.into()).decrypt(nonce, p),
        };
        out.map_err(|_| self.crypto_error("Tag mismatch!"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_decodes_leniently_as_commons_codec() {
        assert_eq!(base32_lenient("MZXW6YTBOI======"), b"foobar");
        assert_eq!(base32_lenient("mzxw6"), b"foo");
        assert_eq!(base32_lenient("1!"), b"");
    }

    #[test]
    fn aes_gcm_round_trips_and_a_wrong_key_is_a_crypto_error() {
        let spec = |key: &'static [u8]| AesSpec {
            name: "aes_encrypt",
            mode: "gcm",
            padding: "DEFAULT",
            key,
            iv: b"",
            aad: b"x",
        };
        let enc = spec(b"abcdefghijklmnop").encrypt(b"Spark").unwrap();
        assert_eq!(enc.len(), 12 + 5 + 16);
        assert_eq!(spec(b"abcdefghijklmnop").decrypt(&enc).unwrap(), b"Spark");
        let err = spec(b"0000000000000000").decrypt(&enc).unwrap_err();
        assert!(err.to_string().contains("AES_CRYPTO_ERROR"), "{err}");
    }
}
