//! The XPath functions (`xpath`, `xpath_string`, `xpath_int`, …): XPath 1.0 over an XML
//! string, as Spark's `UDFXPathUtil` evaluates it with the JDK's XPath: the path is a
//! string literal; a NULL or empty document is NULL; text that is not XML fails the query
//! (`Error loading expression`); numbers follow Java's conversions (NaN → 0 for the
//! integer types). The XML and XPath crates are sxd-document and sxd-xpath.
//! Text becomes a number by XPath 1.0's grammar, inside a path (`sum(a/b)`, `a/b * 2`)
//! as for a path's result: `1e3`, `+1` and `Infinity` are NaN, as the JDK reads them
//! (sxd-xpath is vendored with that one change, vendor/sxd-xpath).

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Float32Builder, Float64Builder, Int16Builder, Int32Builder, Int64Builder,
    ListBuilder, StringBuilder,
};
use arrow_array::{Array, ArrayRef};
use arrow_schema::{DataType as T, Field};
use sxd_xpath::nodeset::Node;
use sxd_xpath::{Context, Factory, Value, XPath};

use arrow_array::cast::AsArray;

use super::{Builder, Call, strings};
use crate::error::{Result, RunnelError};
use crate::expr::phys::PhysExpr;
use crate::io::xml;

#[derive(Clone, Copy)]
enum Out {
    List,
    Str,
    Bool,
    Double,
    Float,
    Int,
    Long,
    Short,
}

pub(super) fn register(r: &mut Builder) {
    let family = r.family;
    r.family = "xml";
    for (name, bind) in [
        ("xpath", (|c| bind(c, Out::List)) as super::BindFn),
        ("xpath_string", |c| bind(c, Out::Str)),
        ("xpath_boolean", |c| bind(c, Out::Bool)),
        ("xpath_double", |c| bind(c, Out::Double)),
        ("xpath_number", |c| bind(c, Out::Double)),
        ("xpath_float", |c| bind(c, Out::Float)),
        ("xpath_int", |c| bind(c, Out::Int)),
        ("xpath_long", |c| bind(c, Out::Long)),
        ("xpath_short", |c| bind(c, Out::Short)),
    ] {
        r.scalar(name, bind).literals(&[1]).py("xml, path");
    }
    r.family = family;
    // from_xml / to_xml / schema_of_xml: one record each, read and written by the XML
    // format's own code (`io::xml`); the record's root element is the row.
    r.scalar("from_xml", |c| {
        c.arity(2, 3)?;
        let fields = super::csv::schema_arg(c)?.fields().clone();
        let opts = xml_options(c, 2)?;
        c.string_arg(0)?;
        c.args.truncate(1);
        c.props.nulls = super::Nulls::Always;
        // Spark's XmlToStructs makes its parser on the first non-NULL text it reads, and
        // refuses DROPMALFORMED there (a query that never reads one runs).
        let drop_malformed = opts.mode.eq_ignore_ascii_case("DROPMALFORMED");
        c.kernel(T::Struct(fields.clone()), move |a, _, _| {
            if drop_malformed && a[0].null_count() < a[0].len() {
                return Err(RunnelError::execution(
                    "PARSE_MODE_UNSUPPORTED",
                    "The function `from_xml` doesn't support the DROPMALFORMED mode. Acceptable modes are PERMISSIVE and FAILFAST. Use mode PERMISSIVE (NULL fields for a malformed record) or FAILFAST.",
                ));
            }
            let s = a[0].as_string::<i32>();
            Ok(Arc::new(xml::decode_records(s, &fields, &opts)?))
        })
    })
    .literals(&[1])
    .py("col, schema, options=")
    .named(|c| format!("from_xml({})", c.first()));
    r.scalar("to_xml", |c| {
        c.arity(1, 2)?;
        let opts = xml_options(c, 1)?;
        c.args.truncate(1);
        if !matches!(c.ty(0), T::Struct(_)) {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: The first parameter requires the \"STRUCT\" type, however it has the type \"{}\". Pass a struct (struct(a, b, ...)).",
                    c.sql,
                    crate::types::sql_name(&c.ty(0))
                ),
            ));
        }
        // Spark's StructsToXml is always nullable.
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Utf8, move |a, _, n| {
            let s = a[0].as_struct();
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) {
                    b.append_null();
                } else {
                    b.append_value(xml::encode_record(s, i, &opts));
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col, options=")
    .named(|c| format!("to_xml({})", c.first()));
    r.scalar("schema_of_xml", |c| {
        c.arity(1, 2)?;
        let opts = xml_options(c, 1)?;
        let Some(text) = c.foldable_str(0) else {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                format!(
                    "Cannot resolve \"{}\" due to data type mismatch: the input `xml` should be a foldable \"STRING\" expression. Pass a literal XML record.",
                    c.sql
                ),
            ));
        };
        let fields = xml::infer_record(&text, &opts)?;
        Ok(PhysExpr::Literal(crate::scalar::ScalarValue::Utf8(
            crate::types::sql_name(&T::Struct(fields)),
        )))
    })
    .literals(&[0])
    .py("xml, options=")
    // Spark keeps the options out of the expression, and so out of its name.
    .named(|c| format!("schema_of_xml({})", c.first()));
}

/// The XML options of a call (a map of strings at argument `i`), as the XML format reads
/// them.
fn xml_options(c: &Call, i: usize) -> Result<xml::XmlOptions> {
    let map = super::csv::options(c, i, &[])?;
    Ok(xml::XmlOptions::from_options(&map, |_| None))
}

/// The path compiled (checked when the call is bound; the compiled form is not `Send`,
/// so each batch compiles it again).
fn compile(path: &str, sql: &str) -> Result<XPath> {
    Factory::new().build(path).ok().flatten().ok_or_else(|| {
        RunnelError::analysis(
            "INVALID_XPATH",
            format!(
                "Invalid XPath '{path}' in {sql}: it does not compile as XPath 1.0. Check the path."
            ),
        )
    })
}

fn bind(c: &mut Call, out: Out) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    c.string_arg(0)?;
    let path = c.str_lit(1)?;
    compile(&path, c.sql)?;
    let sql = c.sql.to_string();
    c.args.truncate(1);
    c.props.nulls = super::Nulls::Always;
    let ty = match out {
        Out::List => T::List(Arc::new(Field::new("item", T::Utf8, true))),
        Out::Str => T::Utf8,
        Out::Bool => T::Boolean,
        Out::Double => T::Float64,
        Out::Float => T::Float32,
        Out::Int => T::Int32,
        Out::Long => T::Int64,
        Out::Short => T::Int16,
    };
    c.kernel(ty, move |a, _, n| {
        eval(&a[0], n, &compile(&path, &sql)?, &path, out)
    })
}

/// XPath 1.0's `number()` of a result: text is read by XPath's own grammar
/// (`-? digits ('.' digits?)?` or `-? '.' digits`, blanks around), so `1e3` is NaN
/// (vendor/sxd-xpath's `str_to_num`, which reads text inside a path too).
fn number(v: Value) -> f64 {
    v.into_number()
}

/// Java's `(long) d`: NaN is 0, out-of-range values saturate.
fn java_long(d: f64) -> i64 {
    d as i64
}

fn eval(xml: &ArrayRef, n: usize, xpath: &XPath, path: &str, out: Out) -> Result<ArrayRef> {
    let s = strings(xml)?;
    let mut list = ListBuilder::new(StringBuilder::new());
    let mut st = StringBuilder::new();
    let mut bo = BooleanBuilder::new();
    let mut f64b = Float64Builder::new();
    let mut f32b = Float32Builder::new();
    let mut i32b = Int32Builder::new();
    let mut i64b = Int64Builder::new();
    let mut i16b = Int16Builder::new();
    for i in 0..n {
        if s.is_null(i) || s.value(i).is_empty() {
            match out {
                Out::List => list.append_null(),
                Out::Str => st.append_null(),
                Out::Bool => bo.append_null(),
                Out::Double => f64b.append_null(),
                Out::Float => f32b.append_null(),
                Out::Int => i32b.append_null(),
                Out::Long => i64b.append_null(),
                Out::Short => i16b.append_null(),
            }
            continue;
        }
        let pkg = sxd_document::parser::parse(s.value(i)).map_err(|e| {
            RunnelError::execution_plain(format!(
                "Error loading expression '{path}': the XML in row {} does not parse ({e}). Pass well-formed XML, or filter such rows first.",
                i + 1
            ))
        })?;
        let doc = pkg.as_document();
        let ctx = Context::new();
        let v = xpath.evaluate(&ctx, doc.root()).map_err(|e| {
            RunnelError::execution_plain(format!("Error evaluating XPath '{path}': {e}"))
        })?;
        match out {
            Out::List => {
                let Value::Nodeset(nodes) = v else {
                    return Err(RunnelError::execution_plain(format!(
                        "Error evaluating XPath '{path}': xpath() needs a path that selects nodes, this one gives a {}. Use xpath_string or xpath_double for it.",
                        match v {
                            Value::Boolean(_) => "boolean",
                            Value::Number(_) => "number",
                            _ => "string",
                        }
                    )));
                };
                for node in nodes.document_order() {
                    // The node's nodeValue, as the JDK gives it: NULL for an element.
                    list.values().append_option(match node {
                        Node::Text(t) => Some(t.text().to_string()),
                        Node::Attribute(a) => Some(a.value().to_string()),
                        Node::Comment(c) => Some(c.text().to_string()),
                        Node::ProcessingInstruction(p) => p.value().map(str::to_string),
                        _ => None,
                    });
                }
                list.append(true);
            }
            Out::Str => st.append_value(v.into_string()),
            Out::Bool => bo.append_value(v.into_boolean()),
            Out::Double => f64b.append_value(number(v)),
            Out::Float => f32b.append_value(number(v) as f32),
            Out::Int => i32b.append_value(number(v) as i32),
            Out::Long => i64b.append_value(java_long(number(v))),
            // Java's `Double.shortValue()`: `(short) (int) d`.
            Out::Short => i16b.append_value(number(v) as i32 as i16),
        }
    }
    Ok(match out {
        Out::List => Arc::new(list.finish()),
        Out::Str => Arc::new(st.finish()),
        Out::Bool => Arc::new(bo.finish()),
        Out::Double => Arc::new(f64b.finish()),
        Out::Float => Arc::new(f32b.finish()),
        Out::Int => Arc::new(i32b.finish()),
        Out::Long => Arc::new(i64b.finish()),
        Out::Short => Arc::new(i16b.finish()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::StringArray;
    use arrow_array::cast::AsArray;

    #[test]
    fn xpath_lists_node_values_with_null_for_elements() {
        let xml: ArrayRef = Arc::new(StringArray::from(vec![
            Some("<a id=\"7\"><b>1</b><b>2</b></a>"),
            None,
        ]));
        let p = Factory::new().build("a/b/text()").unwrap().unwrap();
        let got = eval(&xml, 2, &p, "a/b/text()", Out::List).unwrap();
        let l = got.as_list::<i32>();
        assert_eq!(
            l.value(0).as_string::<i32>().iter().collect::<Vec<_>>(),
            vec![Some("1"), Some("2")]
        );
        assert!(l.is_null(1));
        let p = Factory::new().build("a/b").unwrap().unwrap();
        let got = eval(&xml, 1, &p, "a/b", Out::List).unwrap();
        assert_eq!(got.as_list::<i32>().value(0).null_count(), 2);
    }

    #[test]
    fn xpath_numbers_use_xpaths_grammar() {
        assert_eq!(number(Value::String(" 12 ".into())), 12.0);
        assert_eq!(number(Value::String("-.5".into())), -0.5);
        assert!(number(Value::String("1e3".into())).is_nan());
        assert!(number(Value::String("".into())).is_nan());
        assert!(number(Value::String("Infinity".into())).is_nan());
        assert!(number(Value::String("+12".into())).is_nan());
        // text read inside a path too: the JDK's XPath gives NaN for `Infinity * 2`
        let xml: ArrayRef = Arc::new(StringArray::from(vec![
            "<a><b>Infinity</b></a>",
            "<a><b>1.0E15</b><b>2</b></a>",
            "<a><b> 12 </b></a>",
        ]));
        for (path, want) in [
            ("a/b * 2", [None, None, Some(24.0)]),
            ("sum(a/b)", [None, None, Some(12.0)]),
        ] {
            let p = Factory::new().build(path).unwrap().unwrap();
            let got = eval(&xml, 3, &p, path, Out::Double).unwrap();
            let got = got.as_primitive::<arrow_array::types::Float64Type>();
            for (i, w) in want.iter().enumerate() {
                match w {
                    Some(w) => assert_eq!(got.value(i), *w, "{path} row {i}"),
                    None => assert!(got.value(i).is_nan(), "{path} row {i}"),
                }
            }
        }
    }

    #[test]
    fn xpath_int_of_nan_is_zero_and_bad_xml_fails() {
        let xml: ArrayRef = Arc::new(StringArray::from(vec!["<a><b>x</b></a>"]));
        let p = Factory::new().build("a/b").unwrap().unwrap();
        let got = eval(&xml, 1, &p, "a/b", Out::Int).unwrap();
        assert_eq!(
            got.as_primitive::<arrow_array::types::Int32Type>().value(0),
            0
        );
        let bad: ArrayRef = Arc::new(StringArray::from(vec!["<a><b>"]));
        let err = eval(&bad, 1, &p, "a/b", Out::Str).unwrap_err();
        assert!(
            err.to_string().contains("Error loading expression 'a/b'"),
            "{err}"
        );
    }
}
