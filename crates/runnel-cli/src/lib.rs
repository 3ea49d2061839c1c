//! The `runnel` command's pieces: the driver that runs a script's queries on
//! their triggers, and the Spark oracle case runner used by `runnel oracle-check`
//! and by the conformance test.

pub mod driver;
pub mod oracle;
