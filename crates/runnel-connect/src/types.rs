//! Spark Connect's `DataType` messages and Spark's schema strings (DDL or the JSON of
//! `StructType.json()`) to and from Runnel's Arrow types.

use std::sync::Arc;

use arrow_schema::{DataType, Field, Fields, Schema, TimeUnit};
use runnel_core::Result;
use spark_connect_proto as pb;
use spark_connect_proto::data_type::Kind;

/// An Arrow type as Spark Connect's `DataType`.
pub fn to_proto(dt: &DataType) -> pb::DataType {
    let kind = match dt {
        DataType::Null => Kind::Null(Default::default()),
        DataType::Boolean => Kind::Boolean(Default::default()),
        DataType::Int8 => Kind::Byte(Default::default()),
        DataType::Int16 | DataType::UInt8 => Kind::Short(Default::default()),
        DataType::Int32 | DataType::UInt16 => Kind::Integer(Default::default()),
        DataType::Int64 | DataType::UInt32 => Kind::Long(Default::default()),
        DataType::Float16 | DataType::Float32 => Kind::Float(Default::default()),
        DataType::Float64 => Kind::Double(Default::default()),
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => {
            Kind::String(Default::default())
        }
        DataType::Binary | DataType::LargeBinary | DataType::BinaryView => {
            Kind::Binary(Default::default())
        }
        DataType::Date32 | DataType::Date64 => Kind::Date(Default::default()),
        DataType::Timestamp(_, Some(_)) => Kind::Timestamp(Default::default()),
        DataType::Timestamp(_, None) => Kind::TimestampNtz(Default::default()),
        DataType::Decimal128(p, s) => Kind::Decimal(pb::data_type::Decimal {
            scale: Some(*s as i32),
            precision: Some(*p as i32),
            type_variation_reference: 0,
        }),
        DataType::UInt64 => Kind::Decimal(pb::data_type::Decimal {
            scale: Some(0),
            precision: Some(20),
            type_variation_reference: 0,
        }),
        DataType::Duration(_) => Kind::DayTimeInterval(pb::data_type::DayTimeInterval {
            start_field: Some(0),
            end_field: Some(3),
            type_variation_reference: 0,
        }),
        // Spark's year-month interval (YEAR 0, MONTH 1).
        DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => {
            Kind::YearMonthInterval(pb::data_type::YearMonthInterval {
                start_field: Some(0),
                end_field: Some(1),
                type_variation_reference: 0,
            })
        }
        DataType::Struct(fields) => Kind::Struct(struct_of(fields)),
        DataType::List(f) | DataType::LargeList(f) => Kind::Array(Box::new(pb::data_type::Array {
            element_type: Some(Box::new(to_proto(f.data_type()))),
            contains_null: f.is_nullable(),
            type_variation_reference: 0,
        })),
        DataType::Map(entries, _) => {
            let (k, v) = match entries.data_type() {
                DataType::Struct(kv) if kv.len() == 2 => (kv[0].clone(), kv[1].clone()),
                _ => {
                    return unparsed(&runnel_core::types::simple_string(dt));
                }
            };
            Kind::Map(Box::new(pb::data_type::Map {
                key_type: Some(Box::new(to_proto(k.data_type()))),
                value_type: Some(Box::new(to_proto(v.data_type()))),
                value_contains_null: v.is_nullable(),
                type_variation_reference: 0,
            }))
        }
        other => return unparsed(&runnel_core::types::simple_string(other)),
    };
    pb::DataType { kind: Some(kind) }
}

/// A field's type as Spark Connect's `DataType`: as [`to_proto`], with a day-time
/// interval's own fields (`INTERVAL HOUR`, not `INTERVAL DAY TO SECOND`) when known.
pub fn field_to_proto(f: &Field) -> pb::DataType {
    match runnel_core::types::interval_fields(f) {
        Some((start, end)) if matches!(f.data_type(), DataType::Duration(_)) => pb::DataType {
            kind: Some(Kind::DayTimeInterval(pb::data_type::DayTimeInterval {
                start_field: Some(start as i32),
                end_field: Some(end as i32),
                type_variation_reference: 0,
            })),
        },
        Some((start, end)) => pb::DataType {
            kind: Some(Kind::YearMonthInterval(pb::data_type::YearMonthInterval {
                start_field: Some(start as i32),
                end_field: Some(end as i32),
                type_variation_reference: 0,
            })),
        },
        None => to_proto(f.data_type()),
    }
}

fn unparsed(text: &str) -> pb::DataType {
    pb::DataType {
        kind: Some(Kind::Unparsed(pb::data_type::Unparsed {
            data_type_string: text.to_string(),
        })),
    }
}

fn struct_of(fields: &Fields) -> pb::data_type::Struct {
    pb::data_type::Struct {
        fields: fields
            .iter()
            .map(|f| pb::data_type::StructField {
                name: f.name().clone(),
                data_type: Some(field_to_proto(f)),
                nullable: f.is_nullable(),
                // withMetadata's (and a DDL comment's) metadata, as JSON.
                metadata: match runnel_core::types::spark_metadata(f) {
                    serde_json::Value::Object(m) if m.is_empty() => None,
                    m => Some(m.to_string()),
                },
            })
            .collect(),
        type_variation_reference: 0,
    }
}

/// A schema as Spark Connect's struct `DataType`.
pub fn schema_to_proto(schema: &Schema) -> pb::DataType {
    pb::DataType {
        kind: Some(Kind::Struct(struct_of(schema.fields()))),
    }
}

/// Spark Connect's `DataType` as an Arrow type.
pub fn from_proto(dt: &pb::DataType) -> Result<DataType> {
    let kind = dt
        .kind
        .as_ref()
        .ok_or_else(|| crate::error::unsupported("a DataType without a kind"))?;
    Ok(match kind {
        Kind::Null(_) => DataType::Null,
        Kind::Boolean(_) => DataType::Boolean,
        Kind::Byte(_) => DataType::Int8,
        Kind::Short(_) => DataType::Int16,
        Kind::Integer(_) => DataType::Int32,
        Kind::Long(_) => DataType::Int64,
        Kind::Float(_) => DataType::Float32,
        Kind::Double(_) => DataType::Float64,
        Kind::String(_) | Kind::Char(_) | Kind::VarChar(_) => DataType::Utf8,
        Kind::Binary(_) => DataType::Binary,
        Kind::Date(_) => DataType::Date32,
        Kind::Timestamp(_) => runnel_core::types::timestamp_type(),
        Kind::TimestampNtz(_) => DataType::Timestamp(TimeUnit::Microsecond, None),
        Kind::Decimal(d) => {
            DataType::Decimal128(d.precision.unwrap_or(10) as u8, d.scale.unwrap_or(0) as i8)
        }
        Kind::DayTimeInterval(_) => DataType::Duration(TimeUnit::Microsecond),
        Kind::YearMonthInterval(_) => DataType::Interval(arrow_schema::IntervalUnit::YearMonth),
        Kind::Array(a) => {
            let el = a
                .element_type
                .as_ref()
                .ok_or_else(|| crate::error::unsupported("an array type without element type"))?;
            runnel_core::types::list_of(from_proto(el)?)
        }
        Kind::Map(m) => {
            let (Some(k), Some(v)) = (&m.key_type, &m.value_type) else {
                return Err(crate::error::unsupported("a map type without key or value"));
            };
            runnel_core::types::map_of(from_proto(k)?, from_proto(v)?)
        }
        Kind::Struct(s) => DataType::Struct(
            s.fields
                .iter()
                .map(|f| {
                    let dt = f
                        .data_type
                        .as_ref()
                        .ok_or_else(|| crate::error::unsupported("a struct field without type"))
                        .and_then(from_proto)?;
                    Ok(Arc::new(Field::new(&f.name, dt, f.nullable)))
                })
                .collect::<Result<Vec<_>>>()?
                .into(),
        ),
        Kind::Unparsed(u) => runnel_core::types::parse_data_type(&u.data_type_string)?,
        other => {
            return Err(crate::error::unsupported(format!(
                "the data type {other:?}"
            )));
        }
    })
}

/// A schema string as Spark takes it: DDL (`"a INT, b STRING"`) or the JSON of
/// `StructType.json()`. A DDL field's `NOT NULL` is read and dropped, as a source's
/// schema (`readStream.schema`) and `from_json`'s are made nullable.
pub fn parse_schema(text: &str) -> Result<Schema> {
    parse_schema_as(text, runnel_core::types::parse_ddl_schema)
}

/// [`parse_schema`] keeping a DDL field's `NOT NULL` (at any depth), as Spark's
/// `parseTableSchema` (AnalyzePlan's DdlParse) does.
pub fn parse_schema_not_null(text: &str) -> Result<Schema> {
    parse_schema_as(text, runnel_core::types::parse_ddl_schema_not_null)
}

fn parse_schema_as(text: &str, ddl: fn(&str) -> Result<Schema>) -> Result<Schema> {
    let t = text.trim();
    if t.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(t)?;
        return match runnel_core::types::from_spark_json(&v)? {
            DataType::Struct(fields) => Ok(Schema::new(fields)),
            other => Ok(Schema::new(vec![Field::new("value", other, true)])),
        };
    }
    ddl(t)
}

/// The value at `row` of `a` as a literal (an observed metric in
/// `ExecutePlanResponse.observed_metrics`, read by the client's
/// `LiteralExpression._to_value`): NULL with its type, scalars, arrays with their element
/// type; other types (maps, structs, intervals) as their string form.
pub fn literal_of(a: &dyn arrow_array::Array, row: usize) -> pb::expression::Literal {
    use arrow_array::cast::AsArray;
    use arrow_array::types::*;
    use pb::expression::literal::LiteralType as L;
    let lit = |t: L| pb::expression::Literal {
        literal_type: Some(t),
        ..Default::default()
    };
    if a.is_null(row) || a.data_type() == &DataType::Null {
        return pb::expression::Literal {
            literal_type: Some(L::Null(to_proto(a.data_type()))),
            data_type: Some(to_proto(a.data_type())),
        };
    }
    match a.data_type() {
        DataType::Boolean => lit(L::Boolean(a.as_boolean().value(row))),
        DataType::Int8 => lit(L::Byte(a.as_primitive::<Int8Type>().value(row) as i32)),
        DataType::Int16 => lit(L::Short(a.as_primitive::<Int16Type>().value(row) as i32)),
        DataType::Int32 => lit(L::Integer(a.as_primitive::<Int32Type>().value(row))),
        DataType::Int64 => lit(L::Long(a.as_primitive::<Int64Type>().value(row))),
        DataType::Float32 => lit(L::Float(a.as_primitive::<Float32Type>().value(row))),
        DataType::Float64 => lit(L::Double(a.as_primitive::<Float64Type>().value(row))),
        DataType::Utf8 => lit(L::String(a.as_string::<i32>().value(row).to_string())),
        DataType::Binary => lit(L::Binary(a.as_binary::<i32>().value(row).to_vec().into())),
        DataType::Date32 => lit(L::Date(a.as_primitive::<Date32Type>().value(row))),
        DataType::Timestamp(_, Some(_)) => lit(L::Timestamp(
            a.as_primitive::<TimestampMicrosecondType>().value(row),
        )),
        DataType::Timestamp(_, None) => lit(L::TimestampNtz(
            a.as_primitive::<TimestampMicrosecondType>().value(row),
        )),
        DataType::Decimal128(p, s) => lit(L::Decimal(pb::expression::literal::Decimal {
            value: runnel_core::scalar::python_decimal(
                a.as_primitive::<Decimal128Type>().value(row),
                *s,
            ),
            precision: Some(*p as i32),
            scale: Some(*s as i32),
        })),
        DataType::List(f) => {
            let v = a.as_list::<i32>().value(row);
            #[allow(deprecated)]
            let arr = pb::expression::literal::Array {
                element_type: Some(to_proto(f.data_type())),
                elements: (0..v.len()).map(|i| literal_of(v.as_ref(), i)).collect(),
            };
            pb::expression::Literal {
                literal_type: Some(L::Array(arr)),
                data_type: Some(to_proto(a.data_type())),
            }
        }
        _ => lit(L::String(runnel_core::scalar::display_value(a, row))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_ddl_schemas() {
        let j = r#"{"fields":[{"metadata":{},"name":"a","nullable":true,"type":"long"},{"metadata":{},"name":"t","nullable":true,"type":"timestamp"},{"metadata":{},"name":"l","nullable":true,"type":{"containsNull":true,"elementType":"string","type":"array"}}],"type":"struct"}"#;
        let s = parse_schema(j).unwrap();
        assert_eq!(s.field(0).data_type(), &DataType::Int64);
        assert_eq!(
            s.field(1).data_type(),
            &runnel_core::types::timestamp_type()
        );
        assert!(matches!(s.field(2).data_type(), DataType::List(_)));
        let d = parse_schema("a INT, b STRING").unwrap();
        assert_eq!(d.field(0).data_type(), &DataType::Int32);
        let back = from_proto(&schema_to_proto(&s)).unwrap();
        assert_eq!(&back, &DataType::Struct(s.fields().clone()));
    }
}
