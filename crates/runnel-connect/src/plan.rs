//! Spark Connect plans to Runnel DataFrames: each `Relation` becomes the DataFrame call
//! PySpark's classic API would make (names and types resolve eagerly, so an unknown
//! column fails here with Spark's condition), each `Expression` a `runnel_core::expr::Expr`
//! that the engine binds against its input, functions by name through Runnel's registry.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use runnel_core::expr::sql::{parse_expression, parse_select_item};
use runnel_core::expr::{BinaryOp, Expr, LikeKind, col, func};
use runnel_core::logical::dataframe::JoinOn;
use runnel_core::logical::readwrite::SchemaSpec;
use runnel_core::scalar::ScalarValue;
use runnel_core::{DataFrame, Result, RunnelError, SparkSession};
use spark_connect_proto as pb;
use spark_connect_proto::expression::ExprType;
use spark_connect_proto::relation::RelType;

use crate::error::unsupported;

/// Turns relations and expressions into DataFrames and Exprs in one session.
pub struct Planner<'a> {
    spark: &'a SparkSession,
    /// The plan ids of the relations converted so far, in order (a join tells its
    /// sides' ids apart by where they fall).
    seen: RefCell<Vec<i64>>,
    /// Plan ids whose columns a join qualified (`df1.id == df2.id`): references to them
    /// above the join name the column with the qualifier, as Spark resolves them by plan id.
    qualified: RefCell<HashMap<i64, String>>,
    /// The schema of each relation converted so far, by plan id: `df.col` resolves as
    /// `df` has the column (a time column read before `withWatermark` has no mark).
    schemas: RefCell<HashMap<i64, SchemaRef>>,
    /// WithRelations' references (`df.scalar()`, `df.exists()`), by plan id.
    references: RefCell<HashMap<i64, DataFrame>>,
}

fn required<'b, T>(v: Option<&'b T>, what: &str) -> Result<&'b T> {
    v.ok_or_else(|| {
        RunnelError::analysis(
            "CONNECT_INVALID_PLAN.MISSING_FIELD",
            format!("the plan lacks {what}"),
        )
    })
}

impl<'a> Planner<'a> {
    /// A planner for `spark`.
    pub fn new(spark: &'a SparkSession) -> Self {
        Planner {
            spark,
            seen: RefCell::new(Vec::new()),
            qualified: RefCell::new(HashMap::new()),
            schemas: RefCell::new(HashMap::new()),
            references: RefCell::new(HashMap::new()),
        }
    }

    fn input(&self, rel: Option<&pb::Relation>) -> Result<DataFrame> {
        self.relation(required(rel, "the input relation")?)
    }

    /// A relation as a DataFrame.
    pub fn relation(&self, rel: &pb::Relation) -> Result<DataFrame> {
        let plan_id = rel.common.as_ref().and_then(|c| c.plan_id);
        if let Some(id) = plan_id {
            self.seen.borrow_mut().push(id);
        }
        let df = self.relation_of(rel)?;
        if let Some(id) = plan_id {
            self.schemas.borrow_mut().insert(id, df.schema());
        }
        Ok(df)
    }

    /// A DataFrame of one row with one DOUBLE column `name` (a statistic's answer).
    fn one_double(&self, name: &str, v: f64) -> Result<DataFrame> {
        let schema =
            std::sync::Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new(
                name,
                arrow_schema::DataType::Float64,
                false,
            )]));
        self.spark
            .create_data_frame(&[vec![ScalarValue::Float64(v)]], schema)
    }

    fn relation_of(&self, rel: &pb::Relation) -> Result<DataFrame> {
        let kind = required(rel.rel_type.as_ref(), "a relation type")?;
        Ok(match kind {
            RelType::Read(r) => self.read(r)?,
            RelType::Project(p) => {
                let df = match p.input.as_deref() {
                    Some(i) => self.relation(i)?,
                    // `select` without FROM: one row of no columns.
                    None => self
                        .spark
                        .create_data_frame(&[vec![]], Arc::new(Schema::empty()))?,
                };
                let exprs = self.exprs(&p.expressions)?;
                df.select(exprs)?
            }
            RelType::Unpivot(u) => {
                let df = self.input(u.input.as_deref())?;
                let ids = self.exprs(&u.ids)?;
                let values = match &u.values {
                    Some(v) => Some(self.exprs(&v.values)?),
                    None => None,
                };
                df.unpivot_columns(&ids, values, &u.variable_column_name, &u.value_column_name)?
            }
            // DataFrame subqueries: the referenced plans first, then the root that reads
            // them in its SubqueryExpressions.
            RelType::WithRelations(w) => {
                for r in &w.references {
                    let id = r.common.as_ref().and_then(|c| c.plan_id).ok_or_else(|| {
                        RunnelError::analysis_plain("a WithRelations reference without a plan id")
                    })?;
                    let df = self.relation(r)?;
                    self.references.borrow_mut().insert(id, df);
                }
                self.input(w.root.as_deref())?
            }
            RelType::Filter(f) => {
                let df = self.input(f.input.as_deref())?;
                let cond = required(f.condition.as_ref(), "the filter condition")?;
                df.filter(self.expr(cond)?)?
            }
            RelType::WithColumns(w) => {
                let mut df = self.input(w.input.as_deref())?;
                for a in &w.aliases {
                    let name = a
                        .name
                        .first()
                        .ok_or_else(|| unsupported("an alias without name"))?;
                    let e = self.expr(required(a.expr.as_deref(), "the column")?)?;
                    // withMetadata: the column itself, with metadata (JSON text).
                    if let Some(md) = &a.metadata {
                        let json: serde_json::Value = serde_json::from_str(md).map_err(|e| {
                            unsupported(format!("withMetadata with metadata that is not JSON ({e})"))
                        })?;
                        if !matches!(e.clone().strip_alias(), Expr::Column(ref c) if c.trim_matches('`') == name.as_str()) {
                            df = df.with_column(name, e)?;
                        }
                        df = df.with_metadata(name, &json)?;
                        continue;
                    }
                    df = df.with_column(name, e)?;
                }
                df
            }
            RelType::WithColumnsRenamed(w) => {
                let mut df = self.input(w.input.as_deref())?;
                for r in &w.renames {
                    df = df.with_column_renamed(&r.col_name, &r.new_col_name)?;
                }
                #[allow(deprecated)]
                for (from, to) in &w.rename_columns_map {
                    df = df.with_column_renamed(from, to)?;
                }
                df
            }
            RelType::Drop(d) => {
                let df = self.input(d.input.as_deref())?;
                let mut names = d.column_names.clone();
                for c in &d.columns {
                    match &c.expr_type {
                        Some(ExprType::UnresolvedAttribute(a)) => {
                            names.push(a.unparsed_identifier.clone())
                        }
                        _ => {
                            return Err(unsupported("drop() of an expression other than a column"));
                        }
                    }
                }
                df.drop(&names)?
            }
            RelType::FillNa(f) => {
                use runnel_core::logical::na::{NaFill, fill};
                let df = self.input(f.input.as_deref())?;
                // PySpark sends ints as longs, floats as doubles (DataFrameNaFunctions.fill).
                let value = |l: &pb::expression::Literal| -> Result<ScalarValue> {
                    use pb::expression::literal::LiteralType as L;
                    Ok(match l.literal_type.as_ref() {
                        Some(L::Boolean(b)) => ScalarValue::Boolean(*b),
                        Some(L::Integer(v)) => ScalarValue::Int64(*v as i64),
                        Some(L::Long(v)) => ScalarValue::Int64(*v),
                        Some(L::Float(v)) => ScalarValue::Float64(*v as f64),
                        Some(L::Double(v)) => ScalarValue::Float64(*v),
                        Some(L::String(v)) => ScalarValue::Utf8(v.clone()),
                        _ => return Err(unsupported("fillna() with a value other than a bool, number or string")),
                    })
                };
                let values = f.values.iter().map(value).collect::<Result<Vec<_>>>()?;
                if values.len() == 1 && f.cols.len() != 1 {
                    let subset = (!f.cols.is_empty()).then(|| f.cols.clone());
                    fill(&df, &NaFill::Value(values[0].clone()), subset.as_deref())?
                } else if values.len() == f.cols.len() {
                    let per = f.cols.iter().cloned().zip(values).collect();
                    fill(&df, &NaFill::PerColumn(per), None)?
                } else {
                    return Err(unsupported("fillna() with values that do not match its columns"));
                }
            }
            RelType::DropNa(d) => {
                let df = self.input(d.input.as_deref())?;
                let subset = (!d.cols.is_empty()).then(|| d.cols.clone());
                runnel_core::logical::na::drop(
                    &df,
                    "any",
                    d.min_non_nulls.map(|n| n.max(0) as usize),
                    subset.as_deref(),
                )?
            }
            RelType::Aggregate(a) => self.aggregate(a)?,
            RelType::Deduplicate(d) => {
                let df = self.input(d.input.as_deref())?;
                let subset = if d.all_columns_as_keys.unwrap_or(false) || d.column_names.is_empty()
                {
                    None
                } else {
                    Some(d.column_names.clone())
                };
                df.drop_duplicates(subset, d.within_watermark.unwrap_or(false))?
            }
            RelType::WithWatermark(w) => self
                .input(w.input.as_deref())?
                .with_watermark(&w.event_time, &w.delay_threshold)?,
            RelType::Join(j) => self.join(j)?,
            RelType::Sort(s) => {
                let df = self.input(s.input.as_deref())?;
                let keys = s
                    .order
                    .iter()
                    .map(|o| self.sort_order(o))
                    .collect::<Result<Vec<_>>>()?;
                df.order_by(keys)?
            }
            RelType::Limit(l) => self.input(l.input.as_deref())?.limit(l.limit as i64)?,
            RelType::Tail(t) => self.input(t.input.as_deref())?.tail(t.limit as i64)?,
            // A lateral join whose right side reads none of the left's columns: a join.
            RelType::LateralJoin(l) => {
                use pb::join::JoinType;
                let how = match l.join_type() {
                    JoinType::Inner | JoinType::Unspecified => "inner",
                    JoinType::LeftOuter => "left_outer",
                    JoinType::Cross => "cross",
                    JoinType::FullOuter => "full_outer",
                    JoinType::RightOuter => "right_outer",
                    JoinType::LeftAnti => "left_anti",
                    JoinType::LeftSemi => "left_semi",
                };
                if !matches!(how, "inner" | "left_outer" | "cross") {
                    return Err(RunnelError::analysis(
                        "UNSUPPORTED_JOIN_TYPE",
                        format!(
                            "Unsupported join type '{how}'. Supported join types include: 'inner', 'leftouter', 'left', 'left_outer', 'cross'."
                        ),
                    ));
                }
                let j = pb::Join {
                    left: l.left.clone(),
                    right: l.right.clone(),
                    join_condition: l.join_condition.clone(),
                    join_type: l.join_type,
                    ..Default::default()
                };
                self.join(&j)?
            }
            RelType::Transpose(t) => {
                let df = self.input(t.input.as_deref())?;
                let index = match t.index_columns.first() {
                    None => None,
                    Some(e) => Some(runnel_core::logical::reshape::transpose_index_column(
                        self.expr(e)?,
                    )?),
                };
                df.transpose(index.as_deref())?
            }
            RelType::Offset(o) => self.input(o.input.as_deref())?.offset(o.offset as i64)?,
            RelType::ToSchema(t) => {
                let df = self.input(t.input.as_deref())?;
                match crate::types::from_proto(required(t.schema.as_ref(), "the schema")?)? {
                    DataType::Struct(fields) => df.to_schema(&Schema::new(fields))?,
                    _ => return Err(unsupported("to() with a schema that is not a StructType")),
                }
            }
            RelType::Crosstab(c) => self.input(c.input.as_deref())?.crosstab(&c.col1, &c.col2)?,
            RelType::FreqItems(f) => self
                .input(f.input.as_deref())?
                .freq_items(&f.cols, f.support.unwrap_or(0.01))?,
            // One row, one column of the quantiles of each column (the client reads it).
            RelType::ApproxQuantile(q) => {
                let df = self.input(q.input.as_deref())?;
                let out = df.approx_quantile(&q.cols, &q.probabilities, q.relative_error)?;
                let inner = Arc::new(Field::new("element", DataType::Float64, false));
                let outer = Arc::new(Field::new(
                    "element",
                    DataType::List(inner.clone()),
                    false,
                ));
                let values = arrow_array::Float64Array::from(out.iter().flatten().copied().collect::<Vec<_>>());
                let lists = arrow_array::ListArray::new(
                    inner,
                    arrow_buffer::OffsetBuffer::from_lengths(out.iter().map(|q| q.len())),
                    Arc::new(values),
                    None,
                );
                let one = arrow_array::ListArray::new(
                    outer.clone(),
                    arrow_buffer::OffsetBuffer::from_lengths([out.len()]),
                    Arc::new(lists),
                    None,
                );
                let schema = Arc::new(Schema::new(vec![Field::new(
                    "approx_quantile",
                    DataType::List(outer),
                    false,
                )]));
                let batch = RecordBatch::try_new(schema.clone(), vec![Arc::new(one)])
                    .map_err(|e| RunnelError::internal(format!("approxQuantile row: {e}")))?;
                self.spark.create_data_frame_from_batches(schema, vec![batch])
            }
            RelType::Sample(s) => {
                let df = self.input(s.input.as_deref())?;
                let seed = s
                    .seed
                    .unwrap_or_else(runnel_core::logical::sample::random_seed);
                let with_replacement = s.with_replacement.unwrap_or(false);
                if !s.deterministic_order {
                    df.sample(with_replacement, s.upper_bound - s.lower_bound, seed)?
                } else if with_replacement {
                    return Err(unsupported("sample(withReplacement=True)"));
                } else {
                    // randomSplit's cells: PySpark's client sends one Sample per weight
                    // (deterministic_order: the rows sorted first).
                    df.split_cell(s.lower_bound, s.upper_bound, seed)?
                }
            }
            RelType::SampleBy(s) => {
                let df = self.input(s.input.as_deref())?;
                let c = self.expr(required(s.col.as_ref(), "the stratum column")?)?;
                let mut fr = Vec::new();
                for f in &s.fractions {
                    let key = match literal(required(f.stratum.as_ref(), "a stratum")?)? {
                        Expr::Literal(v) => v,
                        _ => return Err(unsupported("a stratum that is not a literal")),
                    };
                    fr.push((key, f.fraction));
                }
                let seed = s
                    .seed
                    .unwrap_or_else(runnel_core::logical::sample::random_seed);
                df.sample_by(c, &fr, seed)?
            }
            RelType::Describe(d) => self.input(d.input.as_deref())?.describe(&d.cols)?,
            RelType::Summary(s) => self.input(s.input.as_deref())?.summary(&s.statistics)?,
            // One row of one column (`corr`, `cov`), which the client reads.
            RelType::Corr(c) => {
                let df = self.input(c.input.as_deref())?;
                let method = c.method.as_deref().unwrap_or("pearson");
                self.one_double("corr", df.corr(&c.col1, &c.col2, method)?)?
            }
            RelType::Cov(c) => {
                let df = self.input(c.input.as_deref())?;
                self.one_double("cov", df.cov(&c.col1, &c.col2)?)?
            }
            RelType::Sql(s) => {
                #[allow(deprecated)]
                let has_args = !s.args.is_empty()
                    || !s.pos_args.is_empty()
                    || !s.named_arguments.is_empty()
                    || !s.pos_arguments.is_empty();
                if has_args {
                    return Err(unsupported("spark.sql() with arguments"));
                }
                self.spark.sql(&s.query)?
            }
            RelType::LocalRelation(l) => self.local_relation(l)?,
            RelType::SubqueryAlias(s) => self.input(s.input.as_deref())?.alias(&s.alias)?,
            RelType::ShowString(s) => {
                let df = self.input(s.input.as_deref())?;
                let (n, truncate) = (s.num_rows.max(0) as usize, s.truncate.max(0) as usize);
                let text = match s.vertical {
                    true => df.show_string_vertical(n, truncate)?,
                    false => df.show_string(n, truncate)?,
                };
                let schema = Arc::new(Schema::new(vec![Field::new(
                    "show_string",
                    DataType::Utf8,
                    false,
                )]));
                self.spark
                    .create_data_frame(&[vec![ScalarValue::Utf8(text)]], schema)?
            }
            RelType::ToDf(t) => {
                let df = self.input(t.input.as_deref())?;
                let cols = df.columns();
                if cols.len() != t.column_names.len() {
                    return Err(RunnelError::analysis_plain(format!(
                        "toDF() got {} names for {} columns",
                        t.column_names.len(),
                        cols.len()
                    )));
                }
                let exprs = cols
                    .iter()
                    .zip(&t.column_names)
                    .map(|(c, n)| Expr::Column(runnel_core::logical::dataframe::quote(c)).alias(n))
                    .collect();
                df.select(exprs)?
            }
            RelType::Range(r) => {
                let start = r.start.unwrap_or(0);
                let step = if r.step == 0 { 1 } else { r.step };
                let mut rows = Vec::new();
                let mut v = start;
                while (step > 0 && v < r.end) || (step < 0 && v > r.end) {
                    rows.push(vec![ScalarValue::Int64(v)]);
                    if rows.len() > 10_000_000 {
                        return Err(unsupported("spark.range() of more than 10 million rows"));
                    }
                    v += step;
                }
                let schema = Arc::new(Schema::new(vec![Field::new("id", DataType::Int64, false)]));
                self.spark.create_data_frame(&rows, schema)?
            }
            RelType::SetOp(s) => {
                use pb::set_operation::SetOpType;
                let left = self.input(s.left_input.as_deref())?;
                let right = self.input(s.right_input.as_deref())?;
                let all = s.is_all == Some(true);
                match s.set_op_type() {
                    SetOpType::Intersect if all => return left.intersect_all(&right),
                    SetOpType::Intersect => return left.intersect(&right),
                    SetOpType::Except if all => return left.except_all(&right),
                    SetOpType::Except => return left.except(&right),
                    SetOpType::Union => {}
                    other => return Err(unsupported(format!("the set operation {other:?}"))),
                }
                let df = if s.by_name.unwrap_or(false) {
                    left.union_by_name_missing(&right, s.allow_missing_columns.unwrap_or(false))?
                } else {
                    left.union(&right)?
                };
                if s.is_all == Some(false) {
                    df.distinct()?
                } else {
                    df
                }
            }
            RelType::CollectMetrics(c) => {
                let df = self.input(c.input.as_deref())?;
                df.observe(&c.name, self.exprs(&c.metrics)?)?
            }
            RelType::Hint(h) => self.input(h.input.as_deref())?,
            RelType::Repartition(r) => self.input(r.input.as_deref())?,
            RelType::RepartitionByExpression(r) => self.input(r.input.as_deref())?,
            RelType::Catalog(c) => self.catalog(c)?,
            RelType::CachedRemoteRelation(r) => crate::worker::cached_relation(&r.relation_id)
                .ok_or_else(|| {
                    RunnelError::analysis_plain(format!(
                        "no DataFrame is cached under the id {} (a foreachBatch DataFrame lives while its function runs)",
                        r.relation_id
                    ))
                })?,
            RelType::MapPartitions(m) => {
                crate::pandas::map_partitions(self.input(m.input.as_deref())?, m.func.as_ref())?
            }
            RelType::GroupMap(g) if g.transform_with_state_info.is_some() => {
                let df = self.input(g.input.as_deref())?;
                let keys = self.exprs(&g.grouping_expressions)?;
                let initial = match g.initial_input.as_deref() {
                    Some(i) => Some((
                        self.input(Some(i))?,
                        self.exprs(&g.initial_grouping_expressions)?,
                    )),
                    None => None,
                };
                let provider = self
                    .spark
                    .conf_get("spark.sql.streaming.stateStore.providerClass");
                crate::tws::transform_with_state(df, keys, g, initial, provider)?
            }
            RelType::GroupMap(g) => {
                if g.is_map_groups_with_state.is_some() || g.initial_input.is_some() {
                    return Err(unsupported(
                        "(flat)MapGroupsWithState (Scala's Dataset API; Python's applyInPandasWithState is its own relation)",
                    ));
                }
                let df = self.input(g.input.as_deref())?;
                let keys = self.exprs(&g.grouping_expressions)?;
                crate::pandas::group_map(df, keys, g.func.as_ref())?
            }
            RelType::ApplyInPandasWithState(r) => {
                let df = self.input(r.input.as_deref())?;
                let keys = self.exprs(&r.grouping_expressions)?;
                crate::pandas::apply_in_pandas_with_state(df, keys, r)?
            }
            RelType::CoGroupMap(c) => {
                let df = self.input(c.input.as_deref())?;
                let keys = self.exprs(&c.input_grouping_expressions)?;
                let other = self.input(c.other.as_deref())?;
                let other_keys = self.exprs(&c.other_grouping_expressions)?;
                crate::pandas::cogroup_map(df, keys, other, other_keys, c.func.as_ref())?
            }
            RelType::CachedLocalRelation(_) => {
                return Err(unsupported(
                    "cached relations (large local data sent as artifacts)",
                ));
            }
            other => return Err(unsupported(format!("the relation {}", rel_name(other)))),
        })
    }

    /// `spark.catalog`: the answers as rows, in the columns PySpark's client reads.
    fn catalog(&self, c: &pb::Catalog) -> Result<DataFrame> {
        use arrow_array::builder::{BooleanBuilder, ListBuilder, StringBuilder};
        use pb::catalog::CatType;
        let one_bool = |name: &str, v: bool| {
            let schema = Arc::new(Schema::new(vec![Field::new(
                name,
                DataType::Boolean,
                false,
            )]));
            self.spark
                .create_data_frame(&[vec![ScalarValue::Boolean(v)]], schema)
        };
        let one_str = |name: &str, v: &str| {
            let schema = Arc::new(Schema::new(vec![Field::new(name, DataType::Utf8, false)]));
            self.spark
                .create_data_frame(&[vec![ScalarValue::Utf8(v.to_string())]], schema)
        };
        match required(c.cat_type.as_ref(), "a catalog call")? {
            CatType::TableExists(t) => {
                let name = match &t.db_name {
                    Some(db) => format!("{db}.{}", t.table_name),
                    None => t.table_name.clone(),
                };
                one_bool("value", self.spark.table_exists(&name))
            }
            CatType::DropTempView(v) => {
                one_bool("value", self.spark.drop_view(&v.view_name, true)?)
            }
            CatType::DropTable(t) => {
                self.spark.drop_table(&t.table_name, t.if_exists)?;
                one_bool("value", true)
            }
            CatType::CurrentDatabase(_) => one_str("value", "default"),
            CatType::CurrentCatalog(_) => one_str("value", "spark_catalog"),
            CatType::ListTables(l) => {
                let tables = self.spark.list_tables();
                let (mut name, mut catalog, mut desc, mut ty) = (
                    StringBuilder::new(),
                    StringBuilder::new(),
                    StringBuilder::new(),
                    StringBuilder::new(),
                );
                let mut ns = ListBuilder::new(StringBuilder::new());
                let mut temp = BooleanBuilder::new();
                for t in tables.iter().filter(|t| {
                    l.pattern.as_deref().is_none_or(|p| {
                        runnel_core::io::file::glob_match(&p.replace('%', "*"), &t.name)
                    })
                }) {
                    name.append_value(&t.name);
                    if t.is_temporary {
                        catalog.append_null();
                    } else {
                        catalog.append_value("spark_catalog");
                        ns.values().append_value("default");
                    }
                    ns.append(true);
                    desc.append_null();
                    ty.append_value(t.table_type);
                    temp.append_value(t.is_temporary);
                }
                let ns = ns.finish();
                let schema = Arc::new(Schema::new(vec![
                    Field::new("name", DataType::Utf8, false),
                    Field::new("catalog", DataType::Utf8, true),
                    Field::new(
                        "namespace",
                        arrow_array::Array::data_type(&ns).clone(),
                        true,
                    ),
                    Field::new("description", DataType::Utf8, true),
                    Field::new("tableType", DataType::Utf8, false),
                    Field::new("isTemporary", DataType::Boolean, false),
                ]));
                let batch = RecordBatch::try_new(
                    schema.clone(),
                    vec![
                        Arc::new(name.finish()),
                        Arc::new(catalog.finish()),
                        Arc::new(ns),
                        Arc::new(desc.finish()),
                        Arc::new(ty.finish()),
                        Arc::new(temp.finish()),
                    ],
                )?;
                Ok(self
                    .spark
                    .create_data_frame_from_batches(schema, vec![batch]))
            }
            other => {
                let name = format!("{other:?}");
                Err(unsupported(format!(
                    "spark.catalog's {} (Runnel's catalog answers tableExists, listTables, dropTempView, currentDatabase and currentCatalog)",
                    name.split('(').next().unwrap_or("?")
                )))
            }
        }
    }

    fn read(&self, r: &pb::Read) -> Result<DataFrame> {
        use pb::read::ReadType;
        match required(r.read_type.as_ref(), "what to read")? {
            ReadType::NamedTable(t) => {
                if r.is_streaming {
                    let options: BTreeMap<String, String> = t
                        .options
                        .iter()
                        .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
                        .collect();
                    return self
                        .spark
                        .read_stream_table(&t.unparsed_identifier, &options);
                }
                self.spark.table(&t.unparsed_identifier)
            }
            ReadType::DataSource(ds) => {
                let format = ds
                    .format
                    .clone()
                    .unwrap_or_else(|| self.spark.default_source())
                    .to_ascii_lowercase();
                if ds.paths.len() > 1 {
                    return Err(unsupported("reading several paths at once"));
                }
                if !ds.predicates.is_empty() {
                    return Err(unsupported("JDBC predicates"));
                }
                let schema = match ds.schema.as_deref().filter(|s| !s.trim().is_empty()) {
                    Some(s) => Some(SchemaSpec::Schema(Arc::new(crate::types::parse_schema(s)?))),
                    None => None,
                };
                let path = ds.paths.first().map(String::as_str);
                let options: BTreeMap<_, _> = ds.options.iter().collect();
                if r.is_streaming {
                    let mut rd = self.spark.read_stream().format(&format);
                    for (k, v) in options {
                        rd = rd.option(k, v);
                    }
                    if let Some(s) = schema {
                        rd = rd.schema(s)?;
                    }
                    rd.load(path)
                } else {
                    let mut rd = self.spark.read().format(&format);
                    for (k, v) in options {
                        rd = rd.option(k, v);
                    }
                    if let Some(s) = schema {
                        rd = rd.schema(s)?;
                    }
                    rd.load(path)
                }
            }
        }
    }

    fn aggregate(&self, a: &pb::Aggregate) -> Result<DataFrame> {
        use pb::aggregate::GroupType;
        let df = self.input(a.input.as_deref())?;
        let group = self.exprs(&a.grouping_expressions)?;
        if let Some(calls) = self.pandas_agg_calls(&df, &a.aggregate_expressions)? {
            return match a.group_type() {
                GroupType::Groupby | GroupType::Unspecified => {
                    crate::pandas::aggregate(df, group, calls)
                }
                other => Err(unsupported(format!(
                    "grouped aggregate pandas UDFs in a {other:?} aggregation (groupBy().agg() runs them)"
                ))),
            };
        }
        let aggs = self.exprs(&a.aggregate_expressions)?;
        match a.group_type() {
            GroupType::Groupby | GroupType::Unspecified => df.group_by(group).agg(aggs),
            GroupType::Rollup => df.rollup(group).agg(aggs),
            GroupType::Cube => df.cube(group).agg(aggs),
            GroupType::GroupingSets => {
                let mut sets = Vec::new();
                for s in &a.grouping_sets {
                    let mut idx = Vec::new();
                    for e in self.exprs(&s.grouping_set)? {
                        let e = e.strip_alias();
                        let i = group
                            .iter()
                            .position(|g| g.clone().strip_alias() == e)
                            .ok_or_else(|| {
                                RunnelError::analysis_plain(format!(
                                    "groupingSets: {} is not one of the grouping columns",
                                    e.sql()
                                ))
                            })?;
                        idx.push(i);
                    }
                    sets.push(idx);
                }
                df.grouping_sets(group, sets).agg(aggs)
            }
            GroupType::Pivot => {
                let p = required(a.pivot.as_ref(), "the pivot")?;
                let col = self.expr(required(p.col.as_ref(), "the pivot column")?)?;
                let values = if p.values.is_empty() {
                    None
                } else {
                    Some(
                        p.values
                            .iter()
                            .map(|v| match literal(v)? {
                                Expr::Literal(s) => Ok(s),
                                other => Err(RunnelError::analysis_plain(format!(
                                    "a pivot value that is not a literal: {}",
                                    other.sql()
                                ))),
                            })
                            .collect::<Result<Vec<_>>>()?,
                    )
                };
                df.group_by(group).pivot(col, values)?.agg(aggs)
            }
        }
    }

    /// The grouped aggregate pandas UDF calls of an aggregation, when its expressions
    /// are such calls (maybe aliased); Spark's INVALID_PANDAS_UDF_PLACEMENT when they are
    /// mixed with other aggregates.
    fn pandas_agg_calls(
        &self,
        df: &DataFrame,
        exprs: &[pb::Expression],
    ) -> Result<Option<Vec<crate::pandas::AggCall>>> {
        use pb::common_inline_user_defined_function::Function;
        fn call_of(
            e: &pb::Expression,
        ) -> Option<(&pb::CommonInlineUserDefinedFunction, Option<String>)> {
            let (e, alias) = match &e.expr_type {
                Some(ExprType::Alias(a)) => (a.expr.as_deref()?, a.name.first().cloned()),
                _ => (e, None),
            };
            match &e.expr_type {
                Some(ExprType::CommonInlineUserDefinedFunction(f)) => match &f.function {
                    Some(Function::PythonUdf(p))
                        if p.eval_type == crate::pandas::SQL_GROUPED_AGG_PANDAS_UDF =>
                    {
                        Some((f, alias))
                    }
                    _ => None,
                },
                _ => None,
            }
        }
        let calls: Vec<_> = exprs.iter().filter_map(call_of).collect();
        if calls.is_empty() {
            return Ok(None);
        }
        if calls.len() != exprs.len() {
            let names: Vec<String> = calls
                .iter()
                .map(|(f, _)| format!("`{}`", f.function_name))
                .collect();
            return Err(RunnelError::analysis(
                "INVALID_PANDAS_UDF_PLACEMENT",
                format!(
                    "The group aggregate pandas UDF {} cannot be invoked together with as other, non-pandas aggregate functions. Compute the other aggregates in a second groupBy().agg() and join the two on the grouping keys.",
                    names.join(", ")
                ),
            ));
        }
        let schema = df.schema();
        let mut out = Vec::new();
        for (f, alias) in calls {
            let Some(Function::PythonUdf(p)) = &f.function else {
                continue;
            };
            let udf = crate::udf::parse(&f.function_name, f.deterministic, p)?;
            let args = self.exprs(&f.arguments)?;
            let name = alias.unwrap_or_else(|| {
                let shown: Vec<String> = args.iter().map(|a| a.name_in(&schema)).collect();
                format!("{}({})", f.function_name, shown.join(", "))
            });
            out.push(crate::pandas::AggCall { udf, args, name });
        }
        Ok(Some(out))
    }

    fn join(&self, j: &pb::Join) -> Result<DataFrame> {
        use pb::join::JoinType;
        let start = self.seen.borrow().len();
        let mut left = self.input(j.left.as_deref())?;
        let mid = self.seen.borrow().len();
        let mut right = self.input(j.right.as_deref())?;
        let (left_ids, right_ids) = {
            let seen = self.seen.borrow();
            (seen[start..mid].to_vec(), seen[mid..].to_vec())
        };
        let how = match j.join_type() {
            JoinType::Inner | JoinType::Unspecified => "inner",
            JoinType::FullOuter => "full_outer",
            JoinType::LeftOuter => "left_outer",
            JoinType::RightOuter => "right_outer",
            JoinType::LeftAnti => "left_anti",
            JoinType::LeftSemi => "left_semi",
            JoinType::Cross => "cross",
        };
        let on = if !j.using_columns.is_empty() {
            JoinOn::Using(j.using_columns.clone())
        } else if let Some(c) = &j.join_condition {
            // Columns named through their DataFrame (`df1.id == df2.id`, plan ids) that
            // both sides have: each side gets a qualifier and the reference names it.
            let both: Vec<String> = left
                .columns()
                .into_iter()
                .filter(|n| right.columns().iter().any(|r| r.eq_ignore_ascii_case(n)))
                .collect();
            let mut cond = c.clone();
            let (lq, rq) = (
                format!("__runnel_plan_{start}"),
                format!("__runnel_plan_{mid}"),
            );
            let mut used = (false, false);
            qualify(&mut cond, &mut |pid, name| {
                if !both.iter().any(|b| b.eq_ignore_ascii_case(name)) {
                    return None;
                }
                match (left_ids.contains(&pid), right_ids.contains(&pid)) {
                    (true, false) => {
                        used.0 = true;
                        Some(lq.clone())
                    }
                    (false, true) => {
                        used.1 = true;
                        Some(rq.clone())
                    }
                    _ => None,
                }
            });
            if used.0 || used.1 {
                left = left.alias(&lq)?;
                right = right.alias(&rq)?;
                let mut q = self.qualified.borrow_mut();
                for id in &left_ids {
                    q.insert(*id, lq.clone());
                }
                for id in &right_ids {
                    if !left_ids.contains(id) {
                        q.insert(*id, rq.clone());
                    }
                }
            }
            JoinOn::Condition(self.expr(&cond)?)
        } else {
            JoinOn::None
        };
        left.join(&right, on, how)
    }

    fn local_relation(&self, l: &pb::LocalRelation) -> Result<DataFrame> {
        let declared = match l.schema.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(s) => Some(crate::types::parse_schema(s)?),
            None => None,
        };
        let (schema, batches) = match &l.data {
            Some(data) if !data.is_empty() => {
                let (schema, batches) = crate::arrow::read_ipc(data)?;
                (schema, batches)
            }
            _ => {
                let s = declared.clone().ok_or_else(|| {
                    RunnelError::analysis_plain("a local relation with neither data nor schema")
                })?;
                (Arc::new(s), vec![])
            }
        };
        // The client names the Arrow columns after the schema it sends; the declared
        // schema's names win where they differ, and so does its nullability (Spark's
        // planner ends the relation with `.to(schema)`: `createDataFrame(rows,
        // "a INT NOT NULL")` is non-nullable) where the column holds no null.
        let (schema, batches): (SchemaRef, Vec<RecordBatch>) = match &declared {
            Some(d) if d.fields().len() == schema.fields().len() => {
                let holds_null = |i: usize| batches.iter().any(|b| b.column(i).null_count() > 0);
                // The declared nested nullability only where the data fits it (a NULL
                // inside a field declared NOT NULL keeps the data's type).
                let fits = |i: usize, t: &DataType| {
                    batches
                        .iter()
                        .all(|b| arrow_cast::cast(b.column(i), t).is_ok())
                };
                let fields: Vec<Field> = schema
                    .fields()
                    .iter()
                    .zip(d.fields())
                    .enumerate()
                    .map(|(i, (f, df))| {
                        let mut f = f.as_ref().clone().with_name(df.name());
                        if df.data_type() != f.data_type()
                            && but_nullability(df.data_type()) == but_nullability(f.data_type())
                            && fits(i, df.data_type())
                        {
                            f = f.with_data_type(df.data_type().clone());
                        }
                        f.with_nullable(df.is_nullable() || holds_null(i))
                    })
                    .collect();
                let schema = Arc::new(Schema::new(fields));
                let batches = batches
                    .into_iter()
                    .map(|b| {
                        let cols = b
                            .columns()
                            .iter()
                            .zip(schema.fields())
                            .map(|(c, f)| {
                                if c.data_type() == f.data_type() {
                                    Ok(c.clone())
                                } else {
                                    arrow_cast::cast(c, f.data_type())
                                }
                            })
                            .collect::<std::result::Result<Vec<_>, _>>()?;
                        RecordBatch::try_new(schema.clone(), cols)
                    })
                    .collect::<std::result::Result<Vec<_>, _>>()?;
                (schema, batches)
            }
            _ => {
                let batches = batches
                    .into_iter()
                    .map(|b| RecordBatch::try_new(schema.clone(), b.columns().to_vec()))
                    .collect::<std::result::Result<Vec<_>, _>>()?;
                (schema, batches)
            }
        };
        Ok(self.spark.create_data_frame_from_batches(schema, batches))
    }

    fn exprs(&self, es: &[pb::Expression]) -> Result<Vec<Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn sort_order(&self, o: &pb::expression::SortOrder) -> Result<Expr> {
        use pb::expression::sort_order::{NullOrdering, SortDirection};
        let child = self.expr(required(o.child.as_deref(), "the sort key")?)?;
        let asc = o.direction() != SortDirection::Descending;
        let nulls_first = match o.null_ordering() {
            NullOrdering::SortNullsFirst => true,
            NullOrdering::SortNullsLast => false,
            NullOrdering::SortNullsUnspecified => asc,
        };
        Ok(Expr::Sort {
            expr: Box::new(child.strip_alias()),
            asc,
            nulls_first,
        })
    }

    /// `func.over(Window...)`: PySpark sends the spec's parts; a frame's integer bounds
    /// become what classic PySpark's `rowsBetween` (an int) and `rangeBetween` (a long) make.
    fn window(&self, w: &pb::expression::Window) -> Result<Expr> {
        use pb::expression::window::window_frame::{FrameType, frame_boundary::Boundary};
        use runnel_core::expr::window::{Bound, Frame, WindowSpec};
        let func = self.expr(required(
            w.window_function.as_deref(),
            "the window function",
        )?)?;
        let order = w
            .order_spec
            .iter()
            .map(|o| self.sort_order(o))
            .collect::<Result<Vec<_>>>()?;
        let frame = match &w.frame_spec {
            None => None,
            Some(f) => {
                let rows = match f.frame_type() {
                    FrameType::Row => true,
                    FrameType::Range => false,
                    FrameType::Undefined => {
                        return Err(RunnelError::analysis_plain(
                            "a window frame without a type (ROWS or RANGE)",
                        ));
                    }
                };
                let bound = |b: Option<&pb::expression::window::window_frame::FrameBoundary>,
                             lower: bool|
                 -> Result<Bound> {
                    Ok(match b.and_then(|b| b.boundary.as_ref()) {
                        Some(Boundary::CurrentRow(_)) => Bound::CurrentRow,
                        Some(Boundary::Unbounded(_)) if lower => Bound::UnboundedPreceding,
                        Some(Boundary::Unbounded(_)) => Bound::UnboundedFollowing,
                        Some(Boundary::Value(v)) => match self.expr(v)? {
                            Expr::Literal(ScalarValue::Int32(n)) => Bound::from_i64(n as i64, rows),
                            Expr::Literal(ScalarValue::Int64(n)) => Bound::from_i64(n, rows),
                            other => Bound::Offset(other),
                        },
                        None => {
                            return Err(RunnelError::analysis_plain(
                                "a window frame bound without a value",
                            ));
                        }
                    })
                };
                Some(Frame {
                    rows,
                    lower: bound(f.lower.as_deref(), true)?,
                    upper: bound(f.upper.as_deref(), false)?,
                })
            }
        };
        Ok(Expr::Over {
            func: Box::new(func.strip_alias()),
            spec: Box::new(WindowSpec {
                partition: self.exprs(&w.partition_spec)?,
                order,
                frame,
                base: None,
            }),
        })
    }

    /// An expression as Runnel's `Expr`.
    pub fn expr(&self, e: &pb::Expression) -> Result<Expr> {
        let kind = required(e.expr_type.as_ref(), "an expression type")?;
        Ok(match kind {
            ExprType::Literal(l) => literal(l)?,
            ExprType::UnresolvedAttribute(a) => {
                let name = &a.unparsed_identifier;
                let qualifier = a
                    .plan_id
                    .and_then(|id| self.qualified.borrow().get(&id).cloned());
                match qualifier {
                    _ if name == "*" => Expr::Star(None),
                    Some(q) if !name.starts_with("__runnel_plan_") => {
                        Expr::Column(format!("{q}.{}", quote_part(name)))
                    }
                    _ => match a
                        .plan_id
                        .and_then(|id| self.schemas.borrow().get(&id).cloned())
                    {
                        Some(schema) => runnel_core::expr::column_of(&schema, name),
                        None => col(name),
                    },
                }
            }
            ExprType::UnresolvedFunction(f) => {
                self.function(&f.function_name, &f.arguments, f.is_distinct)?
            }
            ExprType::CallFunction(f) => self.function(&f.function_name, &f.arguments, false)?,
            ExprType::ExpressionString(s) => {
                parse_select_item(&s.expression).or_else(|_| parse_expression(&s.expression))?
            }
            ExprType::UnresolvedStar(s) => match s.unparsed_target.as_deref() {
                Some(t) => Expr::Star(Some(t.trim_end_matches(".*").to_string())),
                None => Expr::Star(None),
            },
            ExprType::Alias(a) => {
                let inner = self.expr(required(a.expr.as_deref(), "the aliased expression")?)?;
                match a.name.as_slice() {
                    [n] => inner.alias(n),
                    [] => return Err(unsupported("an alias without a name")),
                    names => Expr::MultiAlias(Box::new(inner.strip_alias()), names.to_vec()),
                }
            }
            ExprType::Cast(c) => {
                use pb::expression::cast::{CastToType, EvalMode};
                let inner = self.expr(required(c.expr.as_deref(), "the cast value")?)?;
                let to = match required(c.cast_to_type.as_ref(), "the cast type")? {
                    CastToType::Type(t) => crate::types::from_proto(t)?,
                    CastToType::TypeStr(s) => runnel_core::types::parse_data_type(s)?,
                };
                Expr::Cast {
                    expr: Box::new(inner),
                    to,
                    try_: c.eval_mode() == EvalMode::Try,
                }
            }
            ExprType::SortOrder(o) => self.sort_order(o)?,
            ExprType::UnresolvedExtractValue(x) => {
                let child = self.expr(required(x.child.as_deref(), "the value")?)?;
                let key = self.expr(required(x.extraction.as_deref(), "the key")?)?;
                match key {
                    Expr::Literal(ScalarValue::Utf8(s)) => {
                        Expr::Field(Box::new(child.strip_alias()), s)
                    }
                    k => Expr::Index(Box::new(child.strip_alias()), Box::new(k)),
                }
            }
            ExprType::UnresolvedRegex(r) => {
                // df["name"] may arrive as a regex when it is a plain name; colRegex's
                // `` `regex` `` stands for the columns it matches (expanded in a select).
                match runnel_core::logical::reshape::regex_of(&r.col_name) {
                    Some(re) if !re.chars().all(|c| c.is_alphanumeric() || c == '_') => func(
                        runnel_core::logical::reshape::COL_REGEX,
                        vec![Expr::Literal(ScalarValue::Utf8(re))],
                    ),
                    _ => col(r.col_name.trim_matches('`')),
                }
            }
            ExprType::CommonInlineUserDefinedFunction(f) => {
                let id = python_udf(f)?;
                crate::udf::call(id, self.exprs(&f.arguments)?)
            }
            ExprType::Window(w) => self.window(w)?,
            ExprType::SubqueryExpression(q) => {
                use pb::subquery_expression::SubqueryType;
                let df = self
                    .references
                    .borrow()
                    .get(&q.plan_id)
                    .cloned()
                    .ok_or_else(|| {
                        RunnelError::analysis_plain(format!(
                            "a subquery reads plan {}, which the query does not hold",
                            q.plan_id
                        ))
                    })?;
                match (q.subquery_type(), q.in_subquery_values.as_slice()) {
                    (SubqueryType::Scalar, _) => df.scalar_subquery(),
                    (SubqueryType::Exists, _) => df.exists_subquery(),
                    (SubqueryType::In, [v]) => df.in_subquery(self.expr(v)?),
                    (other, _) => {
                        return Err(unsupported(format!("the subquery {}", other.as_str_name())));
                    }
                }
            }
            // `F.transform(c, lambda x: ...)`: PySpark sends the body with its variables
            // (`x_0`, unique per lambda) as UnresolvedNamedLambdaVariable.
            ExprType::LambdaFunction(l) => {
                let body = l.function.as_deref().ok_or_else(|| {
                    RunnelError::analysis_plain("a lambda function without a body")
                })?;
                Expr::Lambda {
                    params: l.arguments.iter().map(|v| v.name_parts.join(".")).collect(),
                    body: Box::new(self.expr(body)?),
                }
            }
            ExprType::UnresolvedNamedLambdaVariable(v) => Expr::LambdaVar(v.name_parts.join(".")),
            other => return Err(unsupported(format!("the expression {}", expr_name(other)))),
        })
    }

    fn function(&self, name: &str, args: &[pb::Expression], distinct: bool) -> Result<Expr> {
        let a = self.exprs(args)?;
        let bin = |op: BinaryOp, a: Vec<Expr>| -> Result<Expr> {
            let [l, r]: [Expr; 2] = a.try_into().map_err(|_| {
                RunnelError::analysis_plain(format!("the operator {name} takes two operands"))
            })?;
            Ok(l.binary(op, r))
        };
        let one = |a: Vec<Expr>| -> Result<Expr> {
            let [x]: [Expr; 1] = a
                .try_into()
                .map_err(|_| RunnelError::analysis_plain(format!("{name} takes one argument")))?;
            Ok(x.strip_alias())
        };
        let like = |kind: LikeKind, a: Vec<Expr>| -> Result<Expr> {
            let [l, r]: [Expr; 2] = a
                .try_into()
                .map_err(|_| RunnelError::analysis_plain(format!("{name} takes two operands")))?;
            Ok(Expr::Like {
                expr: Box::new(l.strip_alias()),
                pattern: Box::new(r),
                negated: false,
                kind,
            })
        };
        Ok(match name {
            "+" => bin(BinaryOp::Plus, a)?,
            "-" if a.len() == 1 => Expr::Negative(Box::new(one(a)?)),
            "-" => bin(BinaryOp::Minus, a)?,
            "*" => bin(BinaryOp::Multiply, a)?,
            "/" => bin(BinaryOp::Divide, a)?,
            "%" => bin(BinaryOp::Modulo, a)?,
            "div" => bin(BinaryOp::IntDivide, a)?,
            "==" | "=" => bin(BinaryOp::Eq, a)?,
            "!=" | "<>" => bin(BinaryOp::NotEq, a)?,
            "<" => bin(BinaryOp::Lt, a)?,
            "<=" => bin(BinaryOp::LtEq, a)?,
            ">" => bin(BinaryOp::Gt, a)?,
            ">=" => bin(BinaryOp::GtEq, a)?,
            "<=>" => bin(BinaryOp::EqNullSafe, a)?,
            "and" => bin(BinaryOp::And, a)?,
            "or" => bin(BinaryOp::Or, a)?,
            "||" => bin(BinaryOp::Concat, a)?,
            // `a != b`: the client sends not(a == b) (Spark's `=!=` is Not(EqualTo)); as
            // the other front end builds it, so the optimizer treats it the same (an
            // unwrapped cast's `IS NOT NULL`, a filter the JSON source gets pushed).
            "not" | "!" => match one(a)? {
                Expr::Binary(l, BinaryOp::Eq, r) => Expr::Binary(l, BinaryOp::NotEq, r),
                x => Expr::Not(Box::new(x)),
            },
            // Spark names it negative(n), also for `-col` (the client sends `negative`).
            "negative" => func("negative", a),
            // `F.bitwise_not(c)` and `~c` (Spark's `~` operator; named `~c`).
            "~" => func("bitwise_not", a),
            "isNull" | "isnull" => Expr::IsNull(Box::new(one(a)?)),
            "isNotNull" | "isnotnull" => Expr::IsNotNull(Box::new(one(a)?)),
            "isNaN" => func("isnan", a),
            "startsWith" => func("startswith", a),
            "endsWith" => func("endswith", a),
            "like" => like(LikeKind::Like, a)?,
            "ilike" => like(LikeKind::ILike, a)?,
            "rlike" => like(LikeKind::RLike, a)?,
            "in" => {
                let mut it = a.into_iter();
                let v = it
                    .next()
                    .ok_or_else(|| RunnelError::analysis_plain("isin() without a value"))?;
                Expr::InList {
                    expr: Box::new(v.strip_alias()),
                    list: it.collect(),
                    negated: false,
                }
            }
            "when" => {
                let mut branches = Vec::new();
                let mut it = a.into_iter();
                let mut otherwise = None;
                loop {
                    match (it.next(), it.next()) {
                        (Some(c), Some(v)) => branches.push((c, v)),
                        (Some(o), None) => {
                            otherwise = Some(Box::new(o));
                            break;
                        }
                        _ => break,
                    }
                }
                Expr::Case {
                    operand: None,
                    branches,
                    otherwise,
                }
            }
            // `bitwiseAND`/`bitwiseOR`/`bitwiseXOR` (the client sends `&`, `|`, `^`; a
            // Column's `&`/`|` operators are `and`/`or`): Spark's BitwiseAnd/Or/Xor, named
            // `(a & b)`, as the other front end builds them.
            "&" | "|" | "^" => {
                let op = match name {
                    "&" => "__bitwise_and",
                    "|" => "__bitwise_or",
                    _ => "__bitwise_xor",
                };
                func(op, a.into_iter().map(|x| x.strip_alias()).collect())
            }
            "mean" => func("avg", a),
            // PySpark sends first/last with their ignorenulls flag always; Runnel's
            // registry takes it only when true (as the PySpark runner passes it).
            "first" | "last"
                if a.len() == 2 && matches!(a[1], Expr::Literal(ScalarValue::Boolean(false))) =>
            {
                func(name, a.into_iter().take(1).collect())
            }
            _ => Expr::Function {
                name: name.to_ascii_lowercase(),
                args: a,
                distinct,
            },
        })
    }
}

/// A literal as a Runnel literal (types Runnel's scalars lack are casts of one).
fn literal(l: &pb::expression::Literal) -> Result<Expr> {
    use pb::expression::literal::LiteralType as L;
    let lit = |v| Expr::Literal(v);
    let cast = |v, to: DataType| Expr::Cast {
        expr: Box::new(Expr::Literal(v)),
        to,
        try_: false,
    };
    Ok(
        match required(l.literal_type.as_ref(), "the literal's value")? {
            L::Null(t) => lit(ScalarValue::Null(crate::types::from_proto(t)?)),
            L::Boolean(b) => lit(ScalarValue::Boolean(*b)),
            L::Byte(v) => cast(ScalarValue::Int32(*v), DataType::Int8),
            L::Short(v) => cast(ScalarValue::Int32(*v), DataType::Int16),
            L::Integer(v) => lit(ScalarValue::Int32(*v)),
            L::Long(v) => lit(ScalarValue::Int64(*v)),
            L::Float(v) => cast(ScalarValue::Float64(*v as f64), DataType::Float32),
            L::Double(v) => lit(ScalarValue::Float64(*v)),
            L::String(s) => lit(ScalarValue::Utf8(s.clone())),
            L::Date(d) => lit(ScalarValue::Date32(*d)),
            L::Timestamp(t) => lit(ScalarValue::Timestamp(*t)),
            L::TimestampNtz(t) => cast(
                ScalarValue::Timestamp(*t),
                DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, None),
            ),
            L::DayTimeInterval(us) => lit(ScalarValue::DayTime(*us, 0, 3)),
            L::Binary(b) => lit(ScalarValue::binary(b)),
            L::Decimal(d) => lit(decimal(&d.value, d.precision, d.scale)?),
            other => {
                return Err(unsupported(format!(
                    "the literal {}",
                    format!("{other:?}").split('(').next().unwrap_or("?")
                )));
            }
        },
    )
}

/// `"12.50"` as a decimal, typed as Spark's server types it: the value's own precision
/// and scale, widened to the ones the client sent (PySpark sends decimal(10, 0) for any
/// `Decimal`).
fn decimal(text: &str, precision: Option<i32>, scale: Option<i32>) -> Result<ScalarValue> {
    let bad = || RunnelError::parse(format!("not a decimal literal: {text:?}"));
    let t = text.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let s = scale.unwrap_or(0).max(frac.len() as i32).clamp(0, 38) as usize;
    let mut frac = frac.to_string();
    while frac.len() < s {
        frac.push('0');
    }
    let digits = format!("{int}{frac}");
    let significant = digits.trim_start_matches('0');
    let mut v: i128 = if significant.is_empty() {
        0
    } else {
        significant.parse().map_err(|_| bad())?
    };
    if neg {
        v = -v;
    }
    let own = significant.len().max(1) as i32;
    let p = precision.unwrap_or(0).max(own).max(s as i32);
    if p > 38 {
        return Err(bad());
    }
    Ok(ScalarValue::Decimal128(v, p as u8, s as i8))
}

/// The Python UDF of a `CommonInlineUserDefinedFunction` (a Java or Scala UDF refused).
pub fn python_udf(f: &pb::CommonInlineUserDefinedFunction) -> Result<usize> {
    use pb::common_inline_user_defined_function::Function;
    match &f.function {
        Some(Function::PythonUdf(p)) => crate::udf::add(&f.function_name, f.deterministic, p),
        Some(Function::ScalarScalaUdf(_)) | Some(Function::JavaUdf(_)) => {
            Err(unsupported("Scala and Java UDFs"))
        }
        None => Err(RunnelError::analysis_plain("a UDF without its function")),
    }
}

/// Quotes a name for a qualified reference (`q.`a.b``) when it holds a dot.
fn quote_part(name: &str) -> String {
    if name.contains('.') && !name.starts_with('`') {
        format!("`{name}`")
    } else {
        name.to_string()
    }
}

/// Rewrites the attributes of `e` that name a plan id: `f(plan_id, name)` gives the
/// qualifier to put before the name, if any.
fn qualify(e: &mut pb::Expression, f: &mut impl FnMut(i64, &str) -> Option<String>) {
    let Some(kind) = e.expr_type.as_mut() else {
        return;
    };
    match kind {
        ExprType::UnresolvedAttribute(a) => {
            if let Some(id) = a.plan_id
                && let Some(q) = f(id, &a.unparsed_identifier)
            {
                a.unparsed_identifier = format!("{q}.{}", quote_part(&a.unparsed_identifier));
                a.plan_id = None;
            }
        }
        ExprType::UnresolvedFunction(u) => u.arguments.iter_mut().for_each(|a| qualify(a, f)),
        ExprType::CallFunction(u) => u.arguments.iter_mut().for_each(|a| qualify(a, f)),
        ExprType::Alias(a) => {
            if let Some(x) = a.expr.as_deref_mut() {
                qualify(x, f)
            }
        }
        ExprType::Cast(c) => {
            if let Some(x) = c.expr.as_deref_mut() {
                qualify(x, f)
            }
        }
        ExprType::UnresolvedExtractValue(x) => {
            if let Some(c) = x.child.as_deref_mut() {
                qualify(c, f)
            }
        }
        _ => {}
    }
}

fn rel_name(r: &RelType) -> String {
    format!("{r:?}")
        .split('(')
        .next()
        .unwrap_or("?")
        .to_string()
}

fn expr_name(e: &ExprType) -> String {
    format!("{e:?}")
        .split('(')
        .next()
        .unwrap_or("?")
        .to_string()
}

/// A type with every nested field nullable and named as Runnel names them: two types
/// alike but for nullability (the client's Arrow data and the schema it declares) map to
/// the same.
fn but_nullability(t: &DataType) -> DataType {
    use runnel_core::types::{list_of, map_of};
    match t {
        DataType::List(f) | DataType::LargeList(f) => list_of(but_nullability(f.data_type())),
        DataType::Map(f, _) => match f.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => map_of(
                but_nullability(kv[0].data_type()),
                but_nullability(kv[1].data_type()),
            ),
            other => other.clone(),
        },
        DataType::Struct(fs) => DataType::Struct(
            fs.iter()
                .map(|f| Field::new(f.name(), but_nullability(f.data_type()), true))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_keep_their_digits() {
        assert!(matches!(
            decimal("12.50", None, None).unwrap(),
            ScalarValue::Decimal128(1250, 4, 2)
        ));
        assert!(matches!(
            decimal("-0.5", Some(10), Some(3)).unwrap(),
            ScalarValue::Decimal128(-500, 10, 3)
        ));
        // PySpark sends decimal(10, 0) for Decimal("1.25"): Spark keeps its digits.
        assert!(matches!(
            decimal("1.25", Some(10), Some(0)).unwrap(),
            ScalarValue::Decimal128(125, 10, 2)
        ));
    }
}
