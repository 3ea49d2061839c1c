//! # runnel-parquet-wasm
//!
//! The npm package's Parquet codec as a wasm module of its own: the engine
//! (runnel-wasm) hands it record batches as an Arrow IPC stream and gets a Parquet file
//! back, and the other way round. It is loaded on first use (`await spark.loadParquet()`,
//! which the playground calls for scripts that read or write Parquet or Delta), so pages
//! that never touch Parquet do not download it. The conversions are runnel-parquet's
//! `codec` module, the same code the native build runs.
#![warn(missing_docs)]

use arrow_array::RecordBatch;
use wasm_bindgen::prelude::*;

fn err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// One Parquet file holding the rows of an Arrow IPC stream, compressed with
/// `compression` (`snappy`, `none`).
#[wasm_bindgen(js_name = writeParquet)]
pub fn write_parquet(ipc: &[u8], compression: &str) -> Result<Vec<u8>, JsError> {
    let reader = arrow_ipc::reader::StreamReader::try_new(ipc, None).map_err(err)?;
    let schema = reader.schema();
    let batches = reader
        .collect::<Result<Vec<RecordBatch>, _>>()
        .map_err(err)?;
    runnel_parquet::codec::write(schema, &batches, compression).map_err(err)
}

/// A Parquet file's schema and rows as an Arrow IPC stream.
#[wasm_bindgen(js_name = readParquet)]
pub fn read_parquet(data: &[u8]) -> Result<Vec<u8>, JsError> {
    let (schema, batches) = runnel_parquet::codec::read(data).map_err(err)?;
    let mut out = Vec::new();
    let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &schema).map_err(err)?;
    for b in &batches {
        w.write(b).map_err(err)?;
    }
    w.finish().map_err(err)?;
    drop(w);
    Ok(out)
}
