//! A check of an Arrow IPC stream's framing before arrow-ipc reads it.
//!
//! arrow-ipc 59 trusts the lengths inside a stream: a message whose body length is past
//! the end of the bytes makes it allocate that much (an abort, "memory allocation of …
//! bytes failed", for a length of 2^62), and a buffer whose offset or length is past its
//! message's body makes it panic (`Buffer::slice_with_length`), as does a schema message
//! without its fields (`fb_to_schema`). Bytes read from a state
//! file or sent by a client are input: [`check_stream`] refuses such a stream first, so
//! that it is an error, not a crash (found by crates/runnel-cli/tests/fuzz.rs).

thread_local! {
    /// Set while [`catch_quietly`] runs: the panic hook stays silent.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `catch_unwind` for a decoder that panics on damaged input (arrow-ipc, arrow-row, the
/// parquet crate): the panic is turned into the caller's error, so the default hook's
/// "thread ... panicked at" line on stderr would report a crash that did not happen; it
/// is left out (natively; other threads' panics still print). In wasm32 a panic cannot be
/// caught: there the engine's own hook reports it to JS.
pub fn catch_quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| {
            let prev = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                if !QUIET.with(|q| q.get()) {
                    prev(info)
                }
            }));
        });
    }
    let was = QUIET.with(|q| q.replace(true));
    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    out
}

/// Walks the messages of an IPC stream (`[0xFFFFFFFF] <i32 length> <flatbuffer Message>
/// <body>` …, up to an end marker or the end of the bytes) and checks that every length,
/// and every buffer of a record batch or dictionary batch, stays within the bytes.
pub fn check_stream(data: &[u8]) -> Result<(), String> {
    let mut pos = 0usize;
    let i32_at = |pos: usize| -> Result<i32, String> {
        data.get(pos..pos + 4)
            .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| format!("cut short at byte {pos} (a message length)"))
    };
    while pos < data.len() {
        let mut len = i32_at(pos)?;
        pos += 4;
        if len == -1 {
            // The continuation marker, then the length.
            if pos == data.len() {
                break;
            }
            len = i32_at(pos)?;
            pos += 4;
        }
        if len == 0 {
            break; // the end-of-stream marker
        }
        let len = usize::try_from(len)
            .map_err(|_| format!("a negative message length ({len}) at byte {}", pos - 4))?;
        let meta = data.get(pos..pos + len).ok_or_else(|| {
            format!(
                "a message of {len} bytes at byte {pos} is past the end ({} bytes)",
                data.len()
            )
        })?;
        let msg = arrow_ipc::root_as_message(meta)
            .map_err(|e| format!("the message at byte {pos} is not an Arrow message: {e}"))?;
        pos += len;
        let body = msg.bodyLength();
        let left = (data.len() - pos) as i64;
        if body < 0 || body > left {
            return Err(format!(
                "a message body of {body} bytes at byte {pos} is past the end ({left} bytes left)"
            ));
        }
        if let Some(schema) = msg.header_as_schema() {
            // arrow-ipc's schema conversion unwraps what a schema message may lack (its
            // fields, a list's child, a type's table): tried here, a panic is an error.
            catch_quietly(|| arrow_ipc::convert::fb_to_schema(schema))
                .map_err(|_| format!("the schema message at byte {} is malformed", pos - len))?;
        }
        let batch = msg
            .header_as_record_batch()
            .or_else(|| msg.header_as_dictionary_batch().and_then(|d| d.data()));
        if let Some(b) = batch {
            for buf in b.buffers().iter().flatten() {
                let (o, l) = (buf.offset(), buf.length());
                if o < 0 || l < 0 || o.checked_add(l).is_none_or(|end| end > body) {
                    return Err(format!(
                        "a buffer (offset {o}, length {l}) is past its message's body of {body} bytes"
                    ));
                }
            }
        }
        pos += body as usize;
    }
    Ok(())
}

/// Runs an arrow-ipc decode, a panic in it made an error (natively; in wasm32 a panic
/// aborts whatever is done here). arrow-ipc 59 asserts on some malformed batches (a
/// validity bitmap shorter than the batch's length: `BooleanBuffer::new`) before its
/// validation would refuse them.
pub fn no_panic<T>(
    decode: impl FnOnce() -> Result<T, arrow_schema::ArrowError>,
) -> Result<T, arrow_schema::ArrowError> {
    catch_quietly(decode).unwrap_or_else(|p| {
        let why = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(arrow_schema::ArrowError::IpcError(format!(
            "malformed Arrow IPC stream ({why})"
        )))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn stream() -> Vec<u8> {
        let batch = arrow_array::RecordBatch::try_from_iter(vec![(
            "a",
            Arc::new(arrow_array::StringArray::from(vec![Some("x"), None]))
                as arrow_array::ArrayRef,
        )])
        .unwrap();
        let mut out = Vec::new();
        let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &batch.schema()).unwrap();
        w.write(&batch).unwrap();
        w.finish().unwrap();
        drop(w);
        out
    }

    #[test]
    fn a_whole_stream_passes_and_a_cut_or_inflated_one_does_not() {
        let s = stream();
        check_stream(&s).unwrap();
        // Without its end marker too (a stream may just end).
        check_stream(&s[..s.len() - 8]).unwrap();
        assert!(check_stream(&s[..s.len() / 2]).is_err());
        // The schema message's length made huge.
        let mut big = s.clone();
        big[4..8].copy_from_slice(&i32::MAX.to_le_bytes());
        assert!(check_stream(&big).unwrap_err().contains("past the end"));
    }
}
