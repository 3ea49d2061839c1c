from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("date_sub(to_date('2023-12-31'), 5) AS k1"), expr("if(b, j, i) AS k2")).agg(F.sort_array(F.collect_set((col("i") % F.nullif(col("j"), lit(0))))).alias("a1"), F.sum(F.when((col("m") > col("d")), lit(99.99).cast("decimal(4,2)")).otherwise(lit(0))).alias("a2"), expr("sum(weekday(add_months(DATE'2000-01-01', i))) AS a3"), (F.max(col("m")) - F.min(col("m"))).alias("a4"))
OUTPUT_MODE = "update"
