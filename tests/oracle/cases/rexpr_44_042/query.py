from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.add_months(F.nullif(col("dt"), F.to_date(lit("2024-02-29"))), col("i")).alias("k1")).agg(expr("max(CAST(d AS INT)) AS a3"), expr("max(CAST(12 AS DOUBLE)) AS a1"), expr("count_if((CAST(i AS BOOLEAN) != (s >= 'abc'))) AS a2"))
OUTPUT_MODE = "complete"
