//! JSON functions.

use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::*;
use arrow_schema::DataType as T;

use super::Builder;
use crate::error::RunnelError;
use crate::expr::Expr;
use crate::io::json::{JsonDecoder, JsonOptions, ParseMode};
use crate::scalar::ScalarValue;
use crate::types;

pub(super) fn register(r: &mut Builder) {
    // json_array_length(json): the number of elements of the outermost array; NULL for
    // anything else (an object, a scalar, text that is not JSON).
    r.scalar("json_array_length", |c| {
        c.props.null_intolerant = true;
        c.arity(1, 1)?;
        c.string_arg(0)?;
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Int32, |a, _, _| {
            let s = a[0].as_string::<i32>();
            Ok(Arc::new(
                s.iter()
                    .map(
                        |v| match serde_json::from_str::<serde_json::Value>(v?).ok()? {
                            serde_json::Value::Array(items) => Some(items.len() as i32),
                            _ => None,
                        },
                    )
                    .collect::<Int32Array>(),
            ))
        })
    })
    .py("col");
    // json_object_keys(json): the keys of the outermost object, in order; NULL otherwise.
    r.scalar("json_object_keys", |c| {
        c.arity(1, 1)?;
        c.string_arg(0)?;
        c.props.nulls = super::Nulls::Always;
        c.kernel(types::list_of(T::Utf8), |a, ty, _| {
            let s = a[0].as_string::<i32>();
            let T::List(f) = ty else {
                crate::internal_err!("a list type")
            };
            let mut b =
                arrow_array::builder::ListBuilder::new(StringBuilder::new()).with_field(f.clone());
            for v in s.iter() {
                let keys = v.and_then(object_keys);
                match keys {
                    Some(keys) => {
                        for k in keys {
                            b.values().append_value(k);
                        }
                        b.append(true);
                    }
                    None => b.append(false),
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
    // from_json(str, schema): a struct parsed with the JSON reader's PERMISSIVE rules.
    r.scalar("from_json", |c| {
        c.arity(2, 3)?;
        let text = c.str_lit(1)?;
        let schema = match types::parse_ddl_schema(&text) {
            Ok(s) => s,
            Err(e) => match types::parse_data_type(&text) {
                Ok(T::Struct(f)) => arrow_schema::Schema::new(f),
                // A bare ARRAY or MAP (Spark's DataType.fromDDL reads a type first): the
                // text is read as the value of a one-field record.
                Ok(t @ (T::List(_) | T::Map(..))) => {
                    let mode = from_json_mode(super::csv::options(c, 2, &[])?.get("mode"))?;
                    c.args.truncate(1);
                    c.string_arg(0)?;
                    return from_json_value(c, t, mode);
                }
                _ => return Err(e),
            },
        };
        // Of the JSON options, allowUnquotedFieldNames (`{a: 1}`) and mode are read; the
        // others as Spark's defaults.
        let opts = super::csv::options(c, 2, &[])?;
        let unquoted = opts
            .get("allowunquotedfieldnames")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let mode = from_json_mode(opts.get("mode"))?;
        c.args.truncate(1);
        c.string_arg(0)?;
        let schema = Arc::new(schema);
        let fields = schema.fields().clone();
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Struct(fields), move |a, _, n| {
            let input = a[0].as_string::<i32>();
            let options = JsonOptions {
                allow_unquoted_field_names: unquoted,
                mode,
                ..JsonOptions::default()
            };
            let mut dec = JsonDecoder::new(schema.clone(), options);
            // NULL and blank text are NULL (Spark's parser makes no row of them).
            let blank = |i: usize| input.is_null(i) || input.value(i).trim().is_empty();
            for i in 0..n {
                let line = if blank(i) {
                    b"{}".as_slice()
                } else {
                    input.value(i).as_bytes()
                };
                dec.decode_line(line, "from_json", i + 1)
                    .map_err(|e| from_json_failfast(e, input.value(i), schema.fields().len()))?;
            }
            let batch = dec.flush()?;
            let valid: arrow_buffer::NullBuffer = (0..n).map(|i| !blank(i)).collect();
            Ok(Arc::new(StructArray::try_new(
                schema.fields().clone(),
                batch.columns().to_vec(),
                (valid.null_count() > 0).then_some(valid),
            )?))
        })
    })
    .literals(&[1])
    .py("col, schema, options=")
    .named(|c| {
        // Spark names a from_json whose schema is a bare MAP type `entries`.
        let bare_map = matches!(c.raw.get(1), Some(Expr::Literal(ScalarValue::Utf8(t)))
            if types::parse_ddl_schema(t).is_err()
                && matches!(types::parse_data_type(t), Ok(T::Map(..))));
        match bare_map {
            true => "entries".into(),
            false => format!("from_json({})", c.first()),
        }
    });

    // get_json_object(json, path): the value at a JSONPath (`$.a.b`, `$.a[0]`,
    // `$['a']`): a string as its text, anything else as JSON; NULL when the text is not
    // JSON or the path finds nothing.
    r.scalar("get_json_object", |c| {
        c.arity(2, 2)?;
        let path = parse_json_path(&c.str_lit(1)?);
        if path
            .as_ref()
            .is_some_and(|p| p.iter().filter(|s| matches!(s, Step::Wildcard)).count() > 1)
        {
            return Err(crate::error::RunnelError::not_supported(format!(
                "{}: a JSON path with more than one [*]; use one wildcard, or from_json and transform",
                c.sql
            )));
        }
        c.string_arg(0)?;
        c.args.truncate(1);
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Utf8, move |a, _, _| {
            let mut b = StringBuilder::new();
            for v in a[0].as_string::<i32>().iter() {
                let out = v.zip(path.as_ref()).and_then(|(text, path)| {
                    let j: serde_json::Value = serde_json::from_str(text).ok()?;
                    let star = path.iter().position(|s| matches!(s, Step::Wildcard));
                    let Some(star) = star else {
                        return match follow(&j, path)? {
                            serde_json::Value::Null => None,
                            serde_json::Value::String(s) => Some(s.clone()),
                            other => Some(other.to_string()),
                        };
                    };
                    // `[*]`: what the rest of the path finds in each element, as JSON
                    // (Spark's GetJsonObject: one match alone, quoted; several as an
                    // array; none is NULL).
                    let items = follow(&j, &path[..star])?.as_array()?;
                    let found: Vec<&serde_json::Value> = items
                        .iter()
                        .filter_map(|x| follow(x, &path[star + 1..]))
                        // An element itself may be null; a null a further step finds is
                        // no match (as Spark's).
                        .filter(|x| star + 1 == path.len() || !x.is_null())
                        .collect();
                    match found.as_slice() {
                        [] => None,
                        [one] => Some(one.to_string()),
                        many => serde_json::to_string(many).ok(),
                    }
                });
                b.append_option(out);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1])
    .py("col, path");
    // schema_of_json(json): the DDL type Spark infers for a JSON literal
    // (`STRUCT<a: BIGINT>`), a constant.
    r.scalar("schema_of_json", |c| {
        c.arity(1, 2)?;
        // A literal, or a constant expression (`schema_of_json(concat('{', '}'))`); a
        // column is Spark's NON_FOLDABLE_INPUT.
        let mut text = match c.foldable_str(0) {
            Some(t) => t,
            None => match c.raw.first() {
                Some(raw) if !matches!(raw, crate::expr::Expr::Literal(_)) => {
                    return Err(c.non_foldable(0, raw, "STRING"));
                }
                _ => c.str_lit(0)?,
            },
        };
        // Of the options, allowUnquotedFieldNames is read; others are refused.
        let opts = super::csv::options(c, 1, &["allowunquotedfieldnames"])?;
        if opts
            .get("allowunquotedfieldnames")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
            && let Some(quoted) = crate::io::json::quote_field_names(text.as_bytes())
        {
            text = quoted;
        }
        let t = crate::io::json::infer_document(&text).ok_or_else(|| {
            crate::error::RunnelError::analysis(
                "DATATYPE_MISMATCH.INVALID_JSON_SCHEMA",
                format!(
                    "Cannot resolve \"{}\": the input is not a JSON document. Pass a JSON literal such as '{{\"a\": 1}}'.",
                    c.sql
                ),
            )
        })?;
        Ok(crate::expr::PhysExpr::Literal(crate::scalar::ScalarValue::Utf8(
            crate::types::sql_name(&t),
        )))
    })
    .literals(&[0])
    .py("json, options=")
    // Spark keeps the options out of the expression, and so out of its name.
    .named(|c| format!("schema_of_json({})", c.first()));
    r.scalar("to_json", |c| {
        c.arity(1, 2)?;
        // Of the options, ignoreNullFields is read (default true: a struct's NULL
        // field is left out; false writes it `null`); the others are passed over.
        let ignore_null_fields = !super::csv::options(c, 1, &[])?
            .get("ignorenullfields")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("false"));
        c.args.truncate(1);
        if !matches!(c.ty(0), T::Struct(_) | T::List(_) | T::Map(_, _)) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.INVALID_JSON_SCHEMA",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: Input schema \"{}\" must be a struct, an array, a map or a variant. Wrap the value in struct(...).",
                    c.sql,
                    types::sql_name(&c.ty(0))
                ),
            ));
        }
        // Spark's StructsToJson is always nullable.
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Utf8, move |a, _, n| {
            let a = &a[0];
            let mut b = StringBuilder::new();
            let mut text = String::new();
            for i in 0..n {
                if a.is_null(i) {
                    b.append_null();
                } else {
                    text.clear();
                    crate::io::json_write::json_value_with(
                        a.as_ref(),
                        i,
                        ignore_null_fields,
                        &mut text,
                    );
                    b.append_value(&text);
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col, options=")
    .named(|c| format!("to_json({})", c.first()));
    r.generator("json_tuple")
        .literals(&FIELD_POSITIONS)
        .py("col, *fields");
    // json_tuple(json, k1, ..., kn), a generator: the planner makes it
    // `inline(array(__json_tuple(json, k1, ..., kn)))`; this is the one row it gives,
    // a struct of `c0` .. `cn-1` (Spark's JsonTuple).
    r.scalar("__json_tuple", |c| {
        if c.args.len() < 2 {
            return Err(RunnelError::analysis(
                "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                format!(
                    "The `json_tuple` requires > 1 parameters but the actual number is {}. Pass the JSON text and at least one field name.",
                    c.args.len()
                ),
            ));
        }
        let n = c.args.len().saturating_sub(1);
        c.coerce_all(&T::Utf8)?;
        c.props.nulls = super::Nulls::Never;
        let fields: arrow_schema::Fields = (0..n)
            .map(|i| arrow_schema::Field::new(format!("c{i}"), T::Utf8, true))
            .collect();
        c.kernel(T::Struct(fields.clone()), move |a, _, rows| {
            let json = a[0].as_string::<i32>();
            let keys: Vec<&StringArray> = a[1..].iter().map(|k| k.as_string::<i32>()).collect();
            let mut cols: Vec<StringBuilder> = (0..n).map(|_| StringBuilder::new()).collect();
            for i in 0..rows {
                let obj = json
                    .is_valid(i)
                    .then(|| first_json_object(json.value(i)))
                    .flatten();
                for (k, col) in keys.iter().zip(cols.iter_mut()) {
                    let v = obj
                        .as_ref()
                        .zip(k.is_valid(i).then(|| k.value(i)))
                        .and_then(|(o, k)| o.get(k))
                        .and_then(tuple_text);
                    col.append_option(v);
                }
            }
            let cols: Vec<ArrayRef> = cols
                .into_iter()
                .map(|mut b| Arc::new(b.finish()) as ArrayRef)
                .collect();
            let opts = RecordBatchOptions::new().with_row_count(Some(rows));
            let batch = RecordBatch::try_new_with_options(
                Arc::new(arrow_schema::Schema::new(fields.clone())),
                cols,
                &opts,
            )?;
            Ok(Arc::new(StructArray::from(batch)))
        })
    });
}

/// json_tuple's field names: every argument after the first is a value.
const FIELD_POSITIONS: [usize; 256] = {
    let mut a = [0; 256];
    let mut i = 0;
    while i < a.len() {
        a[i] = i + 1;
        i += 1;
    }
    a
};

/// The object a JSON text starts with (what Spark's streaming parser reads before it
/// stops: text after the object is not looked at); None for text that is not one.
fn first_json_object(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<serde_json::Value>();
    match values.next()? {
        Ok(serde_json::Value::Object(o)) => Some(o),
        _ => None,
    }
}

/// A field's value as json_tuple gives it: a string's own text, NULL for `null`, any
/// other value as JSON with numbers as Jackson copies them (`1.0E-7`, `100.0` for `1e2`).
fn tuple_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => {
            let mut out = String::new();
            write_jackson(other, &mut out);
            Some(out)
        }
    }
}

/// Compact JSON as Jackson's generator writes a copied value.
fn write_jackson(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value as V;
    match v {
        V::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => out.push_str(&i.to_string()),
            (_, Some(u)) => out.push_str(&u.to_string()),
            _ => out.push_str(&crate::scalar::java_double(n.as_f64().unwrap_or(f64::NAN))),
        },
        V::Array(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_jackson(x, out);
            }
            out.push(']');
        }
        V::Object(m) => {
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&V::String(k.clone()).to_string());
                out.push(':');
                write_jackson(x, out);
            }
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// One step of a JSONPath.
enum Step {
    Key(String),
    Index(usize),
    /// `[*]`: every element of an array.
    Wildcard,
}

/// What `steps` (without a wildcard) find in `cur`.
fn follow<'a>(mut cur: &'a serde_json::Value, steps: &[Step]) -> Option<&'a serde_json::Value> {
    for step in steps {
        cur = match step {
            Step::Key(k) => cur.get(k.as_str())?,
            Step::Index(i) => cur.get(*i)?,
            Step::Wildcard => return None,
        };
    }
    Some(cur)
}

/// `$.a.b[0]['c']` as steps; None for a path Spark would not follow (NULL results).
fn parse_json_path(p: &str) -> Option<Vec<Step>> {
    let mut rest = p.strip_prefix('$')?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return None;
            }
            out.push(Step::Key(r[..end].to_string()));
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix("['") {
            let end = r.find("']")?;
            out.push(Step::Key(r[..end].to_string()));
            rest = &r[end + 2..];
        } else if let Some(r) = rest.strip_prefix("[*]") {
            out.push(Step::Wildcard);
            rest = r;
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            out.push(Step::Index(r[..end].trim().parse().ok()?));
            rest = &r[end + 1..];
        } else {
            return None;
        }
    }
    Some(out)
}

/// The keys of a JSON object's outermost level, in the order written.
fn object_keys(text: &str) -> Option<Vec<String>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let keys = <KeysOf as serde::Deserialize>::deserialize(&mut de).ok()?;
    de.end().ok()?;
    keys.0
}

/// Deserializes an object's keys (ignoring values) or notes that it is not an object.
struct KeysOf(Option<Vec<String>>);

impl<'de> serde::Deserialize<'de> for KeysOf {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = KeysOf;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<KeysOf, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = m.next_key::<String>()? {
                    m.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(KeysOf(Some(keys)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut q: A) -> Result<KeysOf, A::Error> {
                while q.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(KeysOf(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<KeysOf, E> {
                Ok(KeysOf(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<KeysOf, E> {
                Ok(KeysOf(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<KeysOf, E> {
                Ok(KeysOf(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<KeysOf, E> {
                Ok(KeysOf(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<KeysOf, E> {
                Ok(KeysOf(None))
            }
            fn visit_unit<E>(self) -> Result<KeysOf, E> {
                Ok(KeysOf(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// from_json's `mode` option: PERMISSIVE (the default, also for a value Spark does not
/// know) or FAILFAST; DROPMALFORMED is refused as Spark's `JsonToStructs` refuses it.
fn from_json_mode(mode: Option<&String>) -> crate::error::Result<ParseMode> {
    match mode.map(|m| m.to_ascii_uppercase()).as_deref() {
        Some("FAILFAST") => Ok(ParseMode::FailFast),
        Some("DROPMALFORMED") => Err(RunnelError::analysis(
            "PARSE_MODE_UNSUPPORTED",
            "The function `from_json` doesn't support the DROPMALFORMED mode. Acceptable modes are PERMISSIVE and FAILFAST. Use mode PERMISSIVE (NULL fields for a malformed record) or FAILFAST.",
        )),
        _ => Ok(ParseMode::Permissive),
    }
}

/// A malformed record under from_json's FAILFAST, as Spark reports it: the record's
/// (empty) result row, `[null]` for one field; text that is a JSON array read as a
/// struct is CANNOT_PARSE_JSON_ARRAYS_AS_STRUCTS with the array's text.
fn from_json_failfast(e: RunnelError, text: &str, fields: usize) -> RunnelError {
    if !e
        .condition
        .as_deref()
        .is_some_and(|c| c.starts_with("MALFORMED_RECORD_IN_PARSING"))
    {
        return e;
    }
    let hint = "To read malformed records as NULL fields, set the option 'mode' to 'PERMISSIVE'.";
    let t = text.trim();
    if t.starts_with('[') {
        let inner = t
            .strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .unwrap_or(t);
        return RunnelError::execution(
            "MALFORMED_RECORD_IN_PARSING.CANNOT_PARSE_JSON_ARRAYS_AS_STRUCTS",
            format!("Malformed records are detected in record parsing: [{inner}]. {hint}"),
        );
    }
    let row = vec!["null"; fields].join(",");
    RunnelError::execution(
        "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
        format!("Malformed records are detected in record parsing: [{row}]. {hint}"),
    )
}

/// `from_json(text, 'ARRAY<...>' | 'MAP<...>')`: each text read as the value of a
/// one-field record (`{"v": text}`) with the JSON reader's PERMISSIVE rules, so that text
/// that is not JSON of the type is NULL.
fn from_json_value(
    c: &mut super::Call,
    ty: T,
    mode: ParseMode,
) -> crate::error::Result<crate::expr::PhysExpr> {
    let schema = Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new(
        "v",
        ty.clone(),
        true,
    )]));
    c.props.nulls = super::Nulls::Always;
    c.kernel(ty, move |a, _, n| {
        let input = a[0].as_string::<i32>();
        let options = JsonOptions {
            mode,
            ..JsonOptions::default()
        };
        let mut dec = JsonDecoder::new(schema.clone(), options);
        for i in 0..n {
            let line = if input.is_null(i) || input.value(i).trim().is_empty() {
                "{}".to_string()
            } else {
                format!("{{\"v\":{}}}", input.value(i))
            };
            dec.decode_line(line.as_bytes(), "from_json", i + 1)
                .map_err(|e| from_json_failfast(e, "", 1))?;
        }
        let batch = dec.flush()?;
        Ok(batch.column(0).clone())
    })
}
