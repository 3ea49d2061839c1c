//! Arrow IPC streams in and out: `LocalRelation.data` (the client's rows) and
//! `ArrowBatch.data` (results), each a whole IPC stream (schema, then batches).

use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{Field, Schema, SchemaRef};
use runnel_core::{Result, RunnelError};

/// An IPC stream's schema (Spark's types: see `runnel_core::types::spark_type`) and batches.
pub fn read_ipc(data: &[u8]) -> Result<(SchemaRef, Vec<RecordBatch>)> {
    let bad = |e: String| {
        RunnelError::parse(format!(
            "the local relation is not an Arrow IPC stream: {e}"
        ))
    };
    // arrow-ipc 59 trusts the lengths in a stream (see runnel_core::ipc_check); what the check
    // does not cover and still panics in arrow-ipc is an error here too: the client's
    // bytes are input (found by crates/runnel-cli/tests/fuzz.rs).
    runnel_core::ipc_check::check_stream(data).map_err(bad)?;
    let (raw, read) = runnel_core::ipc_check::catch_quietly(|| {
        let reader = arrow_ipc::reader::StreamReader::try_new(std::io::Cursor::new(data), None)
            .map_err(|e| e.to_string())?;
        let raw = reader.schema();
        let read: Vec<_> = reader.collect();
        Ok::<_, String>((raw, read))
    })
    .map_err(|p| {
        let why = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        bad(format!("malformed ({why})"))
    })?
    .map_err(bad)?;
    let schema: SchemaRef = Arc::new(Schema::new(
        raw.fields()
            .iter()
            .map(|f| {
                Field::new(
                    f.name(),
                    runnel_core::types::spark_type(f.data_type()),
                    true,
                )
            })
            .collect::<Vec<_>>(),
    ));
    let mut out = Vec::new();
    for b in read {
        let b = b?;
        let cols = b
            .columns()
            .iter()
            .zip(schema.fields())
            .map(|(c, f)| {
                if c.data_type() == f.data_type() {
                    Ok(c.clone())
                } else {
                    arrow_cast::cast(c.as_ref(), f.data_type())
                }
            })
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(b.num_rows()));
        out.push(RecordBatch::try_new_with_options(
            schema.clone(),
            cols,
            &opts,
        )?);
    }
    Ok((schema, out))
}

/// The schema as sent to the client: Runnel's own field metadata (event-time marks,
/// DataFrame qualifiers) left out.
pub fn plain_schema(schema: &Schema) -> SchemaRef {
    Arc::new(Schema::new(
        schema
            .fields()
            .iter()
            .map(|f| f.as_ref().clone().with_metadata(Default::default()))
            .collect::<Vec<_>>(),
    ))
}

/// One IPC stream holding `batch` (its schema first).
pub fn write_ipc(schema: &SchemaRef, batch: &RecordBatch) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    {
        let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut buf, schema)?;
        let b = RecordBatch::try_new_with_options(
            schema.clone(),
            batch.columns().to_vec(),
            &arrow_array::RecordBatchOptions::new().with_row_count(Some(batch.num_rows())),
        )?;
        w.write(&b)?;
        w.finish()?;
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{Int64Array, StringArray};
    use arrow_schema::DataType;

    #[test]
    fn ipc_round_trip() {
        let schema = Arc::new(Schema::new(vec![
            Field::new("a", DataType::Int64, true),
            Field::new("b", DataType::LargeUtf8, true),
        ]));
        let b = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(Int64Array::from(vec![1, 2])),
                Arc::new(arrow_array::LargeStringArray::from(vec!["x", "y"])),
            ],
        )
        .unwrap();
        let bytes = write_ipc(&schema, &b).unwrap();
        let (s, bs) = read_ipc(&bytes).unwrap();
        assert_eq!(s.field(1).data_type(), &DataType::Utf8);
        let col = bs[0]
            .column(1)
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap();
        assert_eq!(col.value(1), "y");
    }
}
