from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("weekday(CASE WHEN (s <= 'Hello') THEN dt WHEN true THEN dt WHEN (dt <= DATE'2025-03-01') THEN dt ELSE to_date('2025-03-01') END) AS k1"), F.try_divide(col("d"), col("d")).alias("k2")).agg(expr("round(avg(CASE WHEN (m < 100BD) THEN i ELSE i END), 2) AS a1"), F.sum(F.when(F.abs(lit(2)).between(lit(-1), lit(10)), F.month(col("dt"))).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
