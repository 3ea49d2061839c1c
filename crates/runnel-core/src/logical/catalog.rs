//! Managed tables, as Spark's session catalog keeps them without Hive
//! (`spark.sql.catalogImplementation=in-memory`, PySpark's default): `saveAsTable`,
//! `writeStream.toTable`, `spark.table` / `spark.read.table`, `spark.readStream.table`,
//! `DROP TABLE`, `CREATE TABLE`, `spark.catalog.tableExists` / `listTables`.
//!
//! A table's rows live under the warehouse directory (`spark.sql.warehouse.dir`,
//! `spark-warehouse` by default), in the folder of its lower-case name, in its format
//! (`spark.sql.sources.default`, Parquet, or the writer's `format(...)`); they are read
//! and written through the session's file system and its data source providers, so
//! the core touches no disk: natively runnel-connectors' local file system and Delta
//! provider hold them, in the browser the page's in-memory files. The catalog itself
//! (name → format, location, schema) lives as long as the session, as Spark's does: a
//! new session finds the folder of an earlier one's table in the way
//! (`LOCATION_ALREADY_EXISTS`) until it is removed.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use arrow_schema::{DataType, Schema, SchemaRef};

use super::dataframe::DataFrame;
use super::readwrite::SchemaSpec;
use crate::error::{Result, RunnelError};
use crate::expr::Expr;
use crate::query::StreamingQuery;
use crate::session::SparkSession;

/// A managed table: where its rows are, in which format, with which columns.
#[derive(Debug, Clone)]
pub struct CatalogTable {
    /// The table's name, lower case, without `spark_catalog.default.`.
    pub name: String,
    /// Its format (`parquet`, `json`, `csv`, `text`, `delta`).
    pub format: String,
    /// Its folder (under the warehouse directory).
    pub location: String,
    /// Its columns (all nullable, as Spark stores them), its partition columns last.
    pub schema: SchemaRef,
    /// Its partition columns (`partitionBy`, `PARTITIONED BY`): folders `col=value/`.
    pub partition_by: Vec<String>,
}

/// The managed tables of one or more sessions, by lower-case name.
pub type Tables = Rc<RefCell<BTreeMap<String, CatalogTable>>>;

/// One entry of `spark.catalog.listTables()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableListing {
    /// Name.
    pub name: String,
    /// `MANAGED` or `TEMPORARY`.
    pub table_type: &'static str,
    /// A temp view (or memory-sink table) rather than a catalog table.
    pub is_temporary: bool,
}

/// Formats a managed table can be kept in.
const TABLE_FORMATS: [&str; 5] = ["parquet", "json", "csv", "text", "delta"];

/// `` `spark_catalog`.`default`.`t` ``, as Spark names a table in its messages.
fn qualified(name: &str) -> String {
    format!("`spark_catalog`.`default`.`{name}`")
}

/// The table a name refers to (`t`, `default.t`, `spark_catalog.default.t`, with or
/// without backticks), lower case as Spark's case-insensitive catalog keeps it.
pub fn table_key(name: &str) -> Result<String> {
    let parts: Vec<String> = name
        .split('.')
        .map(|p| p.trim().trim_matches('`').to_ascii_lowercase())
        .collect();
    let (schema, table) = match parts.as_slice() {
        [t] => (None, t),
        [s, t] => (Some(s.as_str()), t),
        [c, s, t] if c == "spark_catalog" => (Some(s.as_str()), t),
        _ => {
            return Err(RunnelError::analysis(
                "REQUIRES_SINGLE_PART_NAMESPACE",
                format!(
                    "{name}: Runnel's session catalog has the one schema `default`; name a table `t` or `default.t`."
                ),
            ));
        }
    };
    if let Some(s) = schema
        && s != "default"
    {
        return Err(RunnelError::analysis(
            "SCHEMA_NOT_FOUND",
            format!(
                "The schema `spark_catalog`.`{s}` cannot be found. Runnel's session catalog has the one schema `default`: name the table `{table}` or `default.{table}`."
            ),
        ));
    }
    if table.is_empty() || table.contains('/') {
        return Err(RunnelError::parse(format!(
            "{name:?} is not a table name; use letters, digits and underscores"
        )));
    }
    Ok(table.clone())
}

/// A table's format as Spark's messages name its V2 source (`ParquetDataSourceV2`).
fn source_class(format: &str) -> String {
    match format {
        "csv" => "CSVDataSourceV2".into(),
        "delta" => "DeltaDataSource".into(),
        f => {
            let mut c = f.chars();
            let head: String = c
                .next()
                .map(|h| h.to_ascii_uppercase())
                .into_iter()
                .collect();
            format!("{head}{}DataSourceV2", c.as_str())
        }
    }
}

/// The error of `spark.table(name)` when nothing has that name.
/// A temp view's key: its name without backquotes, in lower case (views are
/// case-insensitive, as Spark's).
pub(crate) fn view_key(name: &str) -> String {
    name.trim_matches('`').to_ascii_lowercase()
}

pub(crate) fn table_not_found(name: &str) -> RunnelError {
    // Spark quotes each part of a multi-part name: `db`.`t`.
    let quoted = name
        .split('.')
        .map(|p| format!("`{}`", p.trim_matches('`')))
        .collect::<Vec<_>>()
        .join(".");
    RunnelError::analysis(
        "TABLE_OR_VIEW_NOT_FOUND",
        format!(
            "The table or view {quoted} cannot be found. Verify the spelling and correctness of the schema and catalog: create the table with saveAsTable/toTable, register a view with createOrReplaceTempView, or start the memory-sink query named `{name}` first."
        ),
    )
}

impl SparkSession {
    /// The session's table catalog.
    fn tables(&self) -> Tables {
        self.0.tables.borrow().clone()
    }

    /// Makes this session see `other`'s tables (and `other` this one's from now on), as
    /// the sessions of one Spark application share their catalog; temp views stay each
    /// session's own.
    pub fn share_catalog_of(&self, other: &SparkSession) {
        *self.0.tables.borrow_mut() = other.tables();
    }

    /// `spark.sql.warehouse.dir` (a `file:` prefix left out), `spark-warehouse` unless set.
    pub fn warehouse_dir(&self) -> String {
        let d = self
            .conf_get("spark.sql.warehouse.dir")
            .unwrap_or_else(|| "spark-warehouse".into());
        let d = d
            .strip_prefix("file://")
            .or_else(|| d.strip_prefix("file:"))
            .unwrap_or(&d);
        self.resolve_path(d.trim_end_matches('/'))
    }

    /// The managed table of that name, if the catalog has one.
    pub fn catalog_table(&self, name: &str) -> Option<CatalogTable> {
        let key = table_key(name).ok()?;
        self.tables().borrow().get(&key).cloned()
    }

    /// `CREATE TABLE`: a managed table of `format` with these columns, in an empty folder
    /// of the warehouse. `Ok(None)` when it exists and `if_not_exists` says to leave it.
    pub fn create_table(
        &self,
        name: &str,
        format: &str,
        schema: SchemaRef,
        partition_by: &[String],
        if_not_exists: bool,
    ) -> Result<Option<CatalogTable>> {
        let key = table_key(name)?;
        let (schema, partition_by) = partitioned_schema(&key, &schema, partition_by)?;
        let format = format.to_ascii_lowercase();
        if self.tables().borrow().contains_key(&key) {
            if if_not_exists {
                return Ok(None);
            }
            return Err(RunnelError::analysis(
                "TABLE_OR_VIEW_ALREADY_EXISTS",
                format!(
                    "Cannot create table or view {} because it already exists. Choose a different name, drop or replace the existing object, add the IF NOT EXISTS clause to tolerate pre-existing objects, or write with mode(\"append\") or mode(\"overwrite\").",
                    qualified(&key)
                ),
            ));
        }
        if !TABLE_FORMATS.contains(&format.as_str()) {
            return Err(RunnelError::not_supported(format!(
                "a table in format {format:?}: Runnel keeps managed tables in {}; pick one of them with format(...) or USING",
                TABLE_FORMATS.join(", ")
            )));
        }
        if self.provider(&format).is_none() {
            return Err(RunnelError::analysis(
                "DATA_SOURCE_NOT_FOUND",
                format!(
                    "Failed to find the data source: {format}. This session has no writer of {format} files for a table; runnel submit, runnel connect and the npm package have one for each of {}.",
                    TABLE_FORMATS.join(", ")
                ),
            ));
        }
        let location = format!("{}/{key}", self.warehouse_dir());
        let fs = self.file_system();
        if fs.exists(&location)? && !fs.list(&location, true)?.is_empty() {
            return Err(RunnelError::execution(
                "LOCATION_ALREADY_EXISTS",
                format!(
                    "Cannot name the managed table as {}, as its associated location '{}{location}' already exists. Please pick a different table name, or remove the existing location first (a table's folder outlives the session that made it, as in Spark without Hive).",
                    qualified(&key),
                    if location.starts_with('/') { "file:" } else { "" }
                ),
            )
            .with_exception("SparkRuntimeException"));
        }
        fs.create_dir_all(&location)?;
        let schema = Arc::new(Schema::new(
            schema
                .fields()
                .iter()
                .map(|f| f.as_ref().clone().with_nullable(true))
                .collect::<Vec<_>>(),
        ));
        let t = CatalogTable {
            name: key.clone(),
            format,
            location,
            schema,
            partition_by,
        };
        if t.format == "delta" {
            // A Delta table is its log: an empty table is a first commit with the schema.
            self.write_table(&t, "append", &[], &BTreeMap::new())?;
        }
        self.tables().borrow_mut().insert(key, t.clone());
        Ok(Some(t))
    }

    /// `DROP TABLE [IF EXISTS] name` (a temp view of that name goes first, as in Spark):
    /// the catalog forgets the table and its folder is deleted.
    pub fn drop_table(&self, name: &str, if_exists: bool) -> Result<()> {
        if self.drop_view(name, true)? {
            return Ok(());
        }
        let key = table_key(name)?;
        if self.forget_table(&key)? || if_exists {
            return Ok(());
        }
        Err(RunnelError::analysis(
            "TABLE_OR_VIEW_NOT_FOUND",
            format!(
                "The table or view {} cannot be found. Verify the spelling and correctness of the schema and catalog. To tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.",
                qualified(&key)
            ),
        ))
    }

    /// Removes a table from the catalog and deletes its folder; false if there was none.
    fn forget_table(&self, key: &str) -> Result<bool> {
        let Some(t) = self.tables().borrow_mut().remove(key) else {
            return Ok(false);
        };
        self.file_system().remove_dir_all(&t.location)?;
        Ok(true)
    }

    /// `DROP VIEW [IF EXISTS] name`: a temp view (or memory-sink table).
    pub fn drop_view(&self, name: &str, if_exists: bool) -> Result<bool> {
        let key = view_key(name);
        let dropped = self.0.views.borrow_mut().remove(&key).is_some()
            || self.0.memory_tables.borrow_mut().remove(&key).is_some();
        if !dropped && !if_exists {
            return Err(RunnelError::analysis(
                "TABLE_OR_VIEW_NOT_FOUND",
                format!(
                    "The table or view `{key}` cannot be found. Verify the spelling. To tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS."
                ),
            ));
        }
        Ok(dropped)
    }

    /// `spark.catalog.tableExists(name)`: a temp view or a table.
    pub fn table_exists(&self, name: &str) -> bool {
        self.temp_view(name).is_some() || self.catalog_table(name).is_some()
    }

    /// `spark.catalog.listTables()`: the tables by name, then the temp views by name.
    pub fn list_tables(&self) -> Vec<TableListing> {
        let mut out: Vec<TableListing> = self
            .tables()
            .borrow()
            .keys()
            .map(|n| TableListing {
                name: n.clone(),
                table_type: "MANAGED",
                is_temporary: false,
            })
            .collect();
        let mut temps: Vec<String> = self
            .0
            .views
            .borrow()
            .keys()
            .chain(self.0.memory_tables.borrow().keys())
            .cloned()
            .collect();
        temps.sort();
        temps.dedup();
        out.extend(temps.into_iter().map(|name| TableListing {
            name,
            table_type: "TEMPORARY",
            is_temporary: true,
        }));
        out
    }

    /// A table's rows now (`spark.table`, `spark.read.table`).
    pub(crate) fn read_table(&self, t: &CatalogTable) -> Result<DataFrame> {
        let df = self.read_table_rows(t)?;
        self.0
            .table_reads
            .borrow_mut()
            .push((df.plan.id, t.name.clone()));
        Ok(df)
    }

    fn read_table_rows(&self, t: &CatalogTable) -> Result<DataFrame> {
        let fs = self.file_system();
        let has_rows = t.format == "delta"
            || fs.list(&t.location, true)?.iter().any(|f| {
                let n = f.path.rsplit('/').next().unwrap_or("");
                !n.starts_with('.') && !n.starts_with('_')
            });
        if !has_rows {
            return Ok(self.create_data_frame_from_batches(t.schema.clone(), vec![]));
        }
        let mut rd = self.read().format(&t.format);
        if t.format != "delta" {
            rd = rd.schema(SchemaSpec::Schema(t.schema.clone()))?;
        }
        rd.load(Some(&t.location))
    }

    /// `spark.readStream.table(name)`: a temp view as it is (a batch view reads as a
    /// batch DataFrame, as in Spark), a table as a stream of the files (or Delta
    /// commits) written to it.
    pub fn read_stream_table(
        &self,
        name: &str,
        options: &BTreeMap<String, String>,
    ) -> Result<DataFrame> {
        if let Some(view) = self.temp_view(name) {
            return Ok(view);
        }
        let t = self
            .catalog_table(name)
            .ok_or_else(|| table_not_found(name))?;
        let mut rd = self.read_stream().format(&t.format);
        for (k, v) in options {
            rd = rd.option(k, v);
        }
        if t.format != "delta" {
            rd = rd.schema(SchemaSpec::Schema(t.schema.clone()))?;
        }
        rd.load(Some(&t.location))
    }

    /// Writes rows into a table's folder through its format's provider.
    fn write_table(
        &self,
        t: &CatalogTable,
        save_mode: &str,
        batches: &[arrow_array::RecordBatch],
        options: &BTreeMap<String, String>,
    ) -> Result<()> {
        let df = self.create_data_frame_from_batches(t.schema.clone(), batches.to_vec());
        let mut options = options.clone();
        options.remove("__partition_by");
        if !t.partition_by.is_empty() {
            options.insert("__partition_by".into(), t.partition_by.join(","));
        }
        super::readwrite::save_batch(&df, &t.format, &options, Some(&t.location), save_mode)
    }
}

/// The partition columns a write names (`partitionBy`), as the writer's options carry them.
fn partition_option(options: &BTreeMap<String, String>) -> Vec<String> {
    options
        .get("__partition_by")
        .map(|p| {
            p.split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// A new table's columns with its partition columns moved last (in `partition_by`'s
/// order, named as the columns are), as Spark's catalog keeps them; Spark's errors for a
/// partition column the table lacks or for every column a partition column.
fn partitioned_schema(
    key: &str,
    schema: &SchemaRef,
    partition_by: &[String],
) -> Result<(SchemaRef, Vec<String>)> {
    if partition_by.is_empty() {
        return Ok((schema.clone(), Vec::new()));
    }
    let mut parts = Vec::new();
    for p in partition_by {
        let Some(f) = schema
            .fields()
            .iter()
            .find(|f| f.name().eq_ignore_ascii_case(p))
        else {
            return Err(RunnelError::analysis(
                "COLUMN_NOT_DEFINED_IN_TABLE",
                format!(
                    "partition column `{p}` is not defined in table {}, defined table columns are: {}. Partition by columns of the DataFrame.",
                    qualified(key),
                    schema
                        .fields()
                        .iter()
                        .map(|f| format!("`{}`", f.name()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        };
        parts.push(f.clone());
    }
    if parts.len() == schema.fields().len() {
        return Err(RunnelError::analysis(
            "ALL_PARTITION_COLUMNS_NOT_ALLOWED",
            "Cannot use all columns for partition columns. Leave at least one column out of partitionBy.",
        ));
    }
    let mut fields: Vec<arrow_schema::FieldRef> = schema
        .fields()
        .iter()
        .filter(|f| !parts.iter().any(|p| p.name() == f.name()))
        .cloned()
        .collect();
    let names = parts.iter().map(|p| p.name().clone()).collect();
    fields.extend(parts);
    Ok((Arc::new(Schema::new(fields)), names))
}

/// Spark's `_LEGACY_ERROR_TEMP_1163`: an append must name the table's partitioning.
fn check_partitioning(t: &CatalogTable, options: &BTreeMap<String, String>) -> Result<()> {
    let given = partition_option(options);
    let same = given.len() == t.partition_by.len()
        && given
            .iter()
            .zip(&t.partition_by)
            .all(|(a, b)| a.eq_ignore_ascii_case(b));
    if same {
        return Ok(());
    }
    Err(RunnelError::analysis(
        "_LEGACY_ERROR_TEMP_1163",
        format!(
            "Specified partitioning does not match that of the existing table spark_catalog.default.{}.\nSpecified partition columns: [{}].\nExisting partition columns: [{}]. Write with partitionBy({}).",
            t.name,
            given.join(", "),
            t.partition_by.join(", "),
            t.partition_by
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    ))
}

/// `df.write.format(f).mode(m).saveAsTable(name)`, with Spark's modes: `errorifexists`
/// (the default) refuses an existing table, `ignore` leaves it, `append` adds the rows
/// (columns matched by name; the format must be the table's), `overwrite` replaces the
/// table (its format and columns too).
pub fn save_as_table(
    df: &DataFrame,
    name: &str,
    format: Option<&str>,
    save_mode: &str,
    options: &BTreeMap<String, String>,
) -> Result<()> {
    let session = df.session.clone();
    if df.is_streaming() {
        return Err(RunnelError::analysis(
            "WRITE_STREAM_NOT_ALLOWED",
            "'write' can not be called on streaming Dataset/DataFrame. Use writeStream.toTable(...) instead.",
        ));
    }
    let partition_by = partition_option(options);
    let format = format
        .map(str::to_ascii_lowercase)
        .unwrap_or_else(|| session.default_source());
    let mode = save_mode.to_ascii_lowercase();
    let key = table_key(name)?;
    let existing = session.catalog_table(&key);
    let t = match (existing, mode.as_str()) {
        (Some(_), "ignore") => return Ok(()),
        (Some(t), "append") => {
            check_partitioning(&t, options)?;
            if t.format != format {
                return Err(RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_1159",
                    format!(
                        "The format of the existing table spark_catalog.default.{key} is `{}`. It doesn't match the specified format `{}`. Write with format(\"{}\"), or mode(\"overwrite\") to replace the table.",
                        source_class(&t.format),
                        source_class(&format),
                        t.format
                    ),
                ));
            }
            let input = df.columns();
            if input.len() != t.schema.fields().len() {
                return Err(RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_1161",
                    format!(
                        "The column number of the existing table spark_catalog.default.{key}({}) doesn't match the data schema({}). Give the DataFrame the table's columns, or write with mode(\"overwrite\").",
                        struct_string(&t.schema),
                        struct_string(&df.schema())
                    ),
                ));
            }
            let cols = t
                .schema
                .fields()
                .iter()
                .map(|f| {
                    input
                        .iter()
                        .find(|c| c.eq_ignore_ascii_case(f.name()))
                        .map(|c| Expr::Column(format!("`{}`", c.replace('`', "``"))))
                        .ok_or_else(|| {
                            RunnelError::analysis(
                                "_LEGACY_ERROR_TEMP_1162",
                                format!(
                                    "Cannot resolve '{}' given input columns: [{}]. Give the DataFrame the table's columns ({}).",
                                    f.name(),
                                    input.join(", "),
                                    t.schema.fields().iter().map(|f| f.name().as_str()).collect::<Vec<_>>().join(", ")
                                ),
                            )
                        })
                })
                .collect::<Result<Vec<_>>>()?;
            let df = df.select(cols)?;
            check_store_assignment(&df.schema(), &t)?;
            let rows = df
                .collect()?
                .iter()
                .map(|b| store_assign(b, &t))
                .collect::<Result<Vec<_>>>()?;
            return session.write_table(&t, "append", &rows, options);
        }
        (Some(_), "overwrite") => {
            refuse_overwrite_of_read_table(df, &key)?;
            session.forget_table(&key)?;
            session.create_table(&key, &format, df.schema(), &partition_by, false)?
        }
        _ => session.create_table(&key, &format, df.schema(), &partition_by, false)?,
    };
    let Some(t) = t else { return Ok(()) };
    let rows = df.collect()?;
    let rows = rows
        .iter()
        .map(|b| conform_to(b, &t.schema))
        .collect::<Result<Vec<_>>>()?;
    let written = session.write_table(&t, "append", &rows, options);
    if written.is_err() {
        // A table whose first write failed is not left behind half made.
        let _ = session.forget_table(&key);
    }
    written
}

/// `df.write.insertInto(name, overwrite)`: the DataFrame's columns by position into the
/// table's (not by name, as Spark's), cast by the ANSI store assignment; `overwrite`
/// replaces the table's rows.
pub fn insert_into(
    df: &DataFrame,
    name: &str,
    overwrite: bool,
    options: &BTreeMap<String, String>,
) -> Result<()> {
    let session = df.session.clone();
    if options.contains_key("__partition_by") {
        return Err(RunnelError::analysis(
            "PARTITION_BY_NOT_ALLOWED_WITH_INSERT_INTO",
            "insertInto() can't be used together with partitionBy(). Partition columns have already been defined for the table. It is not necessary to use partitionBy().",
        ));
    }
    if df.is_streaming() {
        return Err(RunnelError::analysis(
            "WRITE_STREAM_NOT_ALLOWED",
            "'write' can not be called on streaming Dataset/DataFrame. Use writeStream.toTable(...) instead.",
        ));
    }
    let t = session
        .catalog_table(name)
        .ok_or_else(|| table_not_found(name))?;
    let input = df.columns();
    let (have, want) = (input.len(), t.schema.fields().len());
    if have != want {
        let names = |v: Vec<&str>| {
            v.iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(RunnelError::analysis(
            if have < want {
                "INSERT_COLUMN_ARITY_MISMATCH.NOT_ENOUGH_DATA_COLUMNS"
            } else {
                "INSERT_COLUMN_ARITY_MISMATCH.TOO_MANY_DATA_COLUMNS"
            },
            format!(
                "Cannot write to {}, the reason is {} data columns:\nTable columns: {}.\nData columns: {}. Give the DataFrame the table's {want} columns, in the table's order.",
                qualified(&t.name),
                if have < want {
                    "not enough"
                } else {
                    "too many"
                },
                names(
                    t.schema
                        .fields()
                        .iter()
                        .map(|f| f.name().as_str())
                        .collect()
                ),
                names(input.iter().map(String::as_str).collect()),
            ),
        ));
    }
    let cols = input
        .iter()
        .zip(t.schema.fields())
        .map(|(c, f)| Expr::Column(format!("`{}`", c.replace('`', "``"))).alias(f.name()))
        .collect::<Vec<_>>();
    let df = df.select(cols)?;
    check_store_assignment(&df.schema(), &t)?;
    if overwrite {
        refuse_overwrite_of_read_table(&df, &t.name)?;
    }
    let rows = df
        .collect()?
        .iter()
        .map(|b| store_assign(b, &t))
        .collect::<Result<Vec<_>>>()?;
    let mode = if overwrite { "overwrite" } else { "append" };
    session.write_table(&t, mode, &rows, options)
}

/// `df.writeStream...toTable(name)`: the table is made (from the stream's columns, in
/// the writer's format) if the catalog has none, and the query writes its folder.
pub fn to_table(writer: super::readwrite::DataStreamWriter, name: &str) -> Result<StreamingQuery> {
    let session = writer.session();
    let format = writer.format_name().to_string();
    let partition_by = partition_option(writer.options());
    let mut writer = writer;
    let t = match session.catalog_table(name) {
        Some(t) => {
            // A stream into a partitioned table writes its partition folders.
            if partition_by.is_empty() && !t.partition_by.is_empty() {
                writer = writer.option("__partition_by", &t.partition_by.join(","));
            } else {
                check_partitioning(&t, writer.options())?;
            }
            if t.format != format {
                return Err(RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_1192",
                    format!(
                        "The input source({format}) is different from the table {name}'s data source provider({}). Write with format(\"{}\") (or leave format out for a {} table).",
                        t.format, t.format, t.format
                    ),
                ));
            }
            t
        }
        None => {
            if !TABLE_FORMATS.contains(&format.as_str()) {
                return Err(RunnelError::not_supported(format!(
                    "toTable() with format({format:?}): Runnel keeps managed tables in {}; leave format(...) out (spark.sql.sources.default, Parquet) or pick one of those",
                    TABLE_FORMATS.join(", ")
                )));
            }
            session
                .create_table(name, &format, writer.stream_schema(), &partition_by, false)?
                .ok_or_else(|| RunnelError::internal("a new table was not made"))?
        }
    };
    writer.start(Some(&t.location))
}

/// `struct<a:int,b:string>`.
fn struct_string(schema: &SchemaRef) -> String {
    crate::types::simple_string(&arrow_schema::DataType::Struct(schema.fields().clone()))
}

/// Spark's UNSUPPORTED_OVERWRITE.TABLE: `df.write.mode("overwrite").saveAsTable(t)`
/// where `df` reads `t` (the table would be gone before its rows are read).
fn refuse_overwrite_of_read_table(df: &DataFrame, key: &str) -> Result<()> {
    let reads = df.session.0.table_reads.borrow();
    let mut found = false;
    df.plan.visit_up(&mut |p| {
        found |= reads.iter().any(|(id, k)| *id == p.id && k == key);
    });
    if found {
        return Err(RunnelError::analysis(
            "UNSUPPORTED_OVERWRITE.TABLE",
            format!(
                "Can't overwrite the target that is also being read from. The target table is `spark_catalog`.`default`.`{key}`. Write the result to another table first (or collect it and write that DataFrame), then replace this one."
            ),
        ));
    }
    Ok(())
}

/// Spark's `Cast.canANSIStoreAssign`: the types a column of `from` may be written into a
/// table column of `to` under `spark.sql.storeAssignmentPolicy=ANSI` (the default).
pub(crate) fn can_ansi_store_assign(from: &DataType, to: &DataType) -> bool {
    use DataType as T;
    let numeric = |t: &DataType| t.is_numeric();
    match (from, to) {
        _ if from == to => true,
        (T::Null, _) => true,
        (a, b) if numeric(a) && numeric(b) => true,
        (a, T::Utf8) => !matches!(a, T::List(_) | T::Map(..) | T::Struct(_)),
        (T::Date32, T::Timestamp(..)) | (T::Timestamp(..), T::Date32) => true,
        (T::Timestamp(..), T::Timestamp(..)) => true,
        (T::List(a), T::List(b)) => can_ansi_store_assign(a.data_type(), b.data_type()),
        (T::Map(a, _), T::Map(b, _)) => can_ansi_store_assign(a.data_type(), b.data_type()),
        (T::Struct(a), T::Struct(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b.iter())
                    .all(|(x, y)| can_ansi_store_assign(x.data_type(), y.data_type()))
        }
        _ => false,
    }
}

/// Refuses, before any row moves, a column the table's type cannot take
/// (INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST), as Spark's analysis does.
fn check_store_assignment(input: &SchemaRef, t: &CatalogTable) -> Result<()> {
    for (f, to) in input.fields().iter().zip(t.schema.fields()) {
        if !can_ansi_store_assign(f.data_type(), to.data_type()) {
            return Err(RunnelError::analysis(
                "INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST",
                format!(
                    "Cannot write incompatible data for the table `spark_catalog`.`default`.`{}`: Cannot safely cast `{}` \"{}\" to \"{}\". Cast the column to {} yourself (try_cast gives NULL for values that do not fit), or write it to a table with a matching column.",
                    t.name,
                    to.name(),
                    crate::types::sql_name(f.data_type()),
                    crate::types::sql_name(to.data_type()),
                    crate::types::sql_name(to.data_type()),
                ),
            ));
        }
    }
    Ok(())
}

/// Rows cast to the table's columns with Spark's ANSI store assignment: a value that does
/// not fit is CAST_OVERFLOW_IN_TABLE_INSERT, naming the column.
fn store_assign(
    b: &arrow_array::RecordBatch,
    t: &CatalogTable,
) -> Result<arrow_array::RecordBatch> {
    let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(b.num_rows()));
    let cols = b
        .columns()
        .iter()
        .zip(t.schema.fields())
        .map(|(c, f)| {
            crate::expr::cast::cast_array(c, f.data_type(), false).map_err(|e| {
                if e.condition.as_deref() == Some("CAST_OVERFLOW") {
                    RunnelError::execution(
                        "CAST_OVERFLOW_IN_TABLE_INSERT",
                        format!(
                            "Fail to assign a value of \"{}\" type to the \"{}\" type column or variable `{}` due to an overflow. Use `try_cast` on the input value to tolerate overflow and return NULL instead.",
                            crate::types::sql_name(c.data_type()),
                            crate::types::sql_name(f.data_type()),
                            f.name()
                        ),
                    )
                    .with_exception("ArithmeticException")
                } else {
                    e
                }
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(arrow_array::RecordBatch::try_new_with_options(
        t.schema.clone(),
        cols,
        &opts,
    )?)
}

/// Rows cast to the table's (nullable) columns.
fn conform_to(
    b: &arrow_array::RecordBatch,
    schema: &SchemaRef,
) -> Result<arrow_array::RecordBatch> {
    let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(b.num_rows()));
    // Columns by name (a partitioned table keeps its partition columns last).
    let cols = schema
        .fields()
        .iter()
        .map(|f| {
            let c = b.column_by_name(f.name()).ok_or_else(|| {
                RunnelError::internal(format!("a written row has no column {}", f.name()))
            })?;
            if c.data_type() == f.data_type() {
                Ok(c.clone())
            } else {
                arrow_cast::cast(c, f.data_type()).map_err(RunnelError::from)
            }
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(arrow_array::RecordBatch::try_new_with_options(
        schema.clone(),
        cols,
        &opts,
    )?)
}
