//! String functions.

use std::sync::Arc;

use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::types::Int32Type;
use arrow_array::*;
use arrow_schema::DataType as T;

use super::java_format;
use super::{Builder, Call, map_str, strings};
use crate::error::{Result, RunnelError};
use crate::expr::LikeKind;
use crate::expr::coerce::compile_java_regex;
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;
use crate::types;

pub(super) fn register(r: &mut Builder) {
    register_case(r);
    register_rest(r);
    register_more(r);
    register_regexp(r);
    register_format(r);
    register_extra(r);
    super::number_format::register(r);
    super::sentences::register(r);
}

/// A string → int function.
fn str_to_int(c: &mut Call, f: fn(&str) -> i32) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.string_arg(0)?;
    c.props.null_intolerant = true;
    c.kernel(T::Int32, move |a, _, _| {
        Ok(Arc::new(
            strings(&a[0])?
                .iter()
                .map(|v| v.map(f))
                .collect::<Int32Array>(),
        ))
    })
}

/// A (string, string) → boolean predicate on the values' bytes (UTF-8 for strings),
/// NULL when either is NULL. Two BINARY values are compared as they are (Spark's
/// `BinaryPredicate`); otherwise both are strings.
fn str_pred(c: &mut Call, f: fn(&[u8], &[u8]) -> bool) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    if !(c.ty(0) == T::Binary && c.ty(1) == T::Binary) {
        c.coerce_all(&T::Utf8)?;
    }
    c.props.null_intolerant = true;
    c.kernel(T::Boolean, move |a, _, n| {
        Ok(Arc::new(
            (0..n)
                .map(|i| Some(f(super::bytes_at(&a[0], i)?, super::bytes_at(&a[1], i)?)))
                .collect::<BooleanArray>(),
        ))
    })
}

/// Whether `needle` occurs in `hay` (an empty one always does).
fn bytes_contain(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

/// `f(str, int)` → string, NULL when either is NULL.
/// `left` is Spark's Substring (NULL-intolerant); `right` is an `If` over the string's
/// NULL, which is not.
fn str_int_to_str(c: &mut Call, f: fn(&str, i32) -> String) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    c.string_arg(0)?;
    c.coerce(1, &T::Int32)?;
    c.props.null_intolerant = c.name == "left";
    c.kernel(T::Utf8, move |a, _, n| {
        let (s, k) = (strings(&a[0])?, a[1].as_primitive::<Int32Type>());
        let mut b = StringBuilder::new();
        for i in 0..n {
            b.append_option((s.is_valid(i) && k.is_valid(i)).then(|| f(s.value(i), k.value(i))));
        }
        Ok(Arc::new(b.finish()))
    })
}

/// `octet_length` / `bit_length`: the bytes of a binary or (UTF-8) string value, times `unit`.
fn byte_len(c: &mut Call, unit: i32) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    if c.ty(0) != T::Binary {
        c.string_arg(0)?;
    }
    c.props.null_intolerant = true;
    c.kernel(T::Int32, move |a, _, n| {
        Ok(Arc::new(
            (0..n)
                .map(|i| super::bytes_at(&a[0], i).map(|b| b.len() as i32 * unit))
                .collect::<Int32Array>(),
        ))
    })
}

/// The column of `f` of each row's bytes (NULL stays NULL), as BINARY.
fn map_bytes(a: &ArrayRef, n: usize, f: impl Fn(&[u8]) -> Vec<u8>) -> ArrayRef {
    Arc::new(
        (0..n)
            .map(|i| super::bytes_at(a, i).map(&f))
            .collect::<BinaryArray>(),
    )
}

fn register_more(r: &mut Builder) {
    // ascii(str): the code point of the first character, 0 for "".
    r.scalar("ascii", |c| {
        str_to_int(c, |s| s.chars().next().map_or(0, |ch| ch as i32))
    })
    .py("col");
    r.scalar("bit_length", |c| byte_len(c, 8)).py("col");
    r.scalar("octet_length", |c| byte_len(c, 1)).py("col");
    r.scalar("contains", |c| str_pred(c, bytes_contain))
        .nullable_over_binary()
        .py("left, right");
    r.scalar("startswith", |c| str_pred(c, |l, r| l.starts_with(r)))
        .nullable_over_binary()
        .py("str, prefix");
    r.scalar("endswith", |c| str_pred(c, |l, r| l.ends_with(r)))
        .nullable_over_binary()
        .py("str, suffix");
    // left(str, len) / right(str, len): characters from either end; none for len <= 0.
    r.scalar("left", |c| {
        // Spark's Left is `substring(str, 1, len)`: a BINARY stays one.
        if c.ty(0) == T::Binary {
            c.arity(2, 2)?;
            let mut args = std::mem::take(&mut c.args);
            args.insert(1, PhysExpr::Literal(ScalarValue::Int32(1)));
            return super::bind_function("substring", args, c.raw, c.sql);
        }
        str_int_to_str(c, |s, k| s.chars().take(k.max(0) as usize).collect())
    })
    .py("str, len");
    r.scalar("right", |c| {
        str_int_to_str(c, |s, k| {
            let n = s.chars().count();
            s.chars()
                .skip(n.saturating_sub(k.max(0) as usize))
                .collect()
        })
    })
    .always_nullable()
    .py("str, len");
    // replace(str, search[, replace]): every occurrence; an empty search changes nothing.
    r.scalar("replace", |c| {
        c.arity(2, 3)?;
        if c.args.len() == 2 {
            c.args
                .push(PhysExpr::Literal(ScalarValue::Utf8(String::new())));
        }
        c.coerce_all(&T::Utf8)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let (s, f, t) = (strings(&a[0])?, strings(&a[1])?, strings(&a[2])?);
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || f.is_null(i) || t.is_null(i) {
                    b.append_null();
                } else if f.value(i).is_empty() {
                    b.append_value(s.value(i));
                } else {
                    b.append_value(s.value(i).replace(f.value(i), t.value(i)));
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("src, search, replace=")
    .named(|c| c.with_default(2, ""));
    // split_part(str, delimiter, part): 1-based from the start, negative from the end;
    // "" past either end; part 0 is Spark's INVALID_INDEX_OF_ZERO.
    r.scalar("split_part", |c| {
        c.arity(3, 3)?;
        c.string_arg(0)?;
        c.string_arg(1)?;
        c.coerce(2, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let (s, d, p) = (strings(&a[0])?, strings(&a[1])?, a[2].as_primitive::<Int32Type>());
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || d.is_null(i) || p.is_null(i) {
                    b.append_null();
                    continue;
                }
                let k = p.value(i);
                if k == 0 {
                    return Err(RunnelError::execution(
                        "INVALID_INDEX_OF_ZERO",
                        "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1). Count parts from 1 (or from -1 at the end).",
                    ));
                }
                let parts: Vec<&str> = if d.value(i).is_empty() {
                    vec![s.value(i)]
                } else {
                    s.value(i).split(d.value(i)).collect()
                };
                let idx = if k > 0 {
                    (k - 1) as usize
                } else {
                    match parts.len().checked_sub(k.unsigned_abs() as usize) {
                        Some(x) => x,
                        None => usize::MAX,
                    }
                };
                b.append_value(parts.get(idx).copied().unwrap_or(""));
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .py("src, delimiter, partNum");
    // substring_index(str, delim, count): what is left of the count-th delimiter (from
    // the right for a negative count).
    r.scalar("substring_index", |c| {
        c.arity(3, 3)?;
        c.string_arg(0)?;
        c.string_arg(1)?;
        c.coerce(2, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let (s, d, k) = (
                strings(&a[0])?,
                strings(&a[1])?,
                a[2].as_primitive::<Int32Type>(),
            );
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || d.is_null(i) || k.is_null(i) {
                    b.append_null();
                    continue;
                }
                b.append_value(substring_index(s.value(i), d.value(i), k.value(i)));
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1, 2])
    .py("str, delim, count");
    // locate(substr, str[, pos]) / position: the 1-based place of substr in str at or
    // after pos, 0 if none (or pos < 1).
    r.scalar("locate", |c| locate(c, false))
        .literals(&[0, 2])
        .py("substr, str, pos=")
        .named(|c| c.with_default(2, "1"));
    r.scalar("position", |c| locate(c, false))
        .py("substr, str, start=")
        .named(|c| c.with_default(2, "1"));
    r.scalar("levenshtein", |c| {
        c.arity(2, 3)?;
        let threshold = if c.raw.len() > 2 {
            Some(c.int_lit(2)?)
        } else {
            None
        };
        c.args.truncate(2);
        c.coerce_all(&T::Utf8)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int32, move |a, _, n| {
            let (l, r) = (strings(&a[0])?, strings(&a[1])?);
            Ok(Arc::new(
                (0..n)
                    .map(|i| {
                        (l.is_valid(i) && r.is_valid(i)).then(|| {
                            let d = levenshtein(l.value(i), r.value(i));
                            match threshold {
                                Some(t) if d as i64 > t => -1,
                                _ => d as i32,
                            }
                        })
                    })
                    .collect::<Int32Array>(),
            ))
        })
    })
    .literals(&[2])
    .py("left, right, threshold=");
    r.scalar("soundex", |c| case_map(c, soundex)).py("col");
    r.scalar("btrim", |c| trim(c, Ends::Both))
        .nullable_over_binary()
        .py("str, trim=");
    // find_in_set(str, list): the 1-based place of str in a comma-separated list, 0 if
    // absent or if str holds a comma.
    r.scalar("find_in_set", |c| {
        c.arity(2, 2)?;
        c.coerce_all(&T::Utf8)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int32, |a, _, n| {
            let (s, l) = (strings(&a[0])?, strings(&a[1])?);
            Ok(Arc::new(
                (0..n)
                    .map(|i| {
                        (s.is_valid(i) && l.is_valid(i)).then(|| {
                            let v = s.value(i);
                            if v.contains(',') {
                                return 0;
                            }
                            l.value(i)
                                .split(',')
                                .position(|x| x == v)
                                .map_or(0, |p| p as i32 + 1)
                        })
                    })
                    .collect::<Int32Array>(),
            ))
        })
    })
    .py("str, str_array");
}

fn register_regexp(r: &mut Builder) {
    // regexp_count(str, regexp): how many matches.
    r.scalar("regexp_count", |c| {
        c.arity(2, 2)?;
        let re = RegexArg::bind(c, 1)?;
        c.string_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int32, move |a, _, n| {
            let (s, mut res) = (strings(&a[0])?, re.rows(&a[1])?);
            (0..n)
                .map(|i| {
                    let Some(re) = res.get(i)? else {
                        return Ok(None);
                    };
                    Ok(s.is_valid(i)
                        .then(|| re.find_iter(s.value(i)).count() as i32))
                })
                .collect::<Result<Int32Array>>()
                .map(|a| Arc::new(a) as ArrayRef)
        })
    })
    .py("str, regexp");
    // regexp_substr(str, regexp): the first match, NULL if none.
    r.scalar("regexp_substr", |c| {
        c.arity(2, 2)?;
        let re = RegexArg::bind(c, 1)?;
        c.string_arg(0)?;
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Utf8, move |a, _, n| {
            let (s, mut res) = (strings(&a[0])?, re.rows(&a[1])?);
            let mut b = StringBuilder::new();
            for i in 0..n {
                let re = res.get(i)?;
                // Spark's RegExpSubStr is NULLIF(regexp_extract(str, regexp, 0), ''):
                // an empty match is NULL too.
                b.append_option(
                    re.zip(s.is_valid(i).then(|| s.value(i)))
                        .and_then(|(re, s)| re.find(s).map(|m| m.as_str()))
                        .filter(|m| !m.is_empty()),
                );
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("str, regexp");
    // regexp_extract_all(str, regexp[, idx]): group idx of every match.
    r.scalar("regexp_extract_all", |c| {
        let (re, g) = regex_and_group(c, "regexp_extract_all", 1)?;
        c.string_arg(0)?;
        c.args.truncate(2);
        c.props.null_intolerant = true;
        c.kernel(types::list_of(T::Utf8), move |a, _, n| {
            let (s, mut res) = (strings(&a[0])?, re.rows(&a[1])?);
            let mut b = ListBuilder::new(StringBuilder::new());
            for i in 0..n {
                let re = res.get(i)?;
                match re.zip(s.is_valid(i).then(|| s.value(i))) {
                    None => b.append(false),
                    Some((re, s)) => {
                        check_group(re, g, "regexp_extract_all")?;
                        for cap in re.captures_iter(s) {
                            b.values()
                                .append_value(cap.get(g as usize).map_or("", |m| m.as_str()));
                        }
                        b.append(true);
                    }
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("str, regexp, idx=")
    .named(|c| c.with_default(2, "1"));
}

fn locate(c: &mut Call, _: bool) -> Result<PhysExpr> {
    c.arity(2, 3)?;
    if c.args.len() == 2 {
        c.args.push(PhysExpr::Literal(ScalarValue::Int32(1)));
    }
    c.string_arg(0)?;
    c.string_arg(1)?;
    c.coerce(2, &T::Int32)?;
    // Spark's StringLocate: NULL only for a NULL substring or string (a NULL start is 0).
    c.props.nulls = super::Nulls::Args(&[0, 1]);
    c.kernel(T::Int32, |a, _, n| {
        let (sub, s, p) = (
            strings(&a[0])?,
            strings(&a[1])?,
            a[2].as_primitive::<Int32Type>(),
        );
        Ok(Arc::new(
            (0..n)
                .map(|i| {
                    // Spark: a NULL start is 0 (no match); NULL text gives NULL.
                    if p.is_null(i) {
                        return Some(0);
                    }
                    if sub.is_null(i) || s.is_null(i) {
                        return None;
                    }
                    let pos = p.value(i);
                    if pos < 1 {
                        return Some(0);
                    }
                    // Spark's UTF8String.indexOf finds an empty string at 0, wherever it starts.
                    if sub.value(i).is_empty() {
                        return Some(1);
                    }
                    let text = s.value(i);
                    let skip = pos as usize - 1;
                    if skip > text.chars().count() {
                        return Some(0);
                    }
                    let start = text.char_indices().nth(skip).map_or(text.len(), |(b, _)| b);
                    Some(
                        text[start..]
                            .find(sub.value(i))
                            .map_or(0, |b| (text[..start + b].chars().count() + 1) as i32),
                    )
                })
                .collect::<Int32Array>(),
        ))
    })
}

/// Spark's `instr(s, sub, start, k)`: the 1-based character position of the k-th match
/// (matches may overlap) searching forward from character `start`, or backward from
/// the `-start`-th character from the end; 0 if there is none (or start is 0 or beyond
/// the text). An empty `sub` is found at 1.
fn instr_at(s: &str, sub: &str, start: i32, k: i32) -> i32 {
    if sub.is_empty() {
        return 1;
    }
    let (s, sub): (Vec<char>, Vec<char>) = (s.chars().collect(), sub.chars().collect());
    let n = s.len() as i64;
    let at = |p: usize| s.get(p..p + sub.len()) == Some(&sub[..]);
    let mut found = 0;
    if start > 0 {
        let mut p = start as i64 - 1;
        while p + sub.len() as i64 <= n {
            if at(p as usize) {
                found += 1;
                if found == k {
                    return p as i32 + 1;
                }
            }
            p += 1;
        }
    } else if start < 0 {
        let mut p = n + start as i64;
        while p >= 0 {
            if at(p as usize) {
                found += 1;
                if found == k {
                    return p as i32 + 1;
                }
            }
            p -= 1;
        }
    }
    0
}

/// Spark's `substring_index`.
fn substring_index(s: &str, delim: &str, count: i32) -> String {
    if delim.is_empty() || count == 0 {
        return String::new();
    }
    if count > 0 {
        match s.match_indices(delim).nth(count as usize - 1) {
            Some((i, _)) => s[..i].to_string(),
            None => s.to_string(),
        }
    } else {
        match s
            .rmatch_indices(delim)
            .nth(count.unsigned_abs() as usize - 1)
        {
            Some((i, _)) => s[i + delim.len()..].to_string(),
            None => s.to_string(),
        }
    }
}

/// Edit distance in characters.
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Spark's `soundex` (American Soundex; a string not starting with a letter is
/// returned as it is).
fn soundex(s: &str) -> String {
    let code = |c: char| match c.to_ascii_uppercase() {
        'B' | 'F' | 'P' | 'V' => '1',
        'C' | 'G' | 'J' | 'K' | 'Q' | 'S' | 'X' | 'Z' => '2',
        'D' | 'T' => '3',
        'L' => '4',
        'M' | 'N' => '5',
        'R' => '6',
        'H' | 'W' => '-',
        _ => '0',
    };
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    if !first.is_ascii_alphabetic() {
        return s.to_string();
    }
    let mut out = String::new();
    out.push(first.to_ascii_uppercase());
    let mut last = code(first);
    for c in chars {
        if out.len() == 4 {
            break;
        }
        let k = code(c);
        if k == '-' {
            continue;
        }
        if k != '0' && k != last {
            out.push(k);
        }
        last = k;
    }
    while out.len() < 4 {
        out.push('0');
    }
    out
}

fn register_case(r: &mut Builder) {
    r.scalar("upper", |c| case_map(c, str::to_uppercase))
        .py("col");
    r.scalar("ucase", |c| case_map(c, str::to_uppercase))
        .py("str");
    r.scalar("lower", |c| case_map(c, str::to_lowercase))
        .py("col");
    r.scalar("lcase", |c| case_map(c, str::to_lowercase))
        .py("str");
    r.scalar("initcap", |c| case_map(c, initcap)).py("col");
    r.scalar("reverse", |c| {
        if matches!(c.args.first().map(|a| a.data_type()), Some(T::List(_))) {
            return super::array::reverse_array(c);
        }
        if c.args.len() == 1 && c.ty(0) == T::Binary {
            c.props.null_intolerant = true;
            return c.kernel(T::Binary, |a, _, n| {
                Ok(map_bytes(&a[0], n, |b| b.iter().rev().copied().collect()))
            });
        }
        case_map(c, |s| s.chars().rev().collect())
    })
    .py("col");
    r.scalar("length", length).sql_alias(&["len"]).py("col");
    r.scalar("char_length", length).py("str");
    r.scalar("character_length", length).py("str");
    // PySpark 4: pos and len are columns, columns' names or ints.
    r.scalar("substr", substring_call)
        .py("str, pos, len=")
        .named(|c| c.with_default(2, "2147483647"));
    r.scalar("substring", substring_call)
        .py("str, pos, len")
        .named(|c| c.with_default(2, "2147483647"));
}

fn length(c: &mut Call) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.props.null_intolerant = true;
    // A binary value's length is its number of bytes.
    if c.ty(0) == T::Binary {
        return c.kernel(T::Int32, |a, _, n| {
            Ok(Arc::new(
                (0..n)
                    .map(|i| super::bytes_at(&a[0], i).map(|b| b.len() as i32))
                    .collect::<Int32Array>(),
            ))
        });
    }
    c.string_arg(0)?;
    c.kernel(T::Int32, |a, _, _| {
        Ok(Arc::new(
            strings(&a[0])?
                .iter()
                .map(|v| v.map(|s| s.chars().count() as i32))
                .collect::<Int32Array>(),
        ))
    })
}

fn substring_call(c: &mut Call) -> Result<PhysExpr> {
    c.arity(2, 3)?;
    let binary = c.ty(0) == T::Binary;
    if !binary {
        c.string_arg(0)?;
    }
    if c.args.len() == 2 {
        c.args.push(PhysExpr::Literal(ScalarValue::Int32(i32::MAX)));
    }
    c.coerce(1, &T::Int32)?;
    c.coerce(2, &T::Int32)?;
    c.props.null_intolerant = true;
    // A BINARY's bytes (Spark's ByteArray.subStringSQL), as a BINARY.
    if binary {
        return c.kernel(T::Binary, |a, _, n| {
            let p = a[1].as_primitive::<Int32Type>();
            let l = a[2].as_primitive::<Int32Type>();
            Ok(Arc::new(
                (0..n)
                    .map(|i| {
                        let b = super::bytes_at(&a[0], i)?;
                        let (s, e) =
                            substring_range(b.len(), p.is_valid(i).then(|| p.value(i))?, {
                                l.is_valid(i).then(|| l.value(i))?
                            });
                        Some(&b[s..e])
                    })
                    .collect::<BinaryArray>(),
            ))
        });
    }
    c.kernel(T::Utf8, |a, _, n| {
        let s = strings(&a[0])?;
        let p = a[1].as_primitive::<Int32Type>();
        let l = a[2].as_primitive::<Int32Type>();
        let mut b = StringBuilder::new();
        for i in 0..n {
            if s.is_null(i) || p.is_null(i) || l.is_null(i) {
                b.append_null();
            } else {
                b.append_value(substring(s.value(i), p.value(i), l.value(i)));
            }
        }
        Ok(Arc::new(b.finish()))
    })
}

fn register_rest(r: &mut Builder) {
    r.scalar("concat", |c| {
        if c.args.iter().any(|a| matches!(a.data_type(), T::List(_))) {
            return super::array::concat_arrays(c);
        }
        // All BINARY: a BINARY (Spark's Concat); otherwise strings.
        if !c.args.is_empty() && (0..c.args.len()).all(|i| c.ty(i) == T::Binary) {
            return c.kernel(T::Binary, |a, _, n| Ok(concat_bytes(a, n)));
        }
        c.coerce_all(&T::Utf8)?;
        c.kernel(T::Utf8, |a, _, n| concat(a, n))
    })
    .py("*cols");
    r.scalar("concat_ws", |c| {
        c.arity(1, usize::MAX)?;
        for i in 0..c.args.len() {
            if !matches!(c.ty(i), T::List(_)) {
                c.string_arg(i)?;
            }
        }
        c.props.nulls = super::Nulls::FirstArg;
        c.kernel(T::Utf8, |a, _, n| concat_ws(a, n))
    })
    .literals(&[0])
    .py("sep, *cols");
    r.scalar("trim", |c| trim(c, Ends::Both))
        .py("col, trim=")
        .named(|c| match c.args.len() {
            2 => format!("TRIM(BOTH {} FROM {})", c.args[1], c.first()),
            _ => c.plain(),
        });
    r.scalar("ltrim", |c| trim(c, Ends::Leading))
        .py("col, trim=")
        .named(|c| match c.args.len() {
            2 => format!("TRIM(LEADING {} FROM {})", c.args[1], c.first()),
            _ => c.plain(),
        });
    r.scalar("rtrim", |c| trim(c, Ends::Trailing))
        .py("col, trim=")
        .named(|c| match c.args.len() {
            2 => format!("TRIM(TRAILING {} FROM {})", c.args[1], c.first()),
            _ => c.plain(),
        });
    r.scalar("regexp_replace", |c| {
        c.props.null_intolerant = true;
        c.arity(3, 4)?;
        let re = RegexArg::bind(c, 1)?;
        // position: a constant from 1 up; replacing starts at that character.
        let pos = if c.raw.len() > 3 { c.int_lit(3)? } else { 1 };
        if !(1..=i32::MAX as i64).contains(&pos) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: The `position` must be between (0, 2147483647] (current value = {pos}). Start at position 1 or later.",
                    c.sql
                ),
            ));
        }
        let skip = pos as usize - 1;
        c.string_arg(0)?;
        c.string_arg(2)?;
        c.args.truncate(3);
        c.kernel(T::Utf8, move |a, _, n| {
            let (s, mut res) = (strings(&a[0])?, re.rows(&a[1])?);
            let r = strings(&a[2])?;
            let mut b = StringBuilder::new();
            for i in 0..n {
                match res.get(i)? {
                    Some(re) if s.is_valid(i) && r.is_valid(i) => {
                        let rep = java_replacement(r.value(i));
                        let v = s.value(i);
                        let at = v.char_indices().nth(skip).map_or(v.len(), |(b, _)| b);
                        if at == v.len() && skip > 0 {
                            b.append_value(v);
                        } else {
                            let (head, tail) = v.split_at(at);
                            b.append_value(format!(
                                "{head}{}",
                                re.replace_all(tail, rep.as_str())
                            ));
                        }
                    }
                    _ => b.append_null(),
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1, 2])
    .py("string, pattern, replacement, position=")
    .named(|c| c.with_default(3, "1"));
    r.scalar("regexp_extract", |c| {
        c.props.null_intolerant = true;
        let (re, g) = regex_and_group(c, "regexp_extract", 1)?;
        c.string_arg(0)?;
        c.args.truncate(2);
        c.kernel(T::Utf8, move |a, _, n| {
            let (s, mut res) = (strings(&a[0])?, re.rows(&a[1])?);
            let mut b = StringBuilder::new();
            for i in 0..n {
                match res.get(i)?.zip(s.is_valid(i).then(|| s.value(i))) {
                    None => b.append_null(),
                    Some((re, s)) => {
                        check_group(re, g, "regexp_extract")?;
                        b.append_value(
                            re.captures(s)
                                .and_then(|c| c.get(g as usize))
                                .map_or("", |m| m.as_str()),
                        );
                    }
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1, 2])
    .py("str, pattern, idx")
    .named(|c| c.with_default(2, "1"));
    r.scalar("split", |c| {
        c.props.null_intolerant = true;
        c.arity(2, 3)?;
        let re = RegexArg::bind(c, 1)?;
        // The limit may be a column too (Spark's StringSplit takes any int expression).
        if c.args.len() == 2 {
            c.args.push(PhysExpr::Literal(ScalarValue::Int32(-1)));
        }
        c.string_arg(0)?;
        c.coerce(2, &T::Int32)?;
        c.kernel(types::list_of_n(T::Utf8, false), move |a, _, n| {
            let (s, mut res) = (strings(&a[0])?, re.rows(&a[1])?);
            let lim = a[2].as_primitive::<Int32Type>();
            let mut b = ListBuilder::new(StringBuilder::new());
            for i in 0..n {
                let row = s.is_valid(i) && lim.is_valid(i);
                match res.get(i)?.zip(row.then(|| (s.value(i), lim.value(i)))) {
                    None => b.append(false),
                    Some((re, (v, limit))) => {
                        let parts = java_split(re, v, limit.max(0) as usize);
                        for p in parts {
                            b.values().append_value(p);
                        }
                        b.append(true);
                    }
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1])
    .py("str, pattern, limit=")
    .named(|c| c.with_default(2, "-1"));
    r.scalar("lpad", |c| pad(c, true))
        .literals(&[1, 2])
        .py("col, len, pad")
        .named(pad_name);
    r.scalar("rpad", |c| pad(c, false))
        .literals(&[1, 2])
        .py("col, len, pad")
        .named(pad_name);
    r.scalar("rlike", |c| {
        c.arity(2, 2)?;
        c.string_arg(0)?;
        if !matches!(
            c.raw.get(1),
            Some(crate::expr::Expr::Literal(ScalarValue::Utf8(_)))
        ) {
            c.string_arg(1)?;
            let (s, p) = (c.args.remove(0), c.args.remove(0));
            return Ok(like_per_row(s, p, LikeKind::RLike, '\\', false, c.sql));
        }
        let re = compile_java_regex(&c.str_lit(1)?)?;
        Ok(PhysExpr::Like {
            expr: Box::new(c.args.remove(0)),
            regex: Arc::new(re),
            negated: false,
            like: None,
        })
    })
    .alias(&["regexp", "regexp_like"])
    .literals(&[1])
    .py("str, regexp")
    .named(super::upper_name);
    // instr(str, substr[, start[, occurrence]]): the 1-based position of the
    // occurrence-th match searching from start (backwards from the end for a negative
    // start), 0 if none (Spark 4.3).
    r.scalar("instr", |c| {
        c.arity(2, 4)?;
        c.coerce(0, &T::Utf8)?;
        c.coerce(1, &T::Utf8)?;
        for (i, default) in [(2, 1), (3, 1)] {
            if c.args.len() == i {
                c.args.push(PhysExpr::Literal(ScalarValue::Int32(default)));
            }
            c.coerce(i, &T::Int32)?;
        }
        c.props.null_intolerant = true;
        c.kernel(T::Int32, |a, _, n| {
            let (s, sub) = (strings(&a[0])?, strings(&a[1])?);
            let (start, occ) = (
                a[2].as_primitive::<Int32Type>(),
                a[3].as_primitive::<Int32Type>(),
            );
            (0..n)
                .map(|i| {
                    if [s.is_null(i), sub.is_null(i), start.is_null(i), occ.is_null(i)]
                        .contains(&true)
                    {
                        return Ok(None);
                    }
                    let k = occ.value(i);
                    if k < 1 {
                        return Err(RunnelError::execution(
                            "INVALID_PARAMETER_VALUE.OCCURRENCE",
                            format!(
                                "The value of parameter(s) `occurrence` in `instr` is invalid: expects a positive integer, but got {k}. Ask for the 1st occurrence or a later one."
                            ),
                        ));
                    }
                    Ok(Some(instr_at(s.value(i), sub.value(i), start.value(i), k)))
                })
                .collect::<Result<Int32Array>>()
                .map(|a| Arc::new(a) as ArrayRef)
        })
    })
    .literals(&[1])
    .py("str, substr, start=, occurrence=")
    .named(|c| c.with_default(3, "1"));
    // repeat(str, n): the string n times (none for n <= 0).
    r.scalar("repeat", |c| {
        c.arity(2, 2)?;
        c.string_arg(0)?;
        c.coerce(1, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let s = strings(&a[0])?;
            let k = a[1].as_primitive::<Int32Type>();
            let mut total = 0usize;
            for i in 0..n {
                if s.is_valid(i) && k.is_valid(i) {
                    total = total.saturating_add(s.value(i).len() * k.value(i).max(0) as usize);
                }
            }
            check_text_size(total, "repeat")?;
            let mut b = StringBuilder::with_capacity(n, total);
            for i in 0..n {
                if s.is_null(i) || k.is_null(i) {
                    b.append_null();
                } else {
                    b.append_value(s.value(i).repeat(k.value(i).max(0) as usize));
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col, n");
    // space(n): n blanks (none for n <= 0); Spark's StringSpace, SQL only.
    r.scalar("space", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let k = a[0].as_primitive::<Int32Type>();
            let total = (0..n)
                .filter(|&i| k.is_valid(i))
                .fold(0usize, |t, i| t.saturating_add(k.value(i).max(0) as usize));
            check_text_size(total, "space")?;
            let mut b = StringBuilder::with_capacity(n, total);
            for i in 0..n {
                if k.is_null(i) {
                    b.append_null();
                } else {
                    b.append_value(" ".repeat(k.value(i).max(0) as usize));
                }
            }
            Ok(Arc::new(b.finish()))
        })
    });
    // translate(src, matching, replace): each character of `matching` becomes the
    // character at the same place in `replace`, or is removed when `replace` is shorter.
    r.scalar("translate", |c| {
        c.arity(3, 3)?;
        c.coerce_all(&T::Utf8)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let (s, m, r) = (strings(&a[0])?, strings(&a[1])?, strings(&a[2])?);
            let mut b = StringBuilder::new();
            let mut map: Vec<(char, Option<char>)> = Vec::new();
            for i in 0..n {
                if s.is_null(i) || m.is_null(i) || r.is_null(i) {
                    b.append_null();
                    continue;
                }
                map.clear();
                let mut rep = r.value(i).chars();
                for ch in m.value(i).chars() {
                    let to = rep.next();
                    // The first mapping of a character wins.
                    if !map.iter().any(|(f, _)| *f == ch) {
                        map.push((ch, to));
                    }
                }
                let out: String = s
                    .value(i)
                    .chars()
                    .filter_map(|ch| match map.iter().find(|(f, _)| *f == ch) {
                        Some((_, to)) => *to,
                        None => Some(ch),
                    })
                    .collect();
                b.append_value(out);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1, 2])
    .py("srcCol, matching, replace");
}

fn case_map(c: &mut Call, f: fn(&str) -> String) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.string_arg(0)?;
    c.props.null_intolerant = true;
    c.kernel(T::Utf8, move |a, _, _| map_str(&a[0], f))
}

fn initcap(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            // Title case: a character whose capital is several letters (ß → SS) is
            // capitalized only in its first (ß → Ss), as Unicode's title case has it.
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
                out.extend(up.flat_map(char::to_lowercase));
            }
        } else {
            out.extend(c.to_lowercase())
        }
        start = c == ' ';
    }
    out
}

/// Which ends trim/ltrim/rtrim strip.
#[derive(Clone, Copy)]
enum Ends {
    Both,
    Leading,
    Trailing,
}

/// trim(str[, trimStr]): strips spaces, or every character of trimStr (Spark's StringTrim,
/// StringTrimLeft, StringTrimRight), at the ends given.
fn trim(c: &mut Call, ends: Ends) -> Result<PhysExpr> {
    c.arity(1, 2)?;
    c.string_arg(0)?;
    if c.args.len() == 2 {
        c.string_arg(1)?;
    }
    // Spark's StringTrim/Left/Right are not NullIntolerant (no IS NOT NULL is inferred).
    c.kernel(T::Utf8, move |a, _, n| {
        let s = strings(&a[0])?;
        let set = a.get(1).map(strings).transpose()?;
        let mut b = StringBuilder::new();
        for i in 0..n {
            if s.is_null(i) || set.is_some_and(|t| t.is_null(i)) {
                b.append_null();
                continue;
            }
            let chars = set.map(|t| t.value(i));
            let strip = |ch: char| chars.map_or(ch == ' ', |t| t.contains(ch));
            let v = s.value(i);
            b.append_value(match ends {
                Ends::Both => v.trim_matches(strip),
                Ends::Leading => v.trim_start_matches(strip),
                Ends::Trailing => v.trim_end_matches(strip),
            });
        }
        Ok(Arc::new(b.finish()))
    })
}

fn concat(a: &[ArrayRef], n: usize) -> Result<ArrayRef> {
    let cols: Vec<&StringArray> = a.iter().map(strings).collect::<Result<_>>()?;
    let mut b = StringBuilder::new();
    let mut s = String::new();
    for i in 0..n {
        if cols.iter().any(|c| c.is_null(i)) {
            b.append_null();
        } else {
            s.clear();
            for c in &cols {
                s.push_str(c.value(i));
            }
            b.append_value(&s);
        }
    }
    Ok(Arc::new(b.finish()))
}

/// The bytes of each row's values one after another (NULL if any is), as BINARY.
fn concat_bytes(a: &[ArrayRef], n: usize) -> ArrayRef {
    Arc::new(
        (0..n)
            .map(|i| {
                a.iter()
                    .map(|x| super::bytes_at(x, i))
                    .collect::<Option<Vec<&[u8]>>>()
                    .map(|parts| parts.concat())
            })
            .collect::<BinaryArray>(),
    )
}

/// `a || b`: the binder's concatenation operator is `concat` (of BINARY values when
/// `binary`, of strings otherwise).
pub(crate) fn concat_kernel(sql: &str, binary: bool) -> super::Kernel {
    super::Kernel::new("concat", sql, super::Props::default(), move |a, _, n| {
        if binary {
            Ok(concat_bytes(a, n))
        } else {
            concat(a, n)
        }
    })
}

fn concat_ws(a: &[ArrayRef], n: usize) -> Result<ArrayRef> {
    let sep = strings(&a[0])?;
    let mut b = StringBuilder::new();
    let mut out = String::new();
    for i in 0..n {
        if sep.is_null(i) {
            b.append_null();
            continue;
        }
        let sep = sep.value(i);
        out.clear();
        let mut first = true;
        let mut push = |s: &str| {
            if !first {
                out.push_str(sep);
            }
            first = false;
            out.push_str(s);
        };
        for x in &a[1..] {
            match x.data_type() {
                T::List(_) => {
                    let l = x.as_list::<i32>();
                    if !l.is_null(i) {
                        let v = l.value(i);
                        let v = v.as_string_opt::<i32>().ok_or_else(|| {
                            RunnelError::analysis(
                                "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                                "concat_ws needs strings or arrays of strings. Cast the array's elements to string first.",
                            )
                        })?;
                        v.iter().flatten().for_each(&mut push);
                    }
                }
                _ => {
                    let s = strings(x)?;
                    if !s.is_null(i) {
                        push(s.value(i));
                    }
                }
            }
        }
        b.append_value(&out);
    }
    Ok(Arc::new(b.finish()))
}

/// `lpad(s, 6,  )`, or for a BINARY `lpad(b, 6, X'00')`: the default pad Spark names.
fn pad_name(c: &super::NameCall) -> String {
    let default = if c.arg_type(0) == Some(T::Binary) {
        "X'00'"
    } else {
        " "
    };
    c.with_default(2, default)
}

fn pad(c: &mut Call, left: bool) -> Result<PhysExpr> {
    c.arity(2, 3)?;
    c.props.null_intolerant = true;
    // A BINARY padded with a BINARY (X'00' when none is given): Spark's BinaryLPad /
    // BinaryRPad, bytes as they are.
    if c.ty(0) == T::Binary && (c.args.len() == 2 || c.ty(2) == T::Binary) {
        c.coerce(1, &T::Int32)?;
        if c.args.len() == 2 {
            c.args.push(PhysExpr::Literal(ScalarValue::binary(&[0])));
        }
        c.props.null_intolerant = true;
        return c.kernel(T::Binary, move |a, _, n| {
            let len = a[1].as_primitive::<Int32Type>();
            let mut total = 0usize;
            for i in 0..n {
                if len.is_valid(i) {
                    total = total.saturating_add(len.value(i).max(0) as usize);
                }
            }
            check_text_size(total, if left { "lpad" } else { "rpad" })?;
            Ok(Arc::new(
                (0..n)
                    .map(|i| {
                        let (b, p) = (super::bytes_at(&a[0], i)?, super::bytes_at(&a[2], i)?);
                        let len = len.is_valid(i).then(|| len.value(i))?;
                        Some(pad_bytes(b, len, p, left))
                    })
                    .collect::<BinaryArray>(),
            ))
        });
    }
    c.string_arg(0)?;
    c.coerce(1, &T::Int32)?;
    if c.args.len() == 2 {
        c.args
            .push(PhysExpr::Literal(ScalarValue::Utf8(" ".into())));
    }
    c.string_arg(2)?;
    c.kernel(T::Utf8, move |a, _, n| {
        let s = strings(&a[0])?;
        let len = a[1].as_primitive::<Int32Type>();
        let pad = strings(&a[2])?;
        // Refused before allocating: the batch's text must fit Arrow's 32-bit offsets.
        let mut total = 0usize;
        for i in 0..n {
            if s.is_null(i) || len.is_null(i) || pad.is_null(i) {
                continue;
            }
            let (v, p) = (s.value(i), pad.value(i));
            let want = len.value(i).max(0) as usize;
            let have = v.chars().count();
            if have >= want || p.is_empty() {
                total += v.len();
                continue;
            }
            let (pc, fill) = (p.chars().count(), want - have);
            let rest: usize = p.chars().take(fill % pc).map(char::len_utf8).sum();
            total = total.saturating_add(v.len() + fill / pc * p.len() + rest);
        }
        check_text_size(total, if left { "lpad" } else { "rpad" })?;
        let mut b = StringBuilder::new();
        for i in 0..n {
            if s.is_null(i) || len.is_null(i) || pad.is_null(i) {
                b.append_null();
                continue;
            }
            let chars: Vec<char> = s.value(i).chars().collect();
            let want = len.value(i).max(0) as usize;
            if chars.len() >= want || pad.value(i).is_empty() {
                b.append_value(chars[..want.min(chars.len())].iter().collect::<String>());
                continue;
            }
            let fill: String = pad
                .value(i)
                .chars()
                .cycle()
                .take(want - chars.len())
                .collect();
            let body: String = chars.iter().collect();
            b.append_value(if left {
                format!("{fill}{body}")
            } else {
                format!("{body}{fill}")
            });
        }
        Ok(Arc::new(b.finish()))
    })
}

/// Spark's `ByteArray.lpad` / `rpad`: `len` bytes, the input's first ones kept (at the
/// right for lpad) and the rest filled with `pad` repeated; with an empty pad, the
/// input's first `len` bytes. A length below 0 gives no bytes.
fn pad_bytes(b: &[u8], len: i32, pad: &[u8], left: bool) -> Vec<u8> {
    let len = len.max(0) as usize;
    let keep = &b[..len.min(b.len())];
    if pad.is_empty() || keep.len() == len {
        return keep.to_vec();
    }
    let fill = pad.iter().copied().cycle().take(len - keep.len());
    if left {
        fill.chain(keep.iter().copied()).collect()
    } else {
        keep.iter().copied().chain(fill).collect()
    }
}

/// The most text a string column of one batch holds (Arrow's 32-bit offsets).
pub const MAX_TEXT_BYTES: usize = i32::MAX as usize;

/// Refuses a string result that would not fit one batch's column, before it is built.
pub fn check_text_size(bytes: usize, what: &str) -> Result<()> {
    if bytes > MAX_TEXT_BYTES {
        return Err(RunnelError::execution_plain(format!(
            "{what} would make {bytes} bytes of text in one column of a batch; a string column holds at most {MAX_TEXT_BYTES} bytes (Arrow's 32-bit offsets). Ask for shorter strings (or fewer rows per batch)."
        )));
    }
    Ok(())
}

/// Spark's `substring` (1-based; a negative position counts from the end).
pub fn substring(s: &str, pos: i32, len: i32) -> String {
    let chars: Vec<char> = s.chars().collect();
    let (s0, e0) = substring_range(chars.len(), pos, len);
    chars[s0..e0].iter().collect()
}

/// The range `substring(x, pos, len)` keeps of `n` items (characters or bytes).
fn substring_range(n: usize, pos: i32, len: i32) -> (usize, usize) {
    let n = n as i64;
    let len = len as i64;
    let start: i64 = if pos > 0 {
        pos as i64 - 1
    } else if pos < 0 {
        n + pos as i64
    } else {
        0
    };
    let end = if len < 0 {
        start
    } else {
        start.saturating_add(len)
    };
    let (s0, e0) = (start.clamp(0, n), end.clamp(0, n));
    if s0 >= e0 {
        (0, 0)
    } else {
        (s0 as usize, e0 as usize)
    }
}

/// Java replacement strings use `$1` like Rust's regex, but `\$` for a literal dollar.
fn java_replacement(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    let mut chars = r.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    if n == '$' {
                        out.push_str("$$");
                    } else {
                        out.push(n);
                    }
                }
            }
            '$' => {
                let mut num = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    num.push(*d);
                    chars.next();
                }
                if num.is_empty() {
                    out.push_str("$$");
                } else {
                    out.push_str(&format!("${{{num}}}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// `v` with `prec` decimals, rounded HALF_UP on its exact binary value (Java's
/// `Formatter` `%.nf`, which goes through `BigDecimal(double)`).
pub(super) fn java_fixed(v: f64, prec: usize) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN".into()
        } else if v > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    // Java's Formatter works from the double's shortest decimal digits (FloatingDecimal,
    // `Double.toString`'s: `1e308` is a 1 and 308 zeros, not the exact binary expansion)
    // and rounds them HALF_UP at the precision.
    let sci = format!("{:e}", v.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let shortest: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let point = exp + 1; // digits before the decimal point
    let exact = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), shortest)
    } else if point as usize >= shortest.len() {
        format!(
            "{}{}",
            shortest,
            "0".repeat(point as usize - shortest.len())
        )
    } else {
        format!(
            "{}.{}",
            &shortest[..point as usize],
            &shortest[point as usize..]
        )
    };
    let (int, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let mut digits: Vec<u8> = int
        .bytes()
        .chain(frac.bytes().chain(std::iter::repeat(b'0')).take(prec))
        .map(|b| b - b'0')
        .collect();
    let next = frac.as_bytes().get(prec).map_or(0, |b| b - b'0');
    if next >= 5 {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, 1);
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let int_len = digits.len() - prec;
    let mut s: String = digits[..int_len]
        .iter()
        .map(|d| (d + b'0') as char)
        .collect();
    if prec > 0 {
        s.push('.');
        s.extend(digits[int_len..].iter().map(|d| (d + b'0') as char));
    }
    if v.is_sign_negative() {
        s.insert(0, '-');
    }
    s
}

/// `x` with `d` decimals (HALF_EVEN on the exact value) and thousands separators, as
/// Spark's `format_number`.
fn format_number(x: f64, d: usize) -> String {
    // Java's DecimalFormat symbols for what has no digits.
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞" } else { "-∞" }.into();
    }
    // Java's DecimalFormat works from the double's shortest decimal digits
    // (`Double.toString`'s): where `d` decimals keep all of them, what follows is zeros
    // (`1e308` is a 1 and 308 zeros, not the double's exact binary expansion); where it
    // cuts into them, it rounds HALF_EVEN on the exact value, as Rust's formatting does.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let decimals = (digits.len() as i32 - 1 - exp).max(0) as usize;
    if d < decimals {
        return group_thousands(&format!("{:.*}", d, x));
    }
    // Fixed notation from the shortest digits: `digits` × 10^(exp - len + 1).
    let point = exp + 1; // digits before the decimal point
    let (int, frac) = if point <= 0 {
        (
            "0".to_string(),
            format!("{}{}", "0".repeat((-point) as usize), digits),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{}{}", digits, "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        (
            digits[..point as usize].to_string(),
            digits[point as usize..].to_string(),
        )
    };
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if d == 0 {
        group_thousands(&format!("{sign}{int}"))
    } else {
        group_thousands(&format!("{sign}{int}.{frac:0<d$}"))
    }
}

/// A decimal `v` (scaled by 10^`s`) as `format_number` prints it: rounded HALF_EVEN on
/// the exact value (Java's DecimalFormat of a BigDecimal), `d` decimals, separators.
fn format_decimal(v: i128, s: i8, d: usize) -> String {
    let (s, d32) = (s as i32, d as i32);
    let (q, scale) = if d32 < s {
        let r = super::math::round_decimal(v, s, d32, super::math::RoundMode::HalfEven);
        (r.unwrap_or(v), d32)
    } else {
        (v, s)
    };
    let digits = format!("{:0>w$}", q.unsigned_abs(), w = scale as usize + 1);
    let (int, frac) = digits.split_at(digits.len() - scale as usize);
    let sign = if v < 0 { "-" } else { "" };
    if d == 0 {
        group_thousands(&format!("{sign}{int}"))
    } else {
        group_thousands(&format!("{sign}{int}.{frac:0<d$}"))
    }
}

/// `-1234567.5` as `-1,234,567.5`.
pub fn group_thousands(s: &str) -> String {
    let (sign, body) = match s.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", s),
    };
    let (int, frac) = body
        .split_once('.')
        .map_or((body, None), |(a, b)| (a, Some(b)));
    let mut grouped = String::new();
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

pub(super) fn register_format(r: &mut Builder) {
    r.scalar("format_number", |c| {
        c.props.null_intolerant = true;
        c.arity(2, 2)?;
        let d = c.int_lit(1)?;
        c.args.truncate(1);
        if !crate::types::is_numeric(&c.ty(0)) {
            return Err(crate::expr::coerce::type_mismatch(
                c.sql,
                "a number",
                &c.ty(0),
            ));
        }
        // A decimal is formatted exactly; every other number as a double.
        if !matches!(c.ty(0), T::Decimal128(..)) {
            c.coerce(0, &T::Float64)?;
        }
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Utf8, move |a, _, _| {
            let mut b = StringBuilder::new();
            if let T::Decimal128(_, s) = a[0].data_type() {
                let s = *s;
                for v in a[0]
                    .as_primitive::<arrow_array::types::Decimal128Type>()
                    .iter()
                {
                    b.append_option(
                        v.filter(|_| d >= 0)
                            .map(|x| format_decimal(x, s, d as usize)),
                    );
                }
                return Ok(Arc::new(b.finish()));
            }
            for v in a[0]
                .as_primitive::<arrow_array::types::Float64Type>()
                .iter()
            {
                b.append_option(v.filter(|_| d >= 0).map(|x| format_number(x, d as usize)));
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1])
    .py("col, d");
    for name in ["format_string", "printf"] {
        let bind: super::BindFn = |c| {
            c.arity(1, usize::MAX)?;
            c.string_arg(0)?;
            // Spark's FormatString: NULL only for a NULL format (a NULL value prints "null").
            c.props.nulls = super::Nulls::FirstArg;
            // Each argument reaches Java's Formatter as the object Spark holds it in.
            c.kernel(T::Utf8, move |a, _, n| {
                let fmt = strings(&a[0])?;
                let texts: Vec<Option<ArrayRef>> = a[1..]
                    .iter()
                    .map(|x| match x.data_type() {
                        T::Float64 | T::Float32 | T::Decimal128(..) | T::Utf8 | T::LargeUtf8 => {
                            crate::expr::cast::cast_array(x, &T::Utf8, false).map(Some)
                        }
                        T::Int8
                        | T::Int16
                        | T::Int32
                        | T::Int64
                        | T::Date32
                        | T::Boolean
                        | T::Timestamp(..)
                        | T::Null => Ok(None),
                        _ => crate::expr::cast::cast_array(x, &T::Utf8, false).map(Some),
                    })
                    .collect::<Result<_>>()?;
                let mut b = StringBuilder::new();
                for i in 0..n {
                    if fmt.is_null(i) {
                        b.append_null();
                        continue;
                    }
                    let args: Vec<java_format::JArg> = a[1..]
                        .iter()
                        .zip(&texts)
                        .map(|(x, t)| java_arg(x, t.as_ref(), i))
                        .collect();
                    b.append_value(java_format::format(fmt.value(i), &args)?);
                }
                Ok(Arc::new(b.finish()))
            })
        };
        // format_string's format is a string; printf's a column (PySpark's signatures).
        let lits: &'static [usize] = if name == "format_string" { &[0] } else { &[] };
        r.scalar(name, bind).literals(lits).py("format, *cols");
    }
}

/// Row `i` of a format_string argument as the Java object Spark passes (`text`: its
/// text where Java prints a string of it).
fn java_arg(x: &ArrayRef, text: Option<&ArrayRef>, i: usize) -> java_format::JArg {
    use arrow_array::types as at;
    use java_format::JArg;
    if x.is_null(i) {
        return JArg::Null;
    }
    let t = || {
        text.map(|t| t.as_string::<i32>().value(i).to_string())
            .unwrap_or_default()
    };
    match x.data_type() {
        T::Int8 => JArg::Int(x.as_primitive::<at::Int8Type>().value(i) as i64, 8),
        T::Int16 => JArg::Int(x.as_primitive::<at::Int16Type>().value(i) as i64, 16),
        T::Int32 => JArg::Int(x.as_primitive::<at::Int32Type>().value(i) as i64, 32),
        T::Date32 => JArg::Int(x.as_primitive::<at::Date32Type>().value(i) as i64, 32),
        T::Int64 => JArg::Int(x.as_primitive::<at::Int64Type>().value(i), 64),
        T::Timestamp(..) => x
            .as_primitive_opt::<at::TimestampMicrosecondType>()
            .map_or_else(|| JArg::Text(t()), |m| JArg::Int(m.value(i), 64)),
        T::Boolean => JArg::Bool(x.as_boolean().value(i)),
        T::Float64 => JArg::Float(x.as_primitive::<at::Float64Type>().value(i), false, t()),
        T::Float32 => JArg::Float(
            x.as_primitive::<at::Float32Type>().value(i) as f64,
            true,
            t(),
        ),
        T::Decimal128(..) => JArg::Decimal(t()),
        _ => JArg::Text(t()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_like_spark() {
        assert_eq!(substring("books", 2, 3), "ook");
        assert_eq!(substring("books", -3, 2), "ok");
        assert_eq!(substring("books", 0, 2), "bo");
        assert_eq!(java_replacement("a$1\\$"), "a${1}$$");
    }

    #[test]
    fn java_number_formats() {
        assert_eq!(java_fixed(-0.125, 2), "-0.13");
        // Java 17's Formatter rounds the shortest digits HALF_UP (PySpark 4.3 on Java 17:
        // format_string('%.2f', 2.675D) is 2.68, '%.1f' of 0.15D is 0.2).
        assert_eq!(java_fixed(2.675, 2), "2.68");
        assert_eq!(java_fixed(9.995, 2), "10.00");
        assert_eq!(java_fixed(0.15, 1), "0.2");
        assert_eq!(java_fixed(1e308, 0).len(), 309);
        assert_eq!(java_fixed(99.5, 0), "100");
        assert_eq!(format_number(1234567.891, 2), "1,234,567.89");
        assert_eq!(format_number(f64::INFINITY, 0), "∞");
        assert_eq!(format_number(f64::NEG_INFINITY, 3), "-∞");
        assert_eq!(format_number(f64::NAN, 2), "NaN");
        assert_eq!(format_number(-0.001, 2), "-0.00");
        // Java's DecimalFormat: the double's shortest digits, then zeros.
        assert_eq!(format_number(0.1, 20), "0.10000000000000000000");
        assert_eq!(format_number(1e21, 1), "1,000,000,000,000,000,000,000.0");
        assert_eq!(format_number(1.5e-7, 9), "0.000000150");
        assert_eq!(format_number(123.456, 1), "123.5");
        assert_eq!(format_number(-2.5, 0), "-2");
        assert_eq!(format_number(-0.0, 2), "-0.00");
        // decimals exactly, HALF_EVEN: 2.675 → 2.68 (the double 2.675 gives 2.67)
        assert_eq!(format_decimal(2675, 3, 2), "2.68");
        assert_eq!(format_decimal(-123456789, 2, 0), "-1,234,568");
        assert_eq!(format_decimal(5, 0, 3), "5.000");
        assert_eq!(format_decimal(-1, 3, 2), "-0.00");
        assert_eq!(format_number(-0.125, 0), "-0");
    }
}

/// Argument `i` of a call as an optional single character: a one-character string
/// literal, NULL (no replacement), or `default` when absent (`mask`).
fn char_lit(c: &Call, i: usize, default: Option<char>) -> Result<Option<char>> {
    match c.raw.get(i) {
        None => Ok(default),
        Some(crate::expr::Expr::Literal(ScalarValue::Utf8(s))) if s.chars().count() == 1 => {
            Ok(s.chars().next())
        }
        Some(crate::expr::Expr::Literal(ScalarValue::Null(_))) => Ok(None),
        Some(crate::expr::Expr::Literal(ScalarValue::Utf8(s))) => Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.INPUT_SIZE_NOT_ONE",
            format!(
                "Cannot resolve {} due to data type mismatch: Length of argument {} should be 1, got {s:?}. Pass one character.",
                c.sql,
                i + 1
            ),
        )),
        Some(_) => Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
            format!(
                "Cannot resolve {} due to data type mismatch: argument {} of mask() must be a constant string of one character (or NULL).",
                c.sql,
                i + 1
            ),
        )),
    }
}

/// Java's `URLEncoder.encode(s, "UTF-8")`.
fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'*' | b'_' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Java's `URLDecoder.decode(s, "UTF-8")`; None for a bad `%` escape.
fn url_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = |x: u8| (x as char).to_digit(16);
                let hi = b.get(i + 1).copied().and_then(hex)?;
                let lo = b.get(i + 2).copied().and_then(hex)?;
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            x => {
                out.push(x);
                i += 1;
            }
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// A character set `encode` / `decode` know (Spark's list without the legacy flag).
#[derive(Clone, Copy, PartialEq)]
enum Charset {
    Ascii,
    Latin1,
    Utf8,
    Utf16Be,
    Utf16Le,
    Utf16,
    Utf32,
}

fn charset(name: &str, fname: &str) -> Result<Charset> {
    Ok(match name.to_ascii_uppercase().as_str() {
        "US-ASCII" => Charset::Ascii,
        "ISO-8859-1" => Charset::Latin1,
        "UTF-8" => Charset::Utf8,
        "UTF-16BE" => Charset::Utf16Be,
        "UTF-16LE" => Charset::Utf16Le,
        "UTF-16" => Charset::Utf16,
        "UTF-32" => Charset::Utf32,
        _ => {
            return Err(RunnelError::execution(
                "INVALID_PARAMETER_VALUE.CHARSET",
                format!(
                    "The value of parameter(s) `charset` in `{fname}` is invalid: expects one of the 'US-ASCII', 'ISO-8859-1', 'UTF-8', 'UTF-16BE', 'UTF-16LE', 'UTF-16', 'UTF-32', but got {name}."
                ),
            ));
        }
    })
}

fn malformed(fname: &str, cs: &str) -> RunnelError {
    RunnelError::execution(
        "MALFORMED_CHARACTER_CODING",
        format!(
            "Invalid value found when performing `{fname}` with `{cs}`. Use a character set that holds the text (UTF-8)."
        ),
    )
}

/// `s` in the character set; None for a character it cannot hold.
fn encode_to(s: &str, cs: Charset) -> Option<Vec<u8>> {
    Some(match cs {
        Charset::Utf8 => s.as_bytes().to_vec(),
        Charset::Ascii => s
            .chars()
            .map(|c| c.is_ascii().then_some(c as u8))
            .collect::<Option<_>>()?,
        Charset::Latin1 => s
            .chars()
            .map(|c| ((c as u32) < 256).then_some(c as u8))
            .collect::<Option<_>>()?,
        Charset::Utf16Be | Charset::Utf16 => {
            let mut v = if cs == Charset::Utf16 && !s.is_empty() {
                vec![0xFE, 0xFF]
            } else {
                Vec::new()
            };
            v.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
            v
        }
        Charset::Utf16Le => s.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        Charset::Utf32 => s.chars().flat_map(|c| (c as u32).to_be_bytes()).collect(),
    })
}

/// The text of bytes in the character set; None for bytes that are not.
fn decode_from(b: &[u8], cs: Charset) -> Option<String> {
    let utf16 = |b: &[u8], be: bool| -> Option<String> {
        if !b.len().is_multiple_of(2) {
            return None;
        }
        let units: Vec<u16> = b
            .chunks(2)
            .map(|p| {
                if be {
                    u16::from_be_bytes([p[0], p[1]])
                } else {
                    u16::from_le_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    match cs {
        Charset::Utf8 => std::str::from_utf8(b).ok().map(str::to_string),
        Charset::Ascii => b
            .iter()
            .map(|&x| x.is_ascii().then_some(x as char))
            .collect(),
        Charset::Latin1 => Some(b.iter().map(|&x| x as char).collect()),
        Charset::Utf16Be => utf16(b, true),
        Charset::Utf16Le => utf16(b, false),
        Charset::Utf16 => match b {
            [0xFE, 0xFF, rest @ ..] => utf16(rest, true),
            [0xFF, 0xFE, rest @ ..] => utf16(rest, false),
            _ => utf16(b, true),
        },
        Charset::Utf32 => {
            if !b.len().is_multiple_of(4) {
                return None;
            }
            b.chunks(4)
                .map(|p| char::from_u32(u32::from_be_bytes([p[0], p[1], p[2], p[3]])))
                .collect()
        }
    }
}

/// `to_binary` / `try_to_binary`: the bytes a string spells in `hex`, `utf-8` or
/// `base64`; text that is not in the format is an error, or NULL for `try_`.
fn to_binary(c: &mut Call, try_: bool) -> Result<PhysExpr> {
    c.arity(1, 2)?;
    let fmt = match c.raw.get(1) {
        None => "hex".to_string(),
        Some(crate::expr::Expr::Literal(ScalarValue::Utf8(s))) => s.to_ascii_lowercase(),
        Some(crate::expr::Expr::Literal(ScalarValue::Null(_))) => String::new(),
        Some(_) => {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                format!(
                    "Cannot resolve {} due to data type mismatch: the format of to_binary() must be a constant string ('hex', 'utf-8', 'utf8' or 'base64').",
                    c.sql
                ),
            ));
        }
    };
    if !matches!(fmt.as_str(), "hex" | "utf-8" | "utf8" | "base64" | "") {
        return Err(RunnelError::analysis(
            "INVALID_PARAMETER_VALUE.BINARY_FORMAT",
            format!(
                "The value of parameter(s) `format` in `{}` is invalid: expects one of binary formats 'base64', 'hex', 'utf-8', but got '{fmt}'. Use one of them.",
                if try_ { "try_to_binary" } else { "to_binary" }
            ),
        ));
    }
    c.args.truncate(1);
    c.string_arg(0)?;
    c.props.nulls = super::Nulls::Always;
    c.props.null_intolerant = true;
    c.kernel(T::Binary, move |a, _, _| {
        let s = strings(&a[0])?;
        let mut b = arrow_array::builder::BinaryBuilder::new();
        for v in s.iter() {
            let Some(v) = v.filter(|_| !fmt.is_empty()) else {
                b.append_null();
                continue;
            };
            let out = match fmt.as_str() {
                "hex" => super::hash::unhex_str(v),
                "base64" => super::hash::unbase64_str(v),
                _ => Some(v.as_bytes().to_vec()),
            };
            match out {
                Some(x) => b.append_value(x),
                None if try_ => b.append_null(),
                None => {
                    return Err(RunnelError::execution(
                        "CONVERSION_INVALID_INPUT",
                        format!(
                            "The value '{v}' ({}) cannot be converted to BINARY because it is malformed. Correct the value as per the syntax, or change its format. Use 'try_to_binary' to tolerate malformed input and return NULL instead.",
                            fmt.to_ascii_uppercase()
                        ),
                    ));
                }
            }
        }
        Ok(Arc::new(b.finish()))
    })
}

/// A string → string function that may fail: `f` gives None for bad input, which is
/// an error from `err`, or NULL when `try_`.
fn str_fallible(
    c: &mut Call,
    try_: bool,
    f: fn(&str) -> Option<String>,
    err: fn(&str) -> RunnelError,
) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.string_arg(0)?;
    if try_ {
        c.props.nulls = super::Nulls::Always;
    }
    c.props.null_intolerant = true;
    c.kernel(T::Utf8, move |a, _, _| {
        let mut b = StringBuilder::new();
        for v in strings(&a[0])?.iter() {
            match v {
                None => b.append_null(),
                Some(v) => match f(v) {
                    Some(x) => b.append_value(x),
                    None if try_ => b.append_null(),
                    None => return Err(err(v)),
                },
            }
        }
        Ok(Arc::new(b.finish()))
    })
}

fn url_decode_err(v: &str) -> RunnelError {
    RunnelError::execution(
        "CANNOT_DECODE_URL",
        format!(
            "The provided URL cannot be decoded: {v}. Please ensure that the URL is properly formatted and try again (or use try_url_decode)."
        ),
    )
}

fn like_fn(c: &mut Call, ci: bool) -> Result<PhysExpr> {
    c.arity(2, 3)?;
    let esc = if c.raw.len() == 3 {
        match c.raw.get(2) {
            Some(crate::expr::Expr::Literal(ScalarValue::Utf8(e))) if e.chars().count() == 1 => {
                e.chars().next().unwrap_or('\\')
            }
            _ => {
                return Err(RunnelError::analysis(
                    "INVALID_ESCAPE_CHAR",
                    format!(
                        "The escape character of {}() must be a string literal of length one. Pass lit('/'), say.",
                        c.name
                    ),
                ));
            }
        }
    } else {
        '\\'
    };
    c.args.truncate(2);
    c.string_arg(0)?;
    if !matches!(
        c.raw.get(1),
        Some(crate::expr::Expr::Literal(ScalarValue::Utf8(_)))
    ) {
        c.string_arg(1)?;
        let kind = if ci { LikeKind::ILike } else { LikeKind::Like };
        let (s, p) = (c.args.remove(0), c.args.remove(0));
        return Ok(like_per_row(s, p, kind, esc, false, c.sql));
    }
    let p = c.str_lit(1)?;
    let re = crate::expr::coerce::like_to_regex_escaped(&p, ci, esc)?;
    Ok(PhysExpr::Like {
        expr: Box::new(c.args.remove(0)),
        regex: Arc::new(re),
        negated: false,
        like: (!ci && esc == '\\').then_some(p),
    })
}

pub(super) fn register_extra(r: &mut Builder) {
    // char(n) / chr(n): the character of code n mod 256 ("" for a negative n).
    r.scalar("char", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Int64)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<arrow_array::types::Int64Type>()
                    .iter()
                    .map(|v| {
                        v.map(|v| {
                            if v < 0 {
                                String::new()
                            } else {
                                char::from((v & 0xFF) as u8).to_string()
                            }
                        })
                    })
                    .collect::<StringArray>(),
            ))
        })
    })
    .sql_alias(&["chr"])
    .py("col");
    // elt(n, a, b, ...): the n-th value (1-based); out of range is Spark's
    // INVALID_ARRAY_INDEX (ANSI).
    r.scalar("elt", |c| {
        c.arity(2, usize::MAX)?;
        c.coerce(0, &T::Int32)?;
        let bin = (1..c.args.len()).all(|i| c.ty(i) == T::Binary);
        let ty = if bin { T::Binary } else { T::Utf8 };
        for i in 1..c.args.len() {
            c.coerce(i, &ty)?;
        }
        c.props.nulls = super::Nulls::Always;
        c.kernel(ty, |a, ty, n| {
            let k = a[0].as_primitive::<Int32Type>();
            let m = a.len() - 1;
            let mut idx = Vec::with_capacity(n);
            for i in 0..n {
                if k.is_null(i) {
                    idx.push(None);
                    continue;
                }
                let v = k.value(i);
                if v < 1 || v as usize > m {
                    return Err(RunnelError::execution(
                        "INVALID_ARRAY_INDEX",
                        format!(
                            "The index {v} is out of bounds. The array has {m} elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead."
                        ),
                    ));
                }
                idx.push(Some(v as usize));
            }
            let mut out = arrow_array::new_null_array(ty, n);
            for (j, x) in a.iter().enumerate().skip(1) {
                let mask: BooleanArray = idx.iter().map(|k| Some(*k == Some(j))).collect();
                out = arrow_select::zip::zip(&mask, x, &out)?;
            }
            Ok(out)
        })
    })
    .py("*inputs");
    // overlay(src, replace, pos[, len]): src with len characters from pos replaced
    // (len -1: as many as replace has).
    r.scalar("overlay", |c| {
        c.arity(3, 4)?;
        if c.args.len() == 3 {
            c.args.push(PhysExpr::Literal(ScalarValue::Int32(-1)));
        }
        c.string_arg(0)?;
        c.string_arg(1)?;
        c.coerce(2, &T::Int32)?;
        c.coerce(3, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let (s, r) = (strings(&a[0])?, strings(&a[1])?);
            let (p, l) = (
                a[2].as_primitive::<Int32Type>(),
                a[3].as_primitive::<Int32Type>(),
            );
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || r.is_null(i) || p.is_null(i) || l.is_null(i) {
                    b.append_null();
                    continue;
                }
                let (s, r, pos) = (s.value(i), r.value(i), p.value(i));
                let len = if l.value(i) >= 0 {
                    l.value(i)
                } else {
                    r.chars().count() as i32
                };
                let mut out = substring(s, 1, pos.saturating_sub(1));
                out.push_str(r);
                out.push_str(&substring(s, pos.saturating_add(len), i32::MAX));
                b.append_value(out);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("src, replace, pos, len=")
    .named(|c| c.with_default(3, "-1"));
    // mask(str[, upper, lower, digit, other]): upper-case letters become 'X', lower-case
    // 'x', digits 'n', the rest stays (a NULL replacement keeps that class).
    r.scalar("mask", |c| {
        c.arity(1, 5)?;
        let up = char_lit(c, 1, Some('X'))?;
        let low = char_lit(c, 2, Some('x'))?;
        let dig = char_lit(c, 3, Some('n'))?;
        let other = char_lit(c, 4, None)?;
        c.args.truncate(1);
        c.string_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, move |a, _, _| {
            map_str(&a[0], |s| {
                s.chars()
                    .map(|ch| {
                        let rep = if ch.is_uppercase() {
                            up
                        } else if ch.is_lowercase() {
                            low
                        } else if ch.is_numeric() {
                            dig
                        } else {
                            other
                        };
                        rep.unwrap_or(ch)
                    })
                    .collect()
            })
        })
    })
    .always_nullable()
    .py("col, upperChar=, lowerChar=, digitChar=, otherChar=")
    .named(|c| {
        let mut args = c.args.clone();
        let defaults = ["X", "x", "n", "NULL"];
        while (1..5).contains(&args.len()) {
            args.push(defaults[args.len() - 1].to_string());
        }
        format!("{}({})", c.called, args.join(", "))
    });
    // quote(str): the string in single quotes, its single quotes escaped with '\'.
    r.scalar("quote", |c| {
        case_map(c, |s| format!("'{}'", s.replace('\'', "\\'")))
    })
    .py("col");
    // regexp_instr(str, regexp[, idx]): the 1-based place where the first match starts,
    // 0 if none (Spark checks idx against the groups but does not use it).
    r.scalar("regexp_instr", |c| {
        let (re, g) = regex_and_group(c, "regexp_instr", 0)?;
        c.string_arg(0)?;
        c.args.truncate(2);
        c.props.null_intolerant = true;
        c.kernel(T::Int32, move |a, _, n| {
            let (s, mut res) = (strings(&a[0])?, re.rows(&a[1])?);
            (0..n)
                .map(|i| {
                    let Some((re, s)) = res.get(i)?.zip(s.is_valid(i).then(|| s.value(i))) else {
                        return Ok(None);
                    };
                    check_group(re, g, "regexp_instr")?;
                    // Spark gives where the whole match starts, whatever idx.
                    Ok(Some(
                        re.find(s)
                            .map_or(0, |m| s[..m.start()].chars().count() as i32 + 1),
                    ))
                })
                .collect::<Result<Int32Array>>()
                .map(|a| Arc::new(a) as ArrayRef)
        })
    })
    .py("str, regexp, idx=")
    .named(|c| c.with_default(2, "0"));
    // encode(str, charset) / decode(bin, charset): text to bytes and back in one of
    // Spark's character sets; a character the set cannot hold is Spark's
    // MALFORMED_CHARACTER_CODING.
    r.scalar("encode", |c| {
        c.arity(2, 2)?;
        let cs_name = c.str_lit(1)?;
        let cs = charset(&cs_name, "encode")?;
        c.args.truncate(1);
        c.string_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Binary, move |a, _, _| {
            let mut b = arrow_array::builder::BinaryBuilder::new();
            for v in strings(&a[0])?.iter() {
                match v {
                    None => b.append_null(),
                    Some(v) => b.append_value(
                        encode_to(v, cs).ok_or_else(|| malformed("encode", &cs_name))?,
                    ),
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .literals(&[1])
    .py("col, charset");
    r.scalar("decode", |c| {
        if c.args.len() > 2 {
            return Err(RunnelError::not_supported(
                "decode(expr, search, result, ...); use CASE WHEN",
            ));
        }
        c.arity(2, 2)?;
        let cs_name = c.str_lit(1)?;
        let cs = charset(&cs_name, "decode")?;
        c.args.truncate(1);
        c.bytes_arg(0)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, move |a, _, n| {
            let mut b = StringBuilder::new();
            for i in 0..n {
                match super::bytes_at(&a[0], i) {
                    None => b.append_null(),
                    Some(v) => b.append_value(
                        decode_from(v, cs).ok_or_else(|| malformed("decode", &cs_name))?,
                    ),
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .literals(&[1])
    .py("col, charset");
    r.scalar("to_binary", |c| to_binary(c, false))
        .py("col, format=");
    r.scalar("try_to_binary", |c| to_binary(c, true))
        .py("col, format=");
    r.scalar("url_encode", |c| case_map(c, url_encode))
        .always_nullable()
        .py("str");
    r.scalar("url_decode", |c| {
        str_fallible(c, false, url_decode, url_decode_err)
    })
    .always_nullable()
    .py("str");
    r.scalar("try_url_decode", |c| {
        str_fallible(c, true, url_decode, url_decode_err)
    })
    .py("str");
    // Runnel's strings are always valid UTF-8 (Arrow checks them when they are read); a
    // BINARY argument is Spark's byte-for-byte cast to STRING, whose bytes may not be.
    for name in [
        "is_valid_utf8",
        "make_valid_utf8",
        "validate_utf8",
        "try_validate_utf8",
    ] {
        r.scalar(name, utf8_check).py("str").always_nullable();
    }
    r.scalar("like", |c| like_fn(c, false))
        .py("str, pattern, escapeChar=")
        .named(|c| {
            format!(
                "{} LIKE {}",
                c.first(),
                c.args.get(1).cloned().unwrap_or_default()
            )
        });
    r.scalar("ilike", |c| like_fn(c, true))
        .py("str, pattern, escapeChar=");
}

/// is_valid_utf8 / make_valid_utf8 / validate_utf8 / try_validate_utf8: a string is
/// valid; a BINARY argument's bytes are checked (an invalid sequence is false, U+FFFD for
/// each maximal invalid part, Spark's INVALID_UTF8_STRING, NULL).
fn utf8_check(c: &mut Call) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.props.null_intolerant = true;
    let name = c.name.to_string();
    let out = if name == "is_valid_utf8" {
        T::Boolean
    } else {
        T::Utf8
    };
    if c.ty(0) != T::Binary {
        c.string_arg(0)?;
    }
    c.kernel(out, move |a, _, _| {
        let texts: Vec<Option<std::borrow::Cow<'_, str>>>;
        let valid: Vec<Option<bool>>;
        if let Some(b) = a[0].as_binary_opt::<i32>() {
            valid = b.iter().map(|v| v.map(|v| std::str::from_utf8(v).is_ok())).collect();
            texts = b.iter().map(|v| v.map(String::from_utf8_lossy)).collect();
        } else {
            let s = strings(&a[0])?;
            valid = s.iter().map(|v| v.map(|_| true)).collect();
            texts = s.iter().map(|v| v.map(std::borrow::Cow::Borrowed)).collect();
        }
        if name == "is_valid_utf8" {
            return Ok(Arc::new(valid.into_iter().collect::<BooleanArray>()));
        }
        let mut out = StringBuilder::new();
        for (i, t) in texts.iter().enumerate() {
            match (t, valid[i]) {
                (Some(t), Some(true)) => out.append_value(t),
                (Some(t), _) if name == "make_valid_utf8" => out.append_value(t),
                (Some(_), _) if name == "validate_utf8" => {
                    let bytes = a[0].as_binary::<i32>().value(i);
                    let shown: String = bytes
                        .iter()
                        .map(|b| if b.is_ascii_graphic() || *b == b' ' { (*b as char).to_string() } else { format!("\\x{b:02X}") })
                        .collect();
                    return Err(RunnelError::execution(
                        "INVALID_UTF8_STRING",
                        format!("Invalid UTF8 byte sequence found in string: {shown}. Use try_validate_utf8 to get NULL instead, or make_valid_utf8 to replace the bytes."),
                    )
                    .with_exception("IllegalArgumentException"));
                }
                _ => out.append_null(),
            }
        }
        Ok(Arc::new(out.finish()))
    })
}

/// `(str, regexp[, idx])` of the regexp functions: the compiled pattern and the group
/// index (`default` when not given), checked against the pattern's groups as Spark does.
fn regex_and_group(c: &mut Call, name: &str, default: i64) -> Result<(RegexArg, i64)> {
    c.arity(2, 3)?;
    let re = RegexArg::bind(c, 1)?;
    let g = if c.raw.len() > 2 {
        c.int_lit(2)?
    } else {
        default
    };
    if let Some(r) = re.fixed() {
        check_group(r, g, name)?;
    }
    Ok((re, g))
}

/// Spark's REGEX_GROUP_INDEX: group `g` must be one the pattern has.
fn check_group(re: &regex::Regex, g: i64, name: &str) -> Result<()> {
    let groups = re.captures_len() as i64 - 1;
    if g < 0 || g > groups {
        return Err(RunnelError::execution(
            "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX",
            format!(
                "The value of parameter(s) `idx` in `{name}` is invalid: Expects group index between 0 and {groups}, but got {g}. Use a group the pattern has."
            ),
        ));
    }
    Ok(())
}

/// `UTF8String.split(regex, limit)` as Spark's split and str_to_map call it: every piece kept
/// (limit -1, trailing empty ones too), or at most `limit` pieces; a zero-width match at
/// the start makes no leading empty piece.
pub(super) fn java_split<'a>(re: &regex::Regex, s: &'a str, limit: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut last = 0;
    for m in re.find_iter(s) {
        if limit > 0 && out.len() + 1 == limit {
            break;
        }
        if m.end() == 0 {
            continue;
        }
        out.push(&s[last..m.start()]);
        last = m.end();
    }
    out.push(&s[last..]);
    out
}

/// A regular-expression argument of a call (Spark takes a pattern column too): a
/// literal is compiled when the call is bound (an invalid one refused before data
/// moves); a column's patterns are compiled row by row, once per distinct pattern in a
/// batch.
#[derive(Clone)]
pub(super) struct RegexArg(Option<Arc<regex::Regex>>);

impl RegexArg {
    /// Argument `i` of `c` (a column is made a string).
    pub(super) fn bind(c: &mut Call, i: usize) -> Result<RegexArg> {
        if let Some(crate::expr::Expr::Literal(ScalarValue::Utf8(p))) = c.raw.get(i) {
            return Ok(RegexArg(Some(Arc::new(compile_java_regex(p)?))));
        }
        c.string_arg(i)?;
        Ok(RegexArg(None))
    }

    /// The literal's regex, if the argument is one.
    pub(super) fn fixed(&self) -> Option<&regex::Regex> {
        self.0.as_deref()
    }

    /// The regexes of a batch's rows, from the argument's column.
    pub(super) fn rows<'a>(&self, col: &'a ArrayRef) -> Result<Regexes<'a>> {
        Ok(Regexes {
            fixed: self.0.clone(),
            col: if self.0.is_some() {
                None
            } else {
                Some(strings(col)?)
            },
            seen: Default::default(),
        })
    }
}

/// The regexes of one batch's rows (see [`RegexArg`]).
pub(super) struct Regexes<'a> {
    fixed: Option<Arc<regex::Regex>>,
    col: Option<&'a StringArray>,
    seen: std::collections::HashMap<&'a str, regex::Regex>,
}

impl Regexes<'_> {
    /// Row `i`'s regex; None where its pattern is NULL.
    pub(super) fn get(&mut self, i: usize) -> Result<Option<&regex::Regex>> {
        if let Some(r) = &self.fixed {
            return Ok(Some(r));
        }
        let Some(col) = self.col else {
            return Ok(None);
        };
        if col.is_null(i) {
            return Ok(None);
        }
        let p = col.value(i);
        if !self.seen.contains_key(p) {
            self.seen.insert(p, compile_java_regex(p)?);
        }
        Ok(self.seen.get(p))
    }
}

/// LIKE / ILIKE / RLIKE with a pattern column: each row's pattern compiled (once per
/// distinct pattern in a batch); NULL where the value or the pattern is.
pub(crate) fn like_per_row(
    v: PhysExpr,
    pat: PhysExpr,
    kind: LikeKind,
    esc: char,
    negated: bool,
    sql: &str,
) -> PhysExpr {
    let props = super::Props {
        null_intolerant: true,
        ..Default::default()
    };
    let f = move |a: &[arrow_array::ArrayRef], _: &T, n: usize| {
        let (s, p) = (strings(&a[0])?, strings(&a[1])?);
        let mut seen: std::collections::HashMap<&str, regex::Regex> = Default::default();
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            if s.is_null(i) || p.is_null(i) {
                out.push(None);
                continue;
            }
            let pv = p.value(i);
            if !seen.contains_key(pv) {
                let re = match kind {
                    LikeKind::Like => crate::expr::coerce::like_to_regex_escaped(pv, false, esc)?,
                    LikeKind::ILike => crate::expr::coerce::like_to_regex_escaped(pv, true, esc)?,
                    LikeKind::RLike => compile_java_regex(pv)?,
                };
                seen.insert(pv, re);
            }
            out.push(Some(seen[pv].is_match(s.value(i)) != negated));
        }
        Ok(Arc::new(arrow_array::BooleanArray::from(out)) as arrow_array::ArrayRef)
    };
    PhysExpr::Scalar {
        func: super::Kernel::new("like", sql, props, f),
        args: vec![v, pat],
        ty: T::Boolean,
    }
}
