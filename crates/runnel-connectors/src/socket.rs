//! Spark's socket source (`format("socket")`, the programming guide's first example with
//! `nc -lk 9999`): UTF-8 text lines read from a TCP server, one row per line, `value
//! STRING` and, with `includeTimestamp`, `timestamp TIMESTAMP` (when the line arrived).
//!
//! As Spark's `TextSocketMicroBatchStream`: `load()` only checks the options, and the
//! source connects when the query plans its first batch (a refused connection fails the
//! query: `StreamingQueryException`, as Spark's `ConnectException`), a thread reads lines
//! into a buffer, offsets count lines (`-1` before
//! the first), a batch takes the lines after the previous batch's offset, and a committed
//! batch's lines leave the buffer. When the server closes the connection the query keeps
//! running with no new rows. Like Spark's, it is for tests and teaching: it cannot
//! recover what was buffered but not processed when the process stops.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use arrow_array::builder::{StringBuilder, TimestampMicrosecondBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use runnel_core::error::{Result, RunnelError};
use runnel_core::io::{Offset, SinkRef, Source, SourceRef};
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};

/// The `socket` format.
#[derive(Debug, Default)]
pub struct SocketProvider;

/// Lines read so far and not yet committed: `lines[0]` has offset `first`.
#[derive(Default)]
struct Buffer {
    lines: VecDeque<(String, i64)>,
    first: i64,
    /// Why reading stopped (the server closed the connection, or an error).
    closed: Option<String>,
}

struct SocketSource {
    host: String,
    port: u16,
    schema: SchemaRef,
    buffer: Arc<Mutex<Buffer>>,
    /// The connection once the query made it (the reading thread holds a clone).
    conn: Option<TcpStream>,
}

impl Drop for SocketSource {
    /// Closes the connection (the reading thread then ends): a source made only to
    /// analyse a plan (Spark Connect resolves a plan more than once) must not keep it, or
    /// `nc -lk` would go on feeding that connection instead of the query's.
    fn drop(&mut self) {
        if let Some(c) = &self.conn {
            let _ = c.shutdown(std::net::Shutdown::Both);
        }
    }
}

impl SocketSource {
    /// Connects and starts the reading thread, once: Spark's
    /// `TextSocketMicroBatchStream.initialize`, called when the query plans a batch (not
    /// when the DataFrame is made, so a script may define it before the server is up).
    fn connect(&mut self) -> Result<()> {
        if self.conn.is_some() {
            return Ok(());
        }
        let (host, port) = (self.host.as_str(), self.port);
        let stream = TcpStream::connect((host, port)).map_err(|e| {
            RunnelError::io(format!(
                "cannot connect to the socket source at {host}:{port}: {e}. Start the server first (e.g. `nc -lk {port}`)."
            ))
        })?;
        let conn = stream
            .try_clone()
            .map_err(|e| RunnelError::io(format!("the socket source's connection: {e}")))?;
        let b = self.buffer.clone();
        // The reading thread stamps lines with the system clock, as Spark does
        // (`System.currentTimeMillis`).
        std::thread::Builder::new()
            .name(format!("socket-source-{host}:{port}"))
            .spawn(move || read_lines(stream, b))
            .map_err(|e| RunnelError::io(format!("cannot start the socket reader: {e}")))?;
        self.conn = Some(conn);
        Ok(())
    }
}

fn lock(b: &Mutex<Buffer>) -> std::sync::MutexGuard<'_, Buffer> {
    b.lock().unwrap_or_else(|p| p.into_inner())
}

fn option<'a>(req: &'a SourceRequest, key: &str) -> Option<&'a String> {
    req.options.get(key)
}

impl DataSourceProvider for SocketProvider {
    fn formats(&self) -> Vec<&'static str> {
        vec!["socket"]
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        if req.schema.is_some() {
            return Err(RunnelError::analysis_plain(
                "The socket source does not support a user-specified schema: it gives `value STRING` (and `timestamp TIMESTAMP` with option(\"includeTimestamp\", True)); remove .schema(...).",
            ));
        }
        let host = option(req, "host").cloned().ok_or_else(|| {
            RunnelError::analysis_plain(
                "Set a host to read from with option(\"host\", ...) (and a port with option(\"port\", ...)).",
            )
        })?;
        let port: u16 = option(req, "port")
            .ok_or_else(|| {
                RunnelError::analysis_plain("Set a port to read from with option(\"port\", ...).")
            })?
            .trim()
            .parse()
            .map_err(|_| {
                RunnelError::analysis_plain(format!(
                    "The socket source's port must be a number from 0 to 65535, got {:?}.",
                    option(req, "port").map(String::as_str).unwrap_or_default()
                ))
            })?;
        let include_ts = match option(req, "includetimestamp").map(|v| v.to_ascii_lowercase()) {
            None => false,
            Some(v) if v == "true" => true,
            Some(v) if v == "false" => false,
            Some(v) => {
                return Err(RunnelError::analysis_plain(format!(
                    "includeTimestamp must be true or false, got {v:?}."
                )));
            }
        };
        let mut fields = vec![Field::new("value", DataType::Utf8, true)];
        if include_ts {
            fields.push(Field::new(
                "timestamp",
                DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
                true,
            ));
        }
        tracing::warn!(
            "The socket source should not be used for production applications! It does not support recovery."
        );
        Ok(Rc::new(RefCell::new(SocketSource {
            host,
            port,
            schema: Arc::new(Schema::new(fields)),
            buffer: Arc::new(Mutex::new(Buffer::default())),
            conn: None,
        })))
    }

    fn batch_read(&self, _req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        Err(RunnelError::analysis_plain(
            "The socket source is for streaming only: use spark.readStream.format(\"socket\").",
        ))
    }

    fn stream_sink(&self, _req: &SinkRequest) -> Result<SinkRef> {
        Err(RunnelError::analysis_plain(
            "Data source socket does not support streamed writing: it is a source.",
        ))
    }

    fn batch_write(&self, _req: &SinkRequest, _mode: &str, _b: &[RecordBatch]) -> Result<()> {
        Err(RunnelError::analysis_plain(
            "Data source socket does not support writing: it is a source.",
        ))
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The lines of what one `read_until(b'\n')` returned, as Java's `BufferedReader.readLine`
/// (Spark's socket source) cuts them: at `\n`, `\r` or `\r\n`, each without its end; a
/// last line the connection's end cut short is a line too (never an empty one). Bytes
/// that are not UTF-8 become U+FFFD, as Java's UTF-8 reader makes them.
fn split_lines(chunk: &[u8]) -> Vec<String> {
    let (body, ended) = match chunk.strip_suffix(b"\n") {
        Some(b) => (b, true),
        None => (chunk, false),
    };
    let mut parts: Vec<&[u8]> = body.split(|&c| c == b'\r').collect();
    // `x\r\n` is one end, and a line the connection's end cut short after its `\r` has
    // nothing after it: either way the part after the last `\r` is no line.
    if parts.last().is_some_and(|p| p.is_empty()) && (parts.len() > 1 || !ended) {
        parts.pop();
    }
    parts
        .into_iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect()
}

/// The reading thread: every line (without its `\n`, `\r` or `\r\n`) into the buffer.
fn read_lines(stream: TcpStream, buffer: Arc<Mutex<Buffer>>) {
    let mut r = BufReader::with_capacity(1 << 16, stream);
    let mut line = Vec::new();
    loop {
        line.clear();
        match r.read_until(b'\n', &mut line) {
            Ok(0) => {
                lock(&buffer).closed = Some("the server closed the connection".into());
                tracing::info!("socket source: the server closed the connection");
                return;
            }
            Ok(_) => {
                let lines = split_lines(&line);
                let ms = now_ms();
                lock(&buffer)
                    .lines
                    .extend(lines.into_iter().map(|text| (text, ms)));
                // The last whole line of what was read: an idle runner may start a batch.
                if r.buffer().is_empty() {
                    crate::wake::notify();
                }
            }
            Err(e) => {
                tracing::warn!("socket source: reading stopped: {e}");
                lock(&buffer).closed = Some(e.to_string());
                return;
            }
        }
    }
}

fn offset_of(o: Option<&Offset>) -> Result<i64> {
    match o {
        None => Ok(-1),
        Some(v) => v
            .as_i64()
            .ok_or_else(|| RunnelError::io(format!("not a socket source offset: {v}"))),
    }
}

impl Source for SocketSource {
    fn continuous_read(&self) -> runnel_core::io::source::ContinuousRead {
        // Spark reads this source continuously too.
        runnel_core::io::source::ContinuousRead::Supported
    }
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    fn latest_offset(&mut self, _start: Option<&Offset>) -> Result<Option<Offset>> {
        self.connect()?;
        let b = lock(&self.buffer);
        Ok(Some(serde_json::json!(b.first + b.lines.len() as i64 - 1)))
    }

    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        self.connect()?;
        let (from, to) = (offset_of(start)? + 1, offset_of(Some(end))?);
        let b = lock(&self.buffer);
        if from < b.first && from <= to {
            return Err(RunnelError::io(format!(
                "the socket source no longer holds lines {from}..{}: they were committed (a socket source cannot recover after a restart)",
                b.first - 1
            )));
        }
        let mut values = StringBuilder::new();
        let mut times = TimestampMicrosecondBuilder::new().with_timezone("UTC");
        let mut n = 0;
        for off in from..=to {
            let Some((text, ms)) = b.lines.get((off - b.first) as usize) else {
                break;
            };
            values.append_value(text);
            times.append_value(ms * 1000);
            n += 1;
        }
        if n == 0 {
            return Ok(vec![]);
        }
        let mut cols: Vec<ArrayRef> = vec![Arc::new(values.finish())];
        if self.schema.fields().len() == 2 {
            cols.push(Arc::new(times.finish()));
        }
        Ok(vec![RecordBatch::try_new(self.schema.clone(), cols)?])
    }

    fn commit(&mut self, end: &Offset) -> Result<()> {
        let end = offset_of(Some(end))?;
        let mut b = lock(&self.buffer);
        while b.first <= end && !b.lines.is_empty() {
            b.lines.pop_front();
            b.first += 1;
        }
        Ok(())
    }

    fn description(&self) -> String {
        let closed = lock(&self.buffer).closed.clone();
        match closed {
            Some(why) => format!(
                "TextSocketV2[host: {}, port: {}] ({why})",
                self.host, self.port
            ),
            None => format!("TextSocketV2[host: {}, port: {}]", self.host, self.port),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::TcpListener;

    #[test]
    fn lines_end_at_lf_cr_or_crlf_as_javas_read_line_cuts_them() {
        // PySpark 4.3's socket source, sent `a\rb\nc\r\n\r\nbad\xff\xfe x\xe2\x82y\nlast`
        // and then closed: ['a', 'b', 'c', '', 'bad\u{fffd}\u{fffd} x\u{fffd}y', 'last'].
        let sent: &[u8] = b"a\rb\nc\r\n\r\nbad\xff\xfe x\xe2\x82y\nlast";
        let mut got = Vec::new();
        let mut r = std::io::BufReader::new(sent);
        let mut line = Vec::new();
        loop {
            line.clear();
            if r.read_until(b'\n', &mut line).unwrap() == 0 {
                break;
            }
            got.extend(split_lines(&line));
        }
        assert_eq!(
            got,
            ["a", "b", "c", "", "bad\u{fffd}\u{fffd} x\u{fffd}y", "last"]
        );
        assert_eq!(split_lines(b"x\r"), ["x"]);
        assert_eq!(split_lines(b"\n"), [""]);
        assert_eq!(split_lines(b"\r\n"), [""]);
        assert_eq!(split_lines(b"\r\r\n"), ["", ""]);
        assert!(split_lines(b"").is_empty());
    }

    #[test]
    fn lines_become_rows_batch_by_batch_and_eof_keeps_the_query() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let session = runnel_core::SparkSession::new();
        let mut options = std::collections::BTreeMap::new();
        options.insert("host".to_string(), "127.0.0.1".to_string());
        options.insert("port".to_string(), port.to_string());
        options.insert("includetimestamp".to_string(), "true".to_string());
        let req = SourceRequest {
            session: &session,
            format: "socket",
            options: &options,
            schema: None,
            path: None,
        };
        let src = SocketProvider.stream_source(&req).unwrap();
        // Connected when the query asks for its first offsets, not at load().
        assert_eq!(
            src.borrow_mut().latest_offset(None).unwrap(),
            Some(serde_json::json!(-1))
        );
        let (mut conn, _) = listener.accept().unwrap();
        conn.write_all(b"a b\r\nc\n").unwrap();
        conn.flush().unwrap();
        let wait = |want: i64| {
            for _ in 0..500 {
                if src.borrow_mut().latest_offset(None).unwrap() == Some(serde_json::json!(want)) {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            panic!("no offset {want}");
        };
        wait(1);
        let end = serde_json::json!(1);
        let rows = src.borrow_mut().get_batch(None, &end).unwrap();
        assert_eq!(rows[0].num_rows(), 2);
        assert_eq!(rows[0].num_columns(), 2);
        src.borrow_mut().commit(&end).unwrap();
        conn.write_all(b"d\n").unwrap();
        drop(conn);
        wait(2);
        let rows = src
            .borrow_mut()
            .get_batch(Some(&end), &serde_json::json!(2))
            .unwrap();
        use arrow_array::cast::AsArray;
        assert_eq!(rows[0].column(0).as_string::<i32>().value(0), "d");
        // A user schema is refused as Spark refuses it.
        let req = SourceRequest {
            schema: Some(Arc::new(Schema::new(vec![Field::new(
                "x",
                DataType::Utf8,
                true,
            )]))),
            ..req
        };
        assert!(SocketProvider.stream_source(&req).is_err());
    }

    #[test]
    fn load_does_not_connect_and_the_first_batch_fails_without_a_server() {
        // A port nothing listens on: bind, take its number, close it.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let session = runnel_core::SparkSession::new();
        let mut options = std::collections::BTreeMap::new();
        options.insert("host".to_string(), "127.0.0.1".to_string());
        options.insert("port".to_string(), port.to_string());
        let req = SourceRequest {
            session: &session,
            format: "socket",
            options: &options,
            schema: None,
            path: None,
        };
        let src = SocketProvider.stream_source(&req).unwrap();
        let e = src
            .borrow_mut()
            .latest_offset(None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("cannot connect to the socket source"), "{e}");
    }

    #[test]
    fn a_dropped_source_closes_its_connection() {
        use std::io::Read;
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let session = runnel_core::SparkSession::new();
        let mut options = std::collections::BTreeMap::new();
        options.insert("host".to_string(), "127.0.0.1".to_string());
        options.insert("port".to_string(), port.to_string());
        let req = SourceRequest {
            session: &session,
            format: "socket",
            options: &options,
            schema: None,
            path: None,
        };
        let src = SocketProvider.stream_source(&req).unwrap();
        src.borrow_mut().latest_offset(None).unwrap();
        let (mut conn, _) = listener.accept().unwrap();
        conn.set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        drop(src);
        // The server sees the end of the stream (not a timeout).
        let mut buf = [0u8; 1];
        assert_eq!(conn.read(&mut buf).unwrap(), 0);
    }
}
