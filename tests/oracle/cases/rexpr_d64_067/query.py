from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.least(col("ts"), col("ts"), col("ts")) + expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c1"), expr("coalesce(add_months(dt, i), ifnull(dt, DATE'2024-02-29'), DATE'2000-01-01')"), F.when((col("n") > expr("0.5")), col("t")).when(F.when(col("b"), col("d").isin(lit(2.0))).when(col("t").try_cast("boolean"), (F.to_timestamp(lit("1999-12-31 23:59:59.999")) == col("dt"))).otherwise(col("id").isNotNull()), F.array_join(F.transform(F.split(col("t"), " "), lambda x: F.upper(x)), "")).alias("c3")).where((col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id DESC"]
