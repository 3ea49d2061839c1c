//! Arrow IPC streams read in place (the memory source's `addData(Uint8Array)`): the
//! batches' arrays are slices of the one buffer the bytes arrived in.
//!
//! Arrow validates what it decodes; for string columns that check walks every offset
//! through a closure, a twentieth of the windowed count's time in wasm. Here the
//! record batches are decoded unchecked and then checked by [`validate_decoded`]:
//! arrow's full validation, except that a string column's values get an equivalent
//! check with a fast path for ASCII. Streams with dictionaries go through arrow's
//! own `StreamDecoder`.

use std::collections::HashMap;
use std::sync::Arc;

use arrow_array::{Array, RecordBatch};
use arrow_buffer::Buffer;
use arrow_data::{ArrayData, UnsafeFlag};
use arrow_ipc::MessageHeader;
use arrow_ipc::reader::{RecordBatchDecoder, StreamDecoder};
use arrow_schema::{ArrowError, DataType, SchemaRef};

/// The record batches of an Arrow IPC stream, decoded in place and validated.
pub fn read_stream(bytes: Vec<u8>) -> Result<Vec<RecordBatch>, ArrowError> {
    crate::ipc_check::check_stream(&bytes).map_err(ArrowError::ParseError)?;
    let buf = Buffer::from_vec(bytes);
    crate::ipc_check::no_panic(|| match read_framed(&buf)? {
        Some(batches) => Ok(batches),
        None => read_with_arrow(buf),
    })
}

/// Arrow's `StreamDecoder` (validating as it goes).
fn read_with_arrow(mut buf: Buffer) -> Result<Vec<RecordBatch>, ArrowError> {
    let mut decoder = StreamDecoder::new();
    let mut batches = Vec::new();
    while !buf.is_empty() {
        if let Some(b) = decoder.decode(&mut buf)? {
            batches.push(b);
        }
    }
    decoder.finish()?;
    Ok(batches)
}

fn truncated() -> ArrowError {
    ArrowError::IpcError("the stream ends inside a message".into())
}

/// Reads the stream's framing (continuation marker, metadata length, flatbuffer
/// message, body) and decodes its record batches unchecked, then validates them.
/// `None`: the stream has dictionaries (left to arrow).
fn read_framed(buf: &Buffer) -> Result<Option<Vec<RecordBatch>>, ArrowError> {
    let bytes = buf.as_slice();
    let word = |at: usize| -> Result<u32, ArrowError> {
        let w = bytes.get(at..at + 4).ok_or_else(truncated)?;
        Ok(u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    };
    let mut pos = 0;
    let mut schema: Option<SchemaRef> = None;
    let no_dictionaries = HashMap::new();
    let mut batches = Vec::new();
    while pos < bytes.len() {
        let mut len = word(pos)?;
        pos += 4;
        if len == 0xFFFF_FFFF {
            len = word(pos)?;
            pos += 4;
        }
        if len == 0 {
            // End of stream: nothing may follow.
            if pos != bytes.len() {
                return Err(ArrowError::IpcError(
                    "bytes after the end of the stream".into(),
                ));
            }
            break;
        }
        let meta = bytes.get(pos..pos + len as usize).ok_or_else(truncated)?;
        let message = arrow_ipc::root_as_message(meta)
            .map_err(|e| ArrowError::IpcError(format!("a message cannot be read: {e}")))?;
        pos += len as usize;
        let body_len = usize::try_from(message.bodyLength())
            .map_err(|_| ArrowError::IpcError("a negative body length".into()))?;
        if pos + body_len > bytes.len() {
            return Err(truncated());
        }
        let body = buf.slice_with_length(pos, body_len);
        pos += body_len;
        match message.header_type() {
            MessageHeader::Schema => {
                let fb = message.header_as_schema().ok_or_else(|| {
                    ArrowError::IpcError("a schema message without a schema".into())
                })?;
                let s = arrow_ipc::convert::fb_to_schema(fb);
                if s.fields().iter().any(|f| has_dictionary(f.data_type())) {
                    return Ok(None);
                }
                schema = Some(Arc::new(s));
            }
            MessageHeader::RecordBatch => {
                let s = schema.clone().ok_or_else(|| {
                    ArrowError::IpcError("a record batch before the schema".into())
                })?;
                let fb = message.header_as_record_batch().ok_or_else(|| {
                    ArrowError::IpcError("a record batch message without a batch".into())
                })?;
                let version = message.version();
                let mut skip = UnsafeFlag::new();
                // SAFETY: every array decoded unchecked is validated just below, before
                // anything else sees it.
                unsafe { skip.set(true) };
                let b = RecordBatchDecoder::try_new(&body, fb, s, &no_dictionaries, &version)?
                    .with_skip_validation(skip)
                    .read_record_batch()?;
                for c in b.columns() {
                    validate_decoded(&c.to_data())?;
                    if c.len() != b.num_rows() {
                        return Err(ArrowError::IpcError(format!(
                            "a column of {} rows in a batch of {}",
                            c.len(),
                            b.num_rows()
                        )));
                    }
                }
                batches.push(b);
            }
            MessageHeader::DictionaryBatch => return Ok(None),
            MessageHeader::NONE => {}
            t => {
                return Err(ArrowError::IpcError(format!(
                    "message type {t:?} in a stream"
                )));
            }
        }
    }
    Ok(Some(batches))
}

fn has_dictionary(t: &DataType) -> bool {
    match t {
        DataType::Dictionary(..) => true,
        DataType::Struct(fs) => fs.iter().any(|f| has_dictionary(f.data_type())),
        DataType::List(f)
        | DataType::LargeList(f)
        | DataType::FixedSizeList(f, _)
        | DataType::ListView(f)
        | DataType::LargeListView(f)
        | DataType::Map(f, _) => has_dictionary(f.data_type()),
        DataType::Union(fs, _) => fs.iter().any(|(_, f)| has_dictionary(f.data_type())),
        DataType::RunEndEncoded(a, b) => {
            has_dictionary(a.data_type()) || has_dictionary(b.data_type())
        }
        _ => false,
    }
}

/// Arrow's full validation (`ArrayData::validate_full`), with a string array's values
/// checked as it does but faster where they are ASCII (any offset is then on a
/// character boundary): offsets non-decreasing and within the values, the bytes
/// between the first and last offset UTF-8, every offset on a boundary.
pub fn validate_decoded(d: &ArrayData) -> Result<(), ArrowError> {
    if d.data_type() != &DataType::Utf8 {
        return d.validate_full();
    }
    // Buffer count, sizes and alignment, first and last offsets within the values.
    d.validate()?;
    d.validate_nulls()?;
    let bad = |what: &str| ArrowError::InvalidArgumentError(format!("a string column: {what}"));
    let offsets: &[i32] = d.buffers()[0].typed_data::<i32>();
    let offsets = offsets
        .get(d.offset()..d.offset() + d.len() + 1)
        .ok_or_else(|| bad("too few offsets"))?;
    if offsets[0] < 0 || !offsets.windows(2).all(|w| w[0] <= w[1]) {
        return Err(bad("its offsets decrease"));
    }
    let (first, last) = (offsets[0] as usize, offsets[offsets.len() - 1] as usize);
    let text = d.buffers()[1]
        .as_slice()
        .get(first..last)
        .ok_or_else(|| bad("its offsets point past its values"))?;
    if text.is_ascii() {
        return Ok(());
    }
    let text = std::str::from_utf8(text).map_err(|e| bad(&format!("invalid UTF-8: {e}")))?;
    if offsets
        .iter()
        .all(|&o| text.is_char_boundary(o as usize - first))
    {
        Ok(())
    } else {
        Err(bad("an offset splits a UTF-8 character"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{ArrayRef, Int64Array, StringArray, StructArray};
    use arrow_schema::{Field, Schema};

    fn ipc(batches: &[RecordBatch]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &batches[0].schema())
            .expect("writer");
        for b in batches {
            w.write(b).expect("write");
        }
        w.finish().expect("finish");
        drop(w);
        out
    }

    fn sample(n: i64) -> RecordBatch {
        let s: StringArray = (0..n)
            .map(|i| (i % 3 != 0).then(|| format!("é{i}")))
            .collect();
        let st = StructArray::from(vec![(
            Arc::new(Field::new("x", DataType::Int64, true)),
            Arc::new(Int64Array::from_iter_values(0..n)) as ArrayRef,
        )]);
        let schema = Schema::new(vec![
            Field::new("s", DataType::Utf8, true),
            Field::new("st", st.data_type().clone(), true),
        ]);
        RecordBatch::try_new(Arc::new(schema), vec![Arc::new(s), Arc::new(st)]).expect("batch")
    }

    #[test]
    fn reads_what_arrow_reads() {
        let batches = [sample(5), sample(0), sample(70)];
        let bytes = ipc(&batches);
        let ours = read_stream(bytes.clone()).expect("ours");
        let arrows = read_with_arrow(Buffer::from_vec(bytes.clone())).expect("arrow's");
        assert_eq!(ours, arrows);
        assert_eq!(ours, batches.to_vec());
        // Cut anywhere: an error, or (cut between messages) the batches before the cut.
        for cut in 0..bytes.len() {
            if let Ok(got) = read_stream(bytes[..cut].to_vec()) {
                assert_eq!(got[..], batches[..got.len()], "cut at {cut}");
            }
        }
    }

    #[test]
    fn dictionaries_go_through_arrow() {
        let d: arrow_array::DictionaryArray<arrow_array::types::Int32Type> =
            vec!["a", "b", "a"].into_iter().collect();
        let schema = Schema::new(vec![Field::new("d", d.data_type().clone(), false)]);
        let b = RecordBatch::try_new(Arc::new(schema), vec![Arc::new(d)]).expect("batch");
        assert_eq!(
            read_stream(ipc(std::slice::from_ref(&b))).expect("read"),
            vec![b]
        );
    }
}
