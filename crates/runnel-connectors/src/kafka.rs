//! Kafka source and sink (`format("kafka")`) over librdkafka (the `rdkafka` crate).
//!
//! The source follows Spark's Kafka source: a fixed schema (`key`, `value` binary,
//! `topic`, `partition`, `offset`, `timestamp`, `timestampType`, and `headers` with
//! `includeHeaders`), offsets kept per partition in the checkpoint (no consumer group),
//! `startingOffsets` remembered in `sources/<i>/0` so that a restart replays the first
//! batch exactly, `maxOffsetsPerTrigger` prorated over partitions as Spark does, and
//! `failOnDataLoss`.
//!
//! The sink goes further than Spark's at-least-once: every message carries the headers
//! `runnel.query` (the query id), `runnel.epoch` and `runnel.seq`. Before writing an epoch
//! the sink records, in the checkpoint (`sinks/0/<epoch>`), the end offsets of the
//! partitions of every topic it is about to write to. When an epoch is replayed after a
//! crash (same offsets, same rows), the sink reads what that epoch already wrote after
//! those offsets and writes only the rest, so each row reaches the topic exactly once
//! without broker transactions. Rows are matched by content (topic, key, value), not by
//! position, because a replayed aggregation may emit its rows in another order.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arrow_array::builder::{
    BinaryBuilder, Int32Builder, Int64Builder, ListBuilder, StringBuilder, StructBuilder,
    TimestampMicrosecondBuilder,
};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, Headers, Message, OwnedHeaders, Timestamp};
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext};
use rdkafka::{ClientContext, Offset as KOffset, TopicPartitionList};
use serde_json::{Map, Value, json};

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::{Offset, Sink, SinkRef, Source, SourceRef};
use runnel_core::mode::OutputMode;
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};
use runnel_core::state::CheckpointRef;
use runnel_core::types;

/// Header names the sink adds to every message.
pub const HEADER_QUERY: &str = "runnel.query";
/// The epoch (batch id) that wrote the message.
pub const HEADER_EPOCH: &str = "runnel.epoch";
/// The row's position in its epoch.
pub const HEADER_SEQ: &str = "runnel.seq";

/// Messages an epoch already wrote: (topic, key, value) → how many.
type Written = HashMap<(String, Option<Vec<u8>>, Option<Vec<u8>>), usize>;

/// Per-partition positions: topic → partition → offset.
type Positions = BTreeMap<String, BTreeMap<i32, i64>>;

/// `format("kafka")`: streaming and batch source and sink.
#[derive(Debug, Default)]
pub struct KafkaProvider;

fn kerr(what: &str, e: impl std::fmt::Display) -> RunnelError {
    RunnelError::io(format!("Kafka: {what}: {e}"))
}

/// Spark's fixed schema of Kafka rows.
pub fn kafka_schema(include_headers: bool) -> SchemaRef {
    let mut fields = vec![
        Field::new("key", DataType::Binary, true),
        Field::new("value", DataType::Binary, true),
        Field::new("topic", DataType::Utf8, true),
        Field::new("partition", DataType::Int32, true),
        Field::new("offset", DataType::Int64, true),
        Field::new("timestamp", types::timestamp_type(), true),
        Field::new("timestampType", DataType::Int32, true),
    ];
    if include_headers {
        fields.push(Field::new("headers", header_type(), true));
    }
    Arc::new(Schema::new(fields))
}

fn header_fields() -> Fields {
    Fields::from(vec![
        Field::new("key", DataType::Utf8, true),
        Field::new("value", DataType::Binary, true),
    ])
}

fn header_type() -> DataType {
    types::list_of(DataType::Struct(header_fields()))
}

/// Producer settings a consumer would warn about (a session-wide `runnel.kafka.*` setting
/// reaches both).
const PRODUCER_ONLY: &[&str] = &[
    "acks",
    "batch.num.messages",
    "batch.size",
    "compression.codec",
    "compression.type",
    "enable.idempotence",
    "linger.ms",
    "message.send.max.retries",
    "partitioner",
    "queue.buffering.max.messages",
    "queue.buffering.max.ms",
    "request.required.acks",
    "retries",
];

/// Client settings: `kafka.*` options without the prefix. Options Spark refuses are refused.
fn client_config(options: &BTreeMap<String, String>, consumer: bool) -> Result<ClientConfig> {
    let mut cfg = ClientConfig::new();
    let mut has_servers = false;
    for (k, v) in options {
        let Some(key) = k.strip_prefix("kafka.") else {
            continue;
        };
        match key {
            "bootstrap.servers" => has_servers = true,
            "auto.offset.reset" => {
                return Err(RunnelError::analysis_plain(
                    "Kafka option 'auto.offset.reset' is not supported. Instead set the source option 'startingOffsets' to 'earliest' or 'latest' to specify where to start.",
                ));
            }
            "enable.auto.commit"
            | "key.deserializer"
            | "value.deserializer"
            | "key.serializer"
            | "value.serializer"
            | "interceptor.classes" => {
                return Err(RunnelError::analysis_plain(format!(
                    "Kafka option '{key}' is not supported: Runnel (like Spark) sets it itself. Remove .option(\"kafka.{key}\", ...)."
                )));
            }
            _ => {}
        }
        if consumer && PRODUCER_ONLY.contains(&key) {
            continue;
        }
        cfg.set(key, v);
    }
    if !has_servers {
        return Err(RunnelError::analysis_plain(
            "Option 'kafka.bootstrap.servers' must be specified for configuring Kafka consumer: add .option(\"kafka.bootstrap.servers\", \"host:port\").",
        ));
    }
    if consumer {
        if !options.contains_key("kafka.group.id") {
            cfg.set("group.id", format!("runnel-kafka-source-{}", uuid_like()));
        }
        cfg.set("enable.auto.commit", "false");
        cfg.set("enable.partition.eof", "false");
    } else if !options.contains_key("kafka.partitioner") {
        // Java's default partitioner (murmur2 of the key), so keys land where Spark puts them.
        cfg.set("partitioner", "murmur2_random");
    }
    Ok(cfg)
}

fn uuid_like() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{:x}-{}", nanos, std::process::id())
}

/// Which partitions the source reads.
#[derive(Debug, Clone)]
enum Strategy {
    Subscribe(Vec<String>),
    Pattern(regex::Regex),
    Assign(Vec<(String, i32)>),
}

impl Strategy {
    fn from_options(options: &BTreeMap<String, String>) -> Result<Self> {
        let given: Vec<&str> = ["subscribe", "subscribepattern", "assign"]
            .into_iter()
            .filter(|k| options.contains_key(*k))
            .collect();
        if given.len() != 1 {
            let what = if given.is_empty() {
                "One of the following options must be specified for Kafka source"
            } else {
                "Only one of the following options can be specified for Kafka source"
            };
            return Err(RunnelError::analysis_plain(format!(
                "{what}: subscribe, subscribePattern, assign. See the docs for more details."
            )));
        }
        let v = &options[given[0]];
        Ok(match given[0] {
            "subscribe" => {
                let topics: Vec<String> = v
                    .split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect();
                if topics.is_empty() {
                    return Err(RunnelError::analysis_plain(format!(
                        "No topics to subscribe to as specified value for option 'subscribe' is '{v}'"
                    )));
                }
                Strategy::Subscribe(topics)
            }
            "subscribepattern" => {
                let re = regex::Regex::new(&format!("^(?:{v})$")).map_err(|e| {
                    RunnelError::analysis_plain(format!(
                        "option 'subscribePattern' is not a valid pattern ({v:?}): {e}"
                    ))
                })?;
                Strategy::Pattern(re)
            }
            _ => {
                let parsed: BTreeMap<String, Vec<i32>> =
                    serde_json::from_str(v).map_err(|e| {
                        RunnelError::analysis_plain(format!(
                            "option 'assign' must be JSON like {{\"topicA\":[0,1],\"topicB\":[2,4]}}, got {v:?}: {e}"
                        ))
                    })?;
                Strategy::Assign(
                    parsed
                        .into_iter()
                        .flat_map(|(t, ps)| ps.into_iter().map(move |p| (t.clone(), p)))
                        .collect(),
                )
            }
        })
    }

    fn describe(&self) -> String {
        match self {
            Strategy::Subscribe(t) => format!("Subscribe[{}]", t.join(",")),
            Strategy::Pattern(r) => format!("SubscribePattern[{}]", r.as_str()),
            Strategy::Assign(tp) => format!(
                "Assign[{}]",
                tp.iter()
                    .map(|(t, p)| format!("{t}-{p}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// Where reading starts or ends: earliest, latest, or per partition (-2 earliest, -1 latest).
#[derive(Debug, Clone)]
enum Bound {
    Earliest,
    Latest,
    Specific(Positions),
}

impl Bound {
    fn parse(option: &str, v: Option<&String>, default: Bound) -> Result<Bound> {
        let Some(v) = v else { return Ok(default) };
        match v.trim().to_ascii_lowercase().as_str() {
            "earliest" => Ok(Bound::Earliest),
            "latest" => Ok(Bound::Latest),
            _ => {
                let p: Positions = serde_json::from_str(v).map_err(|e| {
                    RunnelError::analysis_plain(format!(
                        "option '{option}' must be 'earliest', 'latest' or JSON like {{\"topicA\":{{\"0\":23,\"1\":-1}}}}, got {v:?}: {e}"
                    ))
                })?;
                Ok(Bound::Specific(p))
            }
        }
    }
}

/// A consumer plus the settings every read needs.
struct Client {
    /// Reads messages.
    consumer: BaseConsumer,
    /// Answers metadata and offset requests.
    meta: BaseConsumer,
    strategy: Strategy,
    timeout: Duration,
    /// The assignment kept from the last read, so that the next batch continues the
    /// client's fetches instead of starting them over.
    kept: RefCell<Option<Kept>>,
}

/// What the consumer was left doing after a read.
struct Kept {
    parts: Vec<(String, i32)>,
    /// Per partition, the offset after the last message polled.
    stream_next: HashMap<(String, i32), i64>,
    /// Messages polled past the end of the last batch, in order.
    pending: Vec<rdkafka::message::OwnedMessage>,
}

impl Client {
    fn new(options: &BTreeMap<String, String>, strategy: Strategy) -> Result<Self> {
        let consumer: BaseConsumer = client_config(options, true)?
            .create()
            .map_err(|e| kerr("cannot create a consumer", e))?;
        // Offsets and metadata are asked of a client of their own (Spark's driver-side
        // KafkaOffsetReader does the same): on the reading consumer's connections they would
        // queue behind its long-polling fetches (up to fetch.wait.max.ms each).
        let meta: BaseConsumer = client_config(options, true)?
            .create()
            .map_err(|e| kerr("cannot create a consumer", e))?;
        let timeout = options
            .get("kafkaconsumer.polltimeoutms")
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(120_000);
        Ok(Client {
            consumer,
            meta,
            strategy,
            timeout: Duration::from_millis(timeout),
            kept: RefCell::new(None),
        })
    }

    /// The partitions the strategy names now.
    fn partitions(&self) -> Result<Vec<(String, i32)>> {
        match &self.strategy {
            Strategy::Assign(tp) => Ok(tp.clone()),
            Strategy::Subscribe(topics) => {
                let mut out = Vec::new();
                for t in topics {
                    out.extend(self.topic_partitions(t)?);
                }
                Ok(out)
            }
            Strategy::Pattern(re) => {
                let md = self
                    .meta
                    .fetch_metadata(None, self.timeout)
                    .map_err(|e| kerr("cannot read the cluster's metadata", e))?;
                let mut out = Vec::new();
                for t in md.topics() {
                    if re.is_match(t.name()) && !t.name().starts_with("__") {
                        out.extend(
                            t.partitions()
                                .iter()
                                .map(|p| (t.name().to_string(), p.id())),
                        );
                    }
                }
                out.sort();
                Ok(out)
            }
        }
    }

    fn topic_partitions(&self, topic: &str) -> Result<Vec<(String, i32)>> {
        let md = self
            .meta
            .fetch_metadata(Some(topic), self.timeout)
            .map_err(|e| kerr(&format!("cannot read the metadata of topic {topic}"), e))?;
        let mut out = Vec::new();
        for t in md.topics() {
            if t.error().is_some() {
                continue; // not created yet: no partitions
            }
            out.extend(
                t.partitions()
                    .iter()
                    .map(|p| (t.name().to_string(), p.id())),
            );
        }
        out.sort();
        Ok(out)
    }

    fn watermarks(&self, topic: &str, partition: i32) -> Result<(i64, i64)> {
        self.meta
            .fetch_watermarks(topic, partition, self.timeout)
            .map_err(|e| {
                kerr(
                    &format!("cannot read the offsets of {topic}-{partition}"),
                    e,
                )
            })
    }

    /// The earliest (`end` false) or latest offsets of `parts`, in one request (Spark's
    /// beginningOffsets / endOffsets).
    fn offsets(&self, parts: &[(String, i32)], end: bool) -> Result<Positions> {
        let mut out = Positions::new();
        if parts.is_empty() {
            return Ok(out);
        }
        let mut tpl = TopicPartitionList::new();
        let which = if end {
            KOffset::End
        } else {
            KOffset::Beginning
        };
        for (t, p) in parts {
            tpl.add_partition_offset(t, *p, which)
                .map_err(|e| kerr("cannot list a partition", e))?;
        }
        let got = self
            .meta
            .offsets_for_times(tpl, self.timeout)
            .map_err(|e| kerr("cannot read the partitions' offsets", e))?;
        for e in got.elements() {
            let o = match e.offset().to_raw() {
                Some(o) if o >= 0 => o,
                _ => {
                    // Not answered in the batch: ask for this partition alone.
                    let (lo, hi) = self.watermarks(e.topic(), e.partition())?;
                    if end { hi } else { lo }
                }
            };
            out.entry(e.topic().to_string())
                .or_default()
                .insert(e.partition(), o);
        }
        Ok(out)
    }

    /// Resolves a bound to offsets for `parts`.
    fn resolve(&self, bound: &Bound, parts: &[(String, i32)], start: bool) -> Result<Positions> {
        let mut out = Positions::new();
        let los = self.offsets(parts, false)?;
        let his = self.offsets(parts, true)?;
        for (t, p) in parts {
            let (lo, hi) = (at(&los, t, *p), at(&his, t, *p));
            let v = match bound {
                Bound::Earliest => lo,
                Bound::Latest => hi,
                Bound::Specific(m) => match m.get(t).and_then(|ps| ps.get(p)) {
                    Some(-2) => lo,
                    Some(-1) => hi,
                    Some(o) => *o,
                    None if start => lo,
                    None => hi,
                },
            };
            out.entry(t.clone()).or_default().insert(*p, v);
        }
        Ok(out)
    }

    /// Reads `[from, until)` of every range, all partitions at once; `each` gets the
    /// range's index and the message, in offset order within a partition.
    fn read(
        &self,
        ranges: &[(String, i32, i64, i64)],
        mut each: impl FnMut(usize, &rdkafka::message::OwnedMessage) -> Result<()>,
    ) -> Result<()> {
        let mut next: Vec<i64> = ranges.iter().map(|r| r.2).collect();
        let mut open: Vec<usize> = (0..ranges.len())
            .filter(|&i| ranges[i].2 < ranges[i].3)
            .collect();
        if open.is_empty() {
            return Ok(());
        }
        let mut parts: Vec<(String, i32)> = ranges.iter().map(|r| (r.0.clone(), r.1)).collect();
        parts.sort();
        // Continue the kept assignment when every range starts where it can be served
        // (from what was polled past the last batch, or from the stream's next offset).
        let kept = self.kept.borrow_mut().take();
        let (mut stream_next, pending) = match kept {
            Some(k)
                if k.parts == parts
                    && ranges.iter().all(|(t, p, from, _)| {
                        let sn = k.stream_next.get(&(t.clone(), *p)).copied().unwrap_or(-1);
                        let first = k
                            .pending
                            .iter()
                            .filter(|m| m.partition() == *p && m.topic() == t)
                            .map(|m| m.offset())
                            .next()
                            .unwrap_or(sn);
                        first <= *from && *from <= sn
                    }) =>
            {
                (k.stream_next, k.pending)
            }
            _ => {
                let mut tpl = TopicPartitionList::new();
                for (t, p, from, _) in ranges {
                    tpl.add_partition_offset(t, *p, KOffset::Offset(*from))
                        .map_err(|e| kerr("cannot assign a partition", e))?;
                }
                self.consumer
                    .assign(&tpl)
                    .map_err(|e| kerr("cannot assign the partitions to read", e))?;
                let sn = ranges
                    .iter()
                    .map(|(t, p, from, _)| ((t.clone(), *p), *from))
                    .collect();
                (sn, Vec::new())
            }
        };
        let mut new_pending = Vec::new();
        let find = |t: &str, p: i32| ranges.iter().position(|r| r.1 == p && r.0 == t);
        let mut take = |m: rdkafka::message::OwnedMessage,
                        open: &mut Vec<usize>,
                        next: &mut Vec<i64>,
                        new_pending: &mut Vec<rdkafka::message::OwnedMessage>|
         -> Result<()> {
            let Some(i) = find(m.topic(), m.partition()) else {
                return Ok(());
            };
            let until = ranges[i].3;
            if m.offset() < next[i] {
                return Ok(());
            }
            if m.offset() < until {
                next[i] = m.offset() + 1;
                each(i, &m)?;
            } else {
                new_pending.push(m);
            }
            if next[i] >= until
                || new_pending
                    .last()
                    .is_some_and(|x| x.partition() == ranges[i].1 && x.topic() == ranges[i].0)
            {
                open.retain(|&j| j != i);
            }
            Ok(())
        };
        for m in pending {
            take(m, &mut open, &mut next, &mut new_pending)?;
        }
        let mut last_progress = Instant::now();
        while !open.is_empty() {
            match self.consumer.poll(Duration::from_millis(200)) {
                None => {
                    // Offsets may have gaps (compaction, transaction markers): the
                    // consumer's position tells when a range is done.
                    if let Ok(pos) = self.consumer.position() {
                        open.retain(|&i| {
                            let (t, p, _, until) = &ranges[i];
                            pos.find_partition(t, *p)
                                .and_then(|e| e.offset().to_raw())
                                .is_none_or(|o| o < *until)
                        });
                    }
                    if let Some(&i) = open.first()
                        && last_progress.elapsed() > self.timeout
                    {
                        let (t, p, _, until) = &ranges[i];
                        return Err(RunnelError::io(format!(
                            "Kafka: timed out reading {t}-{p}: got up to offset {}, expected until {until} (kafkaConsumer.pollTimeoutMs = {} ms)",
                            next[i],
                            self.timeout.as_millis()
                        )));
                    }
                }
                Some(Err(e)) => return Err(kerr("reading", e)),
                Some(Ok(m)) => {
                    last_progress = Instant::now();
                    stream_next.insert((m.topic().to_string(), m.partition()), m.offset() + 1);
                    take(m.detach(), &mut open, &mut next, &mut new_pending)?;
                }
            }
        }
        *self.kept.borrow_mut() = Some(Kept {
            parts,
            stream_next,
            pending: new_pending,
        });
        Ok(())
    }
}

/// Builds Kafka rows.
struct RowBuilder {
    key: BinaryBuilder,
    value: BinaryBuilder,
    topic: StringBuilder,
    partition: Int32Builder,
    offset: Int64Builder,
    timestamp: TimestampMicrosecondBuilder,
    ts_type: Int32Builder,
    headers: Option<ListBuilder<StructBuilder>>,
}

impl RowBuilder {
    fn new(include_headers: bool) -> Self {
        RowBuilder {
            key: BinaryBuilder::new(),
            value: BinaryBuilder::new(),
            topic: StringBuilder::new(),
            partition: Int32Builder::new(),
            offset: Int64Builder::new(),
            timestamp: TimestampMicrosecondBuilder::new().with_timezone("UTC"),
            ts_type: Int32Builder::new(),
            headers: include_headers.then(|| {
                ListBuilder::new(StructBuilder::from_fields(header_fields(), 0)).with_field(
                    Arc::new(Field::new(
                        "element",
                        DataType::Struct(header_fields()),
                        true,
                    )),
                )
            }),
        }
    }

    fn push(&mut self, m: &rdkafka::message::OwnedMessage) {
        self.key.append_option(m.key());
        self.value.append_option(m.payload());
        self.topic.append_value(m.topic());
        self.partition.append_value(m.partition());
        self.offset.append_value(m.offset());
        let (ts, kind) = match m.timestamp() {
            Timestamp::NotAvailable => (None, -1),
            Timestamp::CreateTime(t) => (Some(t), 0),
            Timestamp::LogAppendTime(t) => (Some(t), 1),
        };
        self.timestamp.append_option(ts.map(|t| t * 1000));
        self.ts_type.append_value(kind);
        if let Some(hb) = &mut self.headers {
            match m.headers() {
                None => hb.append(true),
                Some(hs) => {
                    for h in hs.iter() {
                        let sb = hb.values();
                        if let Some(k) = sb.field_builder::<StringBuilder>(0) {
                            k.append_value(h.key);
                        }
                        if let Some(v) = sb.field_builder::<BinaryBuilder>(1) {
                            v.append_option(h.value);
                        }
                        sb.append(true);
                    }
                    hb.append(true);
                }
            }
        }
    }

    fn finish(mut self, schema: &SchemaRef) -> Result<RecordBatch> {
        let mut cols: Vec<ArrayRef> = vec![
            Arc::new(self.key.finish()),
            Arc::new(self.value.finish()),
            Arc::new(self.topic.finish()),
            Arc::new(self.partition.finish()),
            Arc::new(self.offset.finish()),
            Arc::new(self.timestamp.finish()),
            Arc::new(self.ts_type.finish()),
        ];
        if let Some(mut h) = self.headers.take() {
            cols.push(Arc::new(h.finish()));
        }
        Ok(RecordBatch::try_new(schema.clone(), cols)?)
    }
}

/// The offset of `t`-`p` in `m` (0 when absent).
fn at(m: &Positions, t: &str, p: i32) -> i64 {
    m.get(t).and_then(|x| x.get(&p)).copied().unwrap_or(0)
}

fn positions_json(p: &Positions) -> Offset {
    let mut top = Map::new();
    for (t, parts) in p {
        let mut m = Map::new();
        for (part, off) in parts {
            m.insert(part.to_string(), json!(off));
        }
        top.insert(t.clone(), Value::Object(m));
    }
    Value::Object(top)
}

fn positions_of(v: &Offset, what: &str) -> Result<Positions> {
    serde_json::from_value(v.clone()).map_err(|e| {
        RunnelError::io(format!(
            "Kafka: {what} {v} is not a map of topic to partition offsets: {e}"
        ))
    })
}

/// A consumer's context that does not log the partition-EOF events `read_to_end` asks for
/// as errors (rdkafka's default logs every error event before handing it to `poll`).
struct EndIsNoError;

impl ClientContext for EndIsNoError {
    fn error(&self, error: KafkaError, reason: &str) {
        if !matches!(error, KafkaError::Global(RDKafkaErrorCode::PartitionEOF)) {
            tracing::error!("librdkafka: {error}: {reason}");
        }
    }
}

impl rdkafka::consumer::ConsumerContext for EndIsNoError {}

/// Reads every message of `topic` from `from` (partition, offset) until the broker has
/// nothing more for each partition (the partition-EOF event librdkafka raises when a fetch
/// reaches the high watermark of the fetch response), with a consumer of its own; returns
/// how many were read. Errors when no partition moves for `timeout`.
fn read_to_end(
    options: &BTreeMap<String, String>,
    topic: &str,
    from: &[(i32, i64)],
    timeout: Duration,
    mut each: impl FnMut(&rdkafka::message::BorrowedMessage<'_>),
) -> Result<usize> {
    if from.is_empty() {
        return Ok(0);
    }
    let consumer: BaseConsumer<EndIsNoError> = client_config(options, true)?
        .set("enable.partition.eof", "true")
        .create_with_context(EndIsNoError)
        .map_err(|e| kerr("cannot create a consumer", e))?;
    let mut tpl = TopicPartitionList::new();
    for (p, o) in from {
        tpl.add_partition_offset(topic, *p, KOffset::Offset(*o))
            .map_err(|e| kerr("cannot assign a partition", e))?;
    }
    consumer
        .assign(&tpl)
        .map_err(|e| kerr("cannot assign the partitions to read", e))?;
    let mut open: HashSet<i32> = from.iter().map(|(p, _)| *p).collect();
    let mut next: HashMap<i32, i64> = from.iter().copied().collect();
    let mut read = 0;
    let mut last_progress = Instant::now();
    while !open.is_empty() {
        match consumer.poll(Duration::from_millis(200)) {
            None => {
                if last_progress.elapsed() > timeout {
                    let p = open.iter().min().copied().unwrap_or_default();
                    let o = next.get(&p).copied().unwrap_or_default();
                    return Err(RunnelError::io(format!(
                        "Kafka: timed out reading {topic}-{p} to its end (no message and no end-of-partition from the broker): got up to offset {o} (kafkaConsumer.pollTimeoutMs = {} ms)",
                        timeout.as_millis()
                    )));
                }
            }
            Some(Err(KafkaError::PartitionEOF(p))) => {
                last_progress = Instant::now();
                open.remove(&p);
            }
            Some(Err(e)) => return Err(kerr(&format!("reading {topic}"), e)),
            Some(Ok(m)) => {
                last_progress = Instant::now();
                // A message at most once, should a broker hand a batch over twice.
                let next = next.entry(m.partition()).or_insert(0);
                if m.offset() < *next {
                    continue;
                }
                *next = m.offset() + 1;
                read += 1;
                each(&m);
            }
        }
    }
    Ok(read)
}

/// The streaming Kafka source.
pub struct KafkaSource {
    client: Client,
    schema: SchemaRef,
    include_headers: bool,
    starting: Bound,
    max_per_trigger: Option<i64>,
    fail_on_data_loss: bool,
    /// Offsets the first batch starts from, fixed once (and kept in the checkpoint).
    initial: Option<Positions>,
    log: Option<(CheckpointRef, String)>,
    /// The newest offsets seen by the last `latest_offset`, before `maxOffsetsPerTrigger`
    /// (what Spark's `reportLatestOffset` gives the progress report).
    newest: Option<Offset>,
}

impl KafkaSource {
    fn initial_offsets(&mut self) -> Result<Positions> {
        if let Some(p) = &self.initial {
            return Ok(p.clone());
        }
        let path = self.log.as_ref().map(|(_, d)| format!("{d}/0"));
        if let (Some((store, _)), Some(path)) = (&self.log, &path)
            && let Some(bytes) = store.read(path)?
        {
            // Spark's layout: a 0 byte, "v1\n", then the offsets' JSON.
            let text = String::from_utf8_lossy(&bytes);
            let body = text.trim_start_matches('\0');
            let json = body.split_once('\n').map(|(_, j)| j).unwrap_or(body);
            let v: Value = serde_json::from_str(json.trim()).map_err(|e| {
                RunnelError::io(format!(
                    "{} is not a Kafka initial offsets file: {e}",
                    store.describe(path)
                ))
            })?;
            let p = positions_of(&v, "the initial offsets")?;
            self.initial = Some(p.clone());
            return Ok(p);
        }
        let parts = self.client.partitions()?;
        let p = self.client.resolve(&self.starting, &parts, true)?;
        if let (Some((store, _)), Some(path)) = (&self.log, &path) {
            let mut data = vec![0u8];
            data.extend_from_slice(b"v1\n");
            data.extend_from_slice(positions_json(&p).to_string().as_bytes());
            store.write(path, &data)?;
        }
        self.initial = Some(p.clone());
        Ok(p)
    }

    /// Spark's `reportDataLoss`: the query fails with `KAFKA_DATA_LOSS.<sub>`, or with
    /// `failOnDataLoss` false a warning and the batch goes on without that range.
    fn data_loss(&self, sub: &str, reason: String) -> Result<()> {
        if self.fail_on_data_loss {
            return Err(RunnelError::execution(
                &format!("KAFKA_DATA_LOSS.{sub}"),
                format!(
                    "Some data may have been lost because they are not available in Kafka any more; either the data was aged out by Kafka or the topic may have been deleted before all the data in the topic was processed. If you don't want your streaming query to fail on such cases, set the source option failOnDataLoss to false.\nReason: {reason}"
                ),
            ));
        }
        tracing::warn!(
            "{reason} Some data may have been lost because they are not available in Kafka any more; either the data was aged out by Kafka or the topic may have been deleted before all the data in the topic was processed. If you want your streaming query to fail on such cases, set the source option failOnDataLoss to true."
        );
        Ok(())
    }

    /// Spark's rate limit: `limit` offsets spread over partitions by their backlog.
    fn rate_limit(limit: i64, from: &Positions, until: &Positions) -> Positions {
        let mut sizes = Vec::new();
        for (t, ps) in until {
            for (p, end) in ps {
                let begin = from.get(t).and_then(|m| m.get(p)).copied().unwrap_or(0);
                if end - begin > 0 {
                    sizes.push((t.clone(), *p, end - begin));
                }
            }
        }
        let total: f64 = sizes.iter().map(|s| s.2 as f64).sum();
        if total < 1.0 {
            return until.clone();
        }
        let mut out = until.clone();
        for (t, p, size) in sizes {
            let begin = from.get(&t).and_then(|m| m.get(&p)).copied().unwrap_or(0);
            let prorate = limit as f64 * (size as f64 / total);
            let n = if prorate < 1.0 {
                prorate.ceil()
            } else {
                prorate.floor()
            } as i64;
            let end = until[&t][&p];
            out.entry(t)
                .or_default()
                .insert(p, end.min(begin.saturating_add(n)));
        }
        out
    }
}

impl Source for KafkaSource {
    fn continuous_read(&self) -> runnel_core::io::source::ContinuousRead {
        // Spark reads this source continuously too.
        runnel_core::io::source::ContinuousRead::Supported
    }
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>> {
        let initial = self.initial_offsets()?;
        let from = match start {
            Some(s) => positions_of(s, "the offset")?,
            None => initial.clone(),
        };
        let parts = self.client.partitions()?;
        let his = self.client.offsets(&parts, true)?;
        let new_parts: Vec<(String, i32)> = parts
            .iter()
            .filter(|(t, p)| !from.get(t).is_some_and(|m| m.contains_key(p)))
            .cloned()
            .collect();
        // A partition that appeared after the start is read from its beginning.
        let los = self.client.offsets(&new_parts, false)?;
        let mut latest = Positions::new();
        let mut from_all = from.clone();
        for (t, p) in &parts {
            if !from.get(t).is_some_and(|m| m.contains_key(p)) {
                from_all
                    .entry(t.clone())
                    .or_default()
                    .insert(*p, at(&los, t, *p));
            }
            // Below the start when the topic was deleted and created again (or the
            // broker lost its log): Spark's batch then reports the data loss
            // (get_batch), and without failOnDataLoss goes on from the new end.
            latest
                .entry(t.clone())
                .or_default()
                .insert(*p, at(&his, t, *p));
        }
        // Partitions known before but gone now (a deleted topic) are left out, as in
        // Spark: the batch reports them deleted (get_batch), even when none is left.
        if latest.is_empty() && from.values().any(|m| !m.is_empty()) {
            return Ok(Some(positions_json(&latest)));
        }
        self.newest = (!latest.is_empty()).then(|| positions_json(&latest));
        let end = match self.max_per_trigger {
            Some(limit) => Self::rate_limit(limit, &from_all, &latest),
            None => latest,
        };
        if end.is_empty() {
            return Ok(None);
        }
        Ok(Some(positions_json(&end)))
    }

    fn reported_latest_offset(&self, _end: Option<&Offset>) -> Option<Offset> {
        self.newest.clone()
    }

    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let from = match start {
            Some(s) => positions_of(s, "the start offset")?,
            None => self.initial_offsets()?,
        };
        let until = positions_of(end, "the end offset")?;
        let mut ranges = Vec::new();
        let parts: Vec<(String, i32)> = until
            .iter()
            .flat_map(|(t, ps)| ps.keys().map(move |p| (t.clone(), *p)))
            .collect();
        let los = self.client.offsets(&parts, false)?;
        let gone: Vec<String> = from
            .iter()
            .flat_map(|(t, ps)| ps.keys().map(move |p| (t, *p)))
            .filter(|(t, p)| !until.get(*t).is_some_and(|m| m.contains_key(p)))
            .map(|(t, p)| format!("{t}-{p}"))
            .collect();
        if !gone.is_empty() {
            self.data_loss(
                "PARTITIONS_DELETED",
                format!("Partitions Set({}) have been deleted.", gone.join(", ")),
            )?;
        }
        for (t, ps) in &until {
            for (p, u) in ps {
                let lo = at(&los, t, *p);
                let known = from.get(t).and_then(|m| m.get(p)).copied();
                if known.is_none() && lo != 0 {
                    self.data_loss(
                        "ADDED_PARTITION_DOES_NOT_START_FROM_OFFSET_ZERO",
                        format!("Added partition {t}-{p} starts from {lo} instead of 0."),
                    )?;
                }
                let mut f = known.unwrap_or(lo);
                if *u < f {
                    self.data_loss(
                        "PARTITION_OFFSET_CHANGED",
                        format!("Partition {t}-{p} offset was changed from {f} to {u}. This could either be a user error that the start offset is set too high and this is the first batch, or the kafka topic-partition is broken, and some data may have been missed."),
                    )?;
                    // Without failOnDataLoss the range is skipped: the next batch starts
                    // at the partition's new end.
                    continue;
                }
                if f < lo {
                    if self.fail_on_data_loss {
                        return Err(RunnelError::execution(
                            "KAFKA_DATA_LOSS.START_OFFSET_RESET",
                            format!(
                                "Some data may have been lost because they are not available in Kafka any more; either the data was aged out by Kafka or the topic may have been deleted before all the data in the topic was processed. Starting offset for {t}-{p} was {f} but the earliest available offset is {lo}. If you want your streaming query to continue in that case, set the source option failOnDataLoss to false."
                            ),
                        ));
                    }
                    f = lo;
                }
                ranges.push((t.clone(), *p, f, *u));
            }
        }
        let mut rows: Vec<RowBuilder> = ranges
            .iter()
            .map(|_| RowBuilder::new(self.include_headers))
            .collect();
        self.client.read(&ranges, |i, m| {
            rows[i].push(m);
            Ok(())
        })?;
        rows.into_iter().map(|r| r.finish(&self.schema)).collect()
    }

    fn attach_log(&mut self, store: CheckpointRef, dir: &str) -> Result<()> {
        self.log = Some((store, dir.to_string()));
        Ok(())
    }

    fn description(&self) -> String {
        format!("KafkaV2[{}]", self.client.strategy.describe())
    }
}

fn flag(options: &BTreeMap<String, String>, key: &str, default: bool) -> bool {
    options
        .get(key)
        .map(|v| v.eq_ignore_ascii_case("true"))
        .unwrap_or(default)
}

/// Session settings `runnel.kafka.<client setting>` (e.g. `--conf` on the command line)
/// apply to every Kafka source and sink of the session, over the script's options:
/// `runnel.kafka.bootstrap.servers` points a course script that says `localhost:9092`
/// at a test broker without changing it.
fn with_broker(
    session: &runnel_core::SparkSession,
    options: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut o = options.clone();
    for (k, v) in session.conf_all() {
        if let Some(setting) = k.strip_prefix("runnel.kafka.") {
            o.insert(format!("kafka.{setting}"), v);
        }
    }
    o
}

fn refuse_user_schema(req: &SourceRequest) -> Result<()> {
    if req.schema.is_some() {
        return Err(RunnelError::analysis(
            "_LEGACY_ERROR_TEMP_1189",
            "kafka does not allow user-specified schemas. Remove .schema(...): Kafka rows always have key, value, topic, partition, offset, timestamp and timestampType; parse value with from_json.",
        ));
    }
    Ok(())
}

impl DataSourceProvider for KafkaProvider {
    fn formats(&self) -> Vec<&'static str> {
        vec!["kafka"]
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        refuse_user_schema(req)?;
        let o = &with_broker(req.session, req.options);
        if o.contains_key("endingoffsets") {
            return Err(RunnelError::analysis_plain(
                "Ending offset not valid in streaming queries: remove the option 'endingOffsets' (it is for batch reads with spark.read).",
            ));
        }
        let strategy = Strategy::from_options(o)?;
        let include_headers = flag(o, "includeheaders", false);
        let max_per_trigger = match o.get("maxoffsetspertrigger") {
            Some(v) => Some(v.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                RunnelError::analysis_plain(format!(
                    "option 'maxOffsetsPerTrigger' must be a positive number, got {v:?}"
                ))
            })?),
            None => None,
        };
        Ok(Rc::new(RefCell::new(KafkaSource {
            client: Client::new(o, strategy)?,
            schema: kafka_schema(include_headers),
            include_headers,
            starting: Bound::parse("startingOffsets", o.get("startingoffsets"), Bound::Latest)?,
            max_per_trigger,
            fail_on_data_loss: flag(o, "failondataloss", true),
            initial: None,
            log: None,
            newest: None,
        })))
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        refuse_user_schema(req)?;
        let o = &with_broker(req.session, req.options);
        let include_headers = flag(o, "includeheaders", false);
        let starting = Bound::parse("startingOffsets", o.get("startingoffsets"), Bound::Earliest)?;
        let ending = Bound::parse("endingOffsets", o.get("endingoffsets"), Bound::Latest)?;
        if matches!(starting, Bound::Latest) {
            return Err(RunnelError::analysis_plain(
                "starting offset can't be latest for batch queries on Kafka: use 'earliest' or per-partition offsets.",
            ));
        }
        if matches!(ending, Bound::Earliest) {
            return Err(RunnelError::analysis_plain(
                "ending offset can't be earliest for batch queries on Kafka: use 'latest' or per-partition offsets.",
            ));
        }
        let client = Client::new(o, Strategy::from_options(o)?)?;
        let parts = client.partitions()?;
        let from = client.resolve(&starting, &parts, true)?;
        let until = client.resolve(&ending, &parts, false)?;
        let ranges: Vec<(String, i32, i64, i64)> = parts
            .iter()
            .map(|(t, p)| (t.clone(), *p, from[t][p], until[t][p]))
            .collect();
        let schema = kafka_schema(include_headers);
        let mut rows: Vec<RowBuilder> = ranges
            .iter()
            .map(|_| RowBuilder::new(include_headers))
            .collect();
        client.read(&ranges, |i, m| {
            rows[i].push(m);
            Ok(())
        })?;
        let batches = rows
            .into_iter()
            .map(|r| r.finish(&schema))
            .collect::<Result<Vec<_>>>()?;
        Ok((schema, batches))
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        if req.mode == OutputMode::Complete {
            tracing::info!("Kafka sink in complete mode writes every result row each batch");
        }
        Ok(Rc::new(RefCell::new(KafkaSink::new(req)?)))
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        _save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        let mut sink = KafkaSink::new(req)?;
        for b in batches {
            sink.write(b, None)?;
        }
        Ok(())
    }
}

/// Records delivery failures reported by librdkafka.
#[derive(Default)]
struct DeliveryLog {
    failures: Mutex<Vec<String>>,
}

impl ClientContext for DeliveryLog {}

impl ProducerContext for DeliveryLog {
    type DeliveryOpaque = ();
    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        if let Err((e, m)) = result
            && let Ok(mut f) = self.failures.lock()
        {
            f.push(format!("{}-{}: {e}", m.topic(), m.partition()));
        }
    }
}

/// Which input columns the sink reads.
struct SinkColumns {
    topic: Option<usize>,
    key: Option<usize>,
    value: usize,
    partition: Option<usize>,
    headers: Option<usize>,
}

impl SinkColumns {
    fn new(schema: &Schema, topic_option: bool) -> Result<Self> {
        let find = |n: &str| schema.fields().iter().position(|f| f.name() == n);
        let value = find("value").ok_or_else(|| {
            RunnelError::analysis_plain(
                "Required attribute 'value' not found: the Kafka sink writes the column `value` (string or binary); select one, e.g. to_json(struct(...)).alias(\"value\").",
            )
        })?;
        let bytes_like = |i: usize, name: &str| -> Result<()> {
            match schema.field(i).data_type() {
                DataType::Utf8 | DataType::Binary => Ok(()),
                other => Err(RunnelError::analysis_plain(format!(
                    "{name} attribute type must be a string or binary, not {}: cast it with .cast(\"string\").",
                    types::simple_string(other)
                ))),
            }
        };
        bytes_like(value, "value")?;
        let key = find("key");
        if let Some(k) = key {
            bytes_like(k, "key")?;
        }
        let topic = find("topic");
        if let Some(t) = topic {
            if schema.field(t).data_type() != &DataType::Utf8 {
                return Err(RunnelError::analysis_plain(
                    "topic attribute type must be a string: cast it with .cast(\"string\").",
                ));
            }
        } else if !topic_option {
            return Err(RunnelError::analysis_plain(
                "topic option required when no 'topic' attribute is present. Use the topic option for setting a topic.",
            ));
        }
        let partition = find("partition");
        if let Some(p) = partition
            && schema.field(p).data_type() != &DataType::Int32
        {
            return Err(RunnelError::analysis_plain(
                "partition attribute type must be an int: cast it with .cast(\"int\").",
            ));
        }
        let headers = find("headers");
        if let Some(h) = headers
            && schema.field(h).data_type() != &header_type()
        {
            return Err(RunnelError::analysis_plain(
                "headers attribute type must be array<struct<key:string,value:binary>>.",
            ));
        }
        Ok(SinkColumns {
            topic,
            key,
            value,
            partition,
            headers,
        })
    }
}

/// One output message.
struct OutMessage<'a> {
    topic: String,
    key: Option<&'a [u8]>,
    value: Option<&'a [u8]>,
    partition: Option<i32>,
    headers: Vec<(String, Option<Vec<u8>>)>,
}

fn bytes_at(a: &dyn Array, i: usize) -> Option<&[u8]> {
    if a.is_null(i) {
        return None;
    }
    match a.data_type() {
        DataType::Utf8 => Some(a.as_string::<i32>().value(i).as_bytes()),
        DataType::Binary => Some(a.as_binary::<i32>().value(i)),
        _ => None,
    }
}

/// The streaming and batch Kafka sink.
pub struct KafkaSink {
    producer: BaseProducer<DeliveryLog>,
    options: BTreeMap<String, String>,
    topic: Option<String>,
    query_id: String,
    log: Option<(CheckpointRef, String)>,
    last_epoch: Option<i64>,
    flush_timeout: Duration,
    /// Test hook (`RUNNEL_KAFKA_SINK_ABORT_AT=<epoch>:<messages>`, epoch -1 for the first
    /// that has more): the process aborts once that many messages of the epoch are in the
    /// topic, before the commit log, as a crash in the middle of writing an epoch would.
    abort_at: Option<(i64, usize)>,
}

impl KafkaSink {
    fn new(req: &SinkRequest) -> Result<Self> {
        let options = with_broker(req.session, req.options);
        let topic = options.get("topic").cloned();
        SinkColumns::new(&req.schema, topic.is_some())?;
        let producer = client_config(&options, false)?
            .create_with_context(DeliveryLog::default())
            .map_err(|e| kerr("cannot create a producer", e))?;
        Ok(KafkaSink {
            producer,
            options,
            topic,
            query_id: req.query_id.clone(),
            log: None,
            last_epoch: None,
            flush_timeout: Duration::from_secs(120),
            abort_at: std::env::var("RUNNEL_KAFKA_SINK_ABORT_AT")
                .ok()
                .and_then(|v| {
                    let (e, n) = v.split_once(':')?;
                    Some((e.parse().ok()?, n.parse().ok()?))
                }),
        })
    }

    fn messages<'a>(&self, batch: &'a RecordBatch) -> Result<Vec<OutMessage<'a>>> {
        let cols = SinkColumns::new(&batch.schema(), self.topic.is_some())?;
        let n = batch.num_rows();
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let topic = match cols.topic.map(|c| batch.column(c)) {
                Some(t) if !t.is_null(i) => t.as_string::<i32>().value(i).to_string(),
                _ => match &self.topic {
                    Some(t) => t.clone(),
                    None => {
                        return Err(RunnelError::execution_plain(format!(
                            "row {i} has a null topic and no topic option is set: give the sink .option(\"topic\", ...) or fill the topic column"
                        )));
                    }
                },
            };
            let headers = match cols.headers.map(|c| batch.column(c)) {
                Some(h) if !h.is_null(i) => {
                    let l = h.as_list::<i32>().value(i);
                    let s = l.as_struct();
                    let k = s.column(0).as_string::<i32>();
                    let v = s.column(1).as_binary::<i32>();
                    (0..s.len())
                        .map(|j| {
                            (
                                k.value(j).to_string(),
                                (!v.is_null(j)).then(|| v.value(j).to_vec()),
                            )
                        })
                        .collect()
                }
                _ => Vec::new(),
            };
            out.push(OutMessage {
                topic,
                key: cols.key.and_then(|c| bytes_at(batch.column(c).as_ref(), i)),
                value: bytes_at(batch.column(cols.value).as_ref(), i),
                partition: cols
                    .partition
                    .map(|c| batch.column(c))
                    .filter(|p| !p.is_null(i))
                    .map(|p| p.as_primitive::<arrow_array::types::Int32Type>().value(i)),
                headers,
            });
        }
        Ok(out)
    }

    /// End offsets of every partition of `topics` now.
    fn end_offsets(&self, topics: &HashSet<String>) -> Result<Positions> {
        let client = Client::new(
            &self.options,
            Strategy::Subscribe(topics.iter().cloned().collect()),
        )?;
        let parts = client.partitions()?;
        client.resolve(&Bound::Latest, &parts, false)
    }

    /// What `epoch` already wrote after `start`: content → count.
    ///
    /// Each partition is read from its start offset until the broker has nothing more
    /// (librdkafka's partition-EOF event: a fetch at the fetch response's high watermark),
    /// not until the end offset ListOffsets reports: tansu 0.6 answers that with the base
    /// offset of the partition's last record batch + 1, so a replay that stopped there
    /// missed what a multi-message produce request had written and wrote it again (the
    /// duplicates of issue #19).
    fn already_written(
        &self,
        epoch: i64,
        topics: &HashSet<String>,
        start: &Positions,
    ) -> Result<Written> {
        let client = Client::new(
            &self.options,
            Strategy::Subscribe(topics.iter().cloned().collect()),
        )?;
        let parts = client.partitions()?;
        let los = client.offsets(&parts, false)?;
        let epoch_s = epoch.to_string();
        let mut seen = HashMap::new();
        let mut topics: Vec<&String> = topics.iter().collect();
        topics.sort();
        for topic in topics {
            let from: Vec<(i32, i64)> = parts
                .iter()
                .filter(|(t, _)| t == topic)
                .map(|(t, p)| {
                    let lo = at(&los, t, *p);
                    // One before the recorded start: where tansu's ListOffsets put it (the
                    // last batch's base + 1), a fetch from inside a record batch returns
                    // nothing, not even the partition's end; its base offset works. On
                    // other brokers this only reads one message more.
                    let from = start.get(t).and_then(|m| m.get(p)).map_or(lo, |o| o - 1);
                    (*p, from.max(lo))
                })
                .collect();
            let read = read_to_end(&self.options, topic, &from, client.timeout, |m| {
                let Some(hs) = m.headers() else { return };
                let mut q = false;
                let mut e = false;
                for h in hs.iter() {
                    match h.key {
                        HEADER_QUERY => q = h.value == Some(self.query_id.as_bytes()),
                        HEADER_EPOCH => e = h.value == Some(epoch_s.as_bytes()),
                        _ => {}
                    }
                }
                if q && e {
                    *seen
                        .entry((
                            m.topic().to_string(),
                            m.key().map(<[u8]>::to_vec),
                            m.payload().map(<[u8]>::to_vec),
                        ))
                        .or_insert(0) += 1;
                }
            })?;
            tracing::debug!(
                "Kafka sink: epoch {epoch} replayed; read {read} message(s) of {topic} from {from:?} to the end"
            );
        }
        Ok(seen)
    }

    /// Writes the batch; with `epoch`, the messages carry the exactly-once headers and
    /// an epoch replayed after a crash writes only what it had not written.
    fn write(&mut self, batch: &RecordBatch, epoch: Option<i64>) -> Result<()> {
        let msgs = self.messages(batch)?;
        let mut skip: Written = HashMap::new();
        if let (Some(epoch), Some((store, dir))) = (epoch, &self.log) {
            let topics: HashSet<String> = msgs.iter().map(|m| m.topic.clone()).collect();
            let path = format!("{dir}/{epoch}");
            match store.read(&path)? {
                Some(bytes) => {
                    let v: Value = serde_json::from_slice(&bytes).map_err(|e| {
                        RunnelError::io(format!(
                            "{} is not a Kafka sink record: {e}",
                            store.describe(&path)
                        ))
                    })?;
                    let start = positions_of(&v, "the sink's start offsets")?;
                    skip = self.already_written(epoch, &topics, &start)?;
                    let n: usize = skip.values().sum();
                    if n > 0 {
                        tracing::info!(
                            "Kafka sink: epoch {epoch} replayed; {n} of its {} messages were already written",
                            msgs.len()
                        );
                    }
                }
                None => {
                    let start = self.end_offsets(&topics)?;
                    store.write(&path, positions_json(&start).to_string().as_bytes())?;
                    if epoch >= 100 {
                        store.delete(&format!("{dir}/{}", epoch - 100))?;
                    }
                }
            }
        }
        let epoch_s = epoch.map(|e| e.to_string());
        let mut sent = 0usize;
        for (seq, m) in msgs.iter().enumerate() {
            if let (Some(e), Some((ae, an))) = (epoch, self.abort_at)
                && (e == ae || ae < 0)
                && sent == an
            {
                let _ = self.producer.flush(self.flush_timeout);
                eprintln!("RUNNEL_KAFKA_SINK_ABORT_AT: aborting in epoch {e} after {an} messages");
                std::process::abort();
            }
            if !skip.is_empty() {
                let k = (
                    m.topic.clone(),
                    m.key.map(<[u8]>::to_vec),
                    m.value.map(<[u8]>::to_vec),
                );
                if let Some(c) = skip.get_mut(&k)
                    && *c > 0
                {
                    *c -= 1;
                    continue;
                }
            }
            let mut headers = OwnedHeaders::new();
            for (k, v) in &m.headers {
                headers = headers.insert(Header {
                    key: k,
                    value: v.as_deref(),
                });
            }
            if let Some(e) = &epoch_s {
                let seq = seq.to_string();
                headers = headers
                    .insert(Header {
                        key: HEADER_QUERY,
                        value: Some(self.query_id.as_bytes()),
                    })
                    .insert(Header {
                        key: HEADER_EPOCH,
                        value: Some(e.as_bytes()),
                    })
                    .insert(Header {
                        key: HEADER_SEQ,
                        value: Some(seq.as_bytes()),
                    });
            }
            let mut rec: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(&m.topic).headers(headers);
            if let Some(k) = m.key {
                rec = rec.key(k);
            }
            if let Some(v) = m.value {
                rec = rec.payload(v);
            }
            if let Some(p) = m.partition {
                rec = rec.partition(p);
            }
            loop {
                match self.producer.send(rec) {
                    Ok(()) => break,
                    Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), r)) => {
                        rec = r;
                        self.producer.poll(Duration::from_millis(50));
                    }
                    Err((e, _)) => return Err(kerr(&format!("cannot send to {}", m.topic), e)),
                }
            }
            sent += 1;
        }
        self.producer
            .flush(self.flush_timeout)
            .map_err(|e| kerr("cannot flush the producer", e))?;
        let failures = self
            .producer
            .context()
            .failures
            .lock()
            .map(|mut f| std::mem::take(&mut *f))
            .unwrap_or_default();
        if let Some(first) = failures.first() {
            return Err(RunnelError::io(format!(
                "Kafka: {} message(s) of batch {} were not delivered (first: {first}); the batch will be retried on restart",
                failures.len(),
                epoch
                    .map(|e| e.to_string())
                    .unwrap_or_else(|| "write".into())
            )));
        }
        Ok(())
    }
}

impl Sink for KafkaSink {
    fn add_batch(&mut self, epoch_id: i64, _schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        if self.last_epoch.is_some_and(|e| e >= epoch_id) {
            return Ok(());
        }
        self.write(batch, Some(epoch_id))?;
        self.last_epoch = Some(epoch_id);
        Ok(())
    }

    fn description(&self) -> String {
        format!(
            "KafkaTable[{}]",
            self.topic.clone().unwrap_or_else(|| "topic column".into())
        )
    }

    fn attach_log(&mut self, store: CheckpointRef, dir: &str, query_id: &str) -> Result<()> {
        self.log = Some((store, dir.to_string()));
        self.query_id = query_id.to_string();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(v: &[(&str, i32, i64)]) -> Positions {
        let mut p = Positions::new();
        for (t, part, o) in v {
            p.entry(t.to_string()).or_default().insert(*part, *o);
        }
        p
    }

    #[test]
    fn rate_limit_prorates_like_spark() {
        let from = pos(&[("t", 0, 0), ("t", 1, 0), ("t", 2, 10)]);
        let until = pos(&[("t", 0, 90), ("t", 1, 9), ("t", 2, 11)]);
        let out = KafkaSource::rate_limit(10, &from, &until);
        // sizes 90, 9, 1 of 100: 9, floor(0.9)→ceil 1, ceil(0.1) = 1
        assert_eq!(out, pos(&[("t", 0, 9), ("t", 1, 1), ("t", 2, 11)]));
    }

    #[test]
    fn offsets_round_trip_in_spark_json() {
        let p = pos(&[("events", 0, 5), ("events", 1, 3)]);
        let j = positions_json(&p);
        assert_eq!(j.to_string(), r#"{"events":{"0":5,"1":3}}"#);
        assert_eq!(positions_of(&j, "x").unwrap(), p);
    }

    #[test]
    fn options_are_checked_before_connecting() {
        let mut o = BTreeMap::new();
        o.insert(
            "kafka.bootstrap.servers".to_string(),
            "127.0.0.1:1".to_string(),
        );
        let e = Strategy::from_options(&o).unwrap_err().to_string();
        assert!(
            e.contains("One of the following options must be specified"),
            "{e}"
        );
        o.insert("subscribe".into(), "a".into());
        o.insert("assign".into(), "{}".into());
        let e = Strategy::from_options(&o).unwrap_err().to_string();
        assert!(e.contains("Only one of"), "{e}");
        o.insert("kafka.auto.offset.reset".into(), "earliest".into());
        let e = client_config(&o, true)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("startingOffsets"), "{e}");
    }
}
