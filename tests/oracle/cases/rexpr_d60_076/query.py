from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, b BOOLEAN, i INT, m DECIMAL(38,10), dt DATE, t STRING, k BIGINT, d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (F.when(col("b"), col("ts")).when((col("id") < lit(3).cast("bigint")), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999"))) + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).withColumn("c2", expr("nullif((m / nullif(m, 0)), 0.001)")).withColumn("c3", expr("(CASE WHEN (s <> '42') THEN CASE WHEN (k <> 1L) THEN id WHEN b THEN id ELSE id END WHEN (d = -1.5D) THEN (id * 10) WHEN contains(t, 'a') THEN id END / nullif((3 - instr(s, 'a')), 0))")).withColumn("c4", F.add_months(col("dt"), col("i"))).drop("b", "i", "m", "dt", "t", "k").filter("(coalesce((dt < to_date('2023-12-31')), (k <= 86400L), false) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
