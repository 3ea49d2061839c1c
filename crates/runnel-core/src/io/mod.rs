//! Sources and sinks: the traits of the design, and the ones that need no file
//! system (memory, rate, console, memory sink, foreachBatch), plus the JSON
//! decoder and the file-stream source logic shared by the native and browser builds.

pub mod console;
pub mod csv;
pub mod file;
pub mod file_sink;
pub mod fs;
pub mod ipc;
pub mod json;
pub mod json_write;
pub mod memory;
pub mod partition;
pub mod rate;
pub mod sink;
pub mod source;
pub mod state_source;
pub mod xml;

pub use sink::{Sink, SinkRef};

/// Where printed text goes (`show()`, the console sink): stdout natively, a callback in JS.
pub type OutputFn = std::rc::Rc<std::cell::RefCell<Box<dyn FnMut(&str)>>>;
/// Milliseconds since the epoch (the browser and tests bring their own clock).
pub type ClockFn = std::rc::Rc<dyn Fn() -> i64>;
pub use source::{Offset, Source, SourceRef};

/// The text source's schema: one string column, `value`.
pub fn file_text_schema() -> arrow_schema::SchemaRef {
    std::sync::Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new(
        "value",
        arrow_schema::DataType::Utf8,
        true,
    )]))
}
