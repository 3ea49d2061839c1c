//! A simulated Kafka for pages that run course scripts written for Kafka (the
//! playground): `format("kafka")` reads and writes topics that live in the page, each a
//! memory stream with Kafka's fixed schema (one partition). Nothing connects anywhere;
//! `kafka.bootstrap.servers` and the other client options are accepted and ignored.
//! A topic is read from its first message (whatever `startingOffsets` says).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::builder::{BinaryBuilder, Int32Builder, Int64Builder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, BinaryArray, RecordBatch, TimestampMicrosecondArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use runnel_core::error::{Result, RunnelError};
use runnel_core::io::memory::MemoryStream;
use runnel_core::io::{Sink, SinkRef, SourceRef};
use runnel_core::session::{ClockFn, DataSourceProvider, SinkRequest, SourceRequest};

/// Kafka's source schema, as Spark gives it.
pub fn kafka_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("key", DataType::Binary, true),
        Field::new("value", DataType::Binary, true),
        Field::new("topic", DataType::Utf8, true),
        Field::new("partition", DataType::Int32, true),
        Field::new("offset", DataType::Int64, true),
        Field::new(
            "timestamp",
            DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
            true,
        ),
        Field::new("timestampType", DataType::Int32, true),
    ]))
}

type Topic = (Rc<RefCell<MemoryStream>>, i64);

/// A message: key and value bytes.
pub type Message = (Option<Vec<u8>>, Option<Vec<u8>>);

/// The page's topics: each a memory stream and its next offset. Created on first use.
#[derive(Clone)]
pub struct SimKafka {
    topics: Rc<RefCell<HashMap<String, Topic>>>,
    clock: ClockFn,
}

impl SimKafka {
    /// No topics yet; message timestamps from `clock` (ms).
    pub fn new(clock: ClockFn) -> Self {
        SimKafka {
            topics: Rc::new(RefCell::new(HashMap::new())),
            clock,
        }
    }

    fn stream(&self, topic: &str) -> Rc<RefCell<MemoryStream>> {
        self.topics
            .borrow_mut()
            .entry(topic.to_string())
            .or_insert_with(|| {
                let name = format!("kafka topic {topic}");
                let mut stream = MemoryStream::new(kafka_schema(), &name);
                stream.retain_all();
                (Rc::new(RefCell::new(stream)), 0)
            })
            .0
            .clone()
    }

    /// Appends messages (key, value) to `topic`; returns how many.
    pub fn produce(&self, topic: &str, messages: &[Message]) -> Result<usize> {
        if messages.is_empty() {
            return Ok(0);
        }
        let now = (self.clock)() * 1000;
        let stream = self.stream(topic);
        let mut topics = self.topics.borrow_mut();
        let off = &mut topics
            .get_mut(topic)
            .ok_or_else(|| RunnelError::internal("topic missing"))?
            .1;
        let mut keys = BinaryBuilder::new();
        let mut values = BinaryBuilder::new();
        let mut topics = StringBuilder::new();
        let mut parts = Int32Builder::new();
        let mut offsets = Int64Builder::new();
        let mut ts_types = Int32Builder::new();
        for (k, v) in messages {
            keys.append_option(k.as_deref());
            values.append_option(v.as_deref());
            topics.append_value(topic);
            parts.append_value(0);
            offsets.append_value(*off);
            ts_types.append_value(0);
            *off += 1;
        }
        let ts = TimestampMicrosecondArray::from(vec![now; messages.len()]).with_timezone("UTC");
        let cols: Vec<ArrayRef> = vec![
            Arc::new(keys.finish()),
            Arc::new(values.finish()),
            Arc::new(topics.finish()),
            Arc::new(parts.finish()),
            Arc::new(offsets.finish()),
            Arc::new(ts),
            Arc::new(ts_types.finish()),
        ];
        let b = RecordBatch::try_new(kafka_schema(), cols)?;
        stream.borrow_mut().add_data(b)?;
        Ok(messages.len())
    }

    /// Every message of `topic` so far.
    pub fn messages(&self, topic: &str) -> Result<Vec<RecordBatch>> {
        use runnel_core::io::Source;
        let s = self.stream(topic);
        let mut s = s.borrow_mut();
        match s.latest_offset(None)? {
            Some(end) => s.get_batch(None, &end),
            None => Ok(Vec::new()),
        }
    }

    fn topic_of(req_topics: Option<&String>) -> Result<String> {
        match req_topics.map(|t| t.trim()) {
            Some(t) if !t.is_empty() && !t.contains(',') => Ok(t.to_string()),
            _ => Err(RunnelError::analysis_plain(
                "the page's simulated Kafka reads one topic: give .option(\"subscribe\", \"<topic>\")",
            )),
        }
    }

    /// Rows to write as messages: `value` (string or binary), optional `key`, and the
    /// topic from the `topic` option or column.
    fn write(
        &self,
        options: &std::collections::BTreeMap<String, String>,
        batch: &RecordBatch,
    ) -> Result<()> {
        let schema = batch.schema();
        let col = |name: &str| schema.index_of(name).ok().map(|i| batch.column(i).clone());
        let bytes = |a: Option<ArrayRef>, what: &str| -> Result<Option<BinaryArray>> {
            Ok(match a {
                None => None,
                Some(a) => Some(match a.data_type() {
                    DataType::Binary => a.as_binary::<i32>().clone(),
                    DataType::Utf8 => a
                        .as_string::<i32>()
                        .iter()
                        .map(|v| v.map(str::as_bytes))
                        .collect(),
                    other => {
                        return Err(RunnelError::analysis_plain(format!(
                            "Kafka sink: the {what} attribute type must be a STRING or BINARY, not {other}: cast it, e.g. to_json(struct(...)).alias(\"{what}\")"
                        )));
                    }
                }),
            })
        };
        let values = bytes(col("value"), "value")?.ok_or_else(|| {
            RunnelError::analysis_plain(
                "Kafka sink: required attribute 'value' not found: select a column named value",
            )
        })?;
        let keys = bytes(col("key"), "key")?;
        let topic_col = col("topic");
        let mut per_topic: Vec<(String, Vec<Message>)> = Vec::new();
        for i in 0..batch.num_rows() {
            let topic = match (options.get("topic"), &topic_col) {
                (Some(t), _) => t.clone(),
                (None, Some(c)) if c.data_type() == &DataType::Utf8 && c.is_valid(i) => {
                    c.as_string::<i32>().value(i).to_string()
                }
                _ => {
                    return Err(RunnelError::analysis_plain(
                        "Kafka sink: topic option required when no 'topic' attribute is present: set .option(\"topic\", \"<name>\")",
                    ));
                }
            };
            let k = keys
                .as_ref()
                .and_then(|k| k.is_valid(i).then(|| k.value(i).to_vec()));
            let v = values.is_valid(i).then(|| values.value(i).to_vec());
            match per_topic.iter_mut().find(|(t, _)| *t == topic) {
                Some((_, m)) => m.push((k, v)),
                None => per_topic.push((topic, vec![(k, v)])),
            }
        }
        for (t, m) in per_topic {
            self.produce(&t, &m)?;
        }
        Ok(())
    }
}

struct SimKafkaSink {
    kafka: SimKafka,
    options: std::collections::BTreeMap<String, String>,
    last_epoch: Option<i64>,
}

impl Sink for SimKafkaSink {
    fn add_batch(&mut self, epoch_id: i64, _schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        if self.last_epoch.is_some_and(|e| e >= epoch_id) {
            return Ok(());
        }
        self.kafka.write(&self.options, batch)?;
        self.last_epoch = Some(epoch_id);
        Ok(())
    }
    fn description(&self) -> String {
        "KafkaSink (simulated in the page)".into()
    }
}

impl DataSourceProvider for SimKafka {
    fn formats(&self) -> Vec<&'static str> {
        vec!["kafka"]
    }
    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        if req.schema.is_some() {
            return Err(RunnelError::analysis_plain(
                "Kafka source has a fixed schema and cannot be set with a custom one: remove .schema(...) and parse value with from_json",
            ));
        }
        let topic = Self::topic_of(req.options.get("subscribe"))?;
        Ok(self.stream(&topic))
    }
    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        let topic = Self::topic_of(req.options.get("subscribe"))?;
        Ok((kafka_schema(), self.messages(&topic)?))
    }
    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        Ok(Rc::new(RefCell::new(SimKafkaSink {
            kafka: self.clone(),
            options: req.options.clone(),
            last_epoch: None,
        })))
    }
    fn batch_write(&self, req: &SinkRequest, _mode: &str, batches: &[RecordBatch]) -> Result<()> {
        for b in batches {
            self.write(req.options, b)?;
        }
        Ok(())
    }
}
