from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce((dt >= least(dt, dt)), false))").groupBy("j", F.nullif(F.size(F.array_distinct(F.split(col("t"), "  *"))), lit(2)).alias("k2")).agg(expr("round(avg((m + i)), 2) AS a1"), expr("avg(regexp_count(concat_ws(', ', t, t), '[0-9]')) AS a2"), expr("max(CAST(dt AS STRING)) AS a3")).orderBy(col("a1").desc(), col("j").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
