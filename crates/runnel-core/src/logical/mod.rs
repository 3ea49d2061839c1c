//! The DataFrame API and the logical plan it builds.

pub mod catalog;
pub mod dataframe;
pub mod lineage;
pub mod na;
pub mod plan;
pub mod readwrite;
pub mod reshape;
pub mod sample;
pub mod sql;
pub mod stat;

pub use dataframe::{DataFrame, GroupedData};
