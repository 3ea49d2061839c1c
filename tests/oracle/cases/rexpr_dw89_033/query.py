from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), dt DATE, s STRING, f FLOAT, i INT, j INT, b BOOLEAN, t STRING, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.groupBy(F.when((col("f") < lit(0.1)), col("i")).when(col("b"), col("i")).when(col("b"), col("j")).alias("k1")).agg(F.round(F.avg(F.size(F.split(col("t"), "[aeiou]"))), 0).alias("a1"), expr("sort_array(collect_set(CASE WHEN ((dt IS NOT NULL) AND b) THEN date_format(ts, 'yyyyMMdd') WHEN (t < 'é') THEN CASE WHEN b THEN s WHEN (dt = DATE'2024-02-29') THEN s WHEN b THEN s END ELSE s END)) AS a2"), F.round(F.avg(F.signum(col("f"))), 3).alias("a3"), expr("round(avg(('-1' * CAST(pmod((m / 2), nullif(m, 0)) AS DOUBLE))), 2) AS a4"))
OUTPUT_MODE = "update"
