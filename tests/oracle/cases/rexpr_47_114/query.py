from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(i + i) AS k1"), expr("CASE WHEN (dt < DATE'2024-02-29') THEN CASE WHEN (m = -3.10) THEN i ELSE 1 END END AS k2")).agg(F.min(col("m")).alias("a1"), expr("datediff(max(trunc(TRY_CAST(s AS DATE), 'MM')), min(trunc(TRY_CAST(s AS DATE), 'MM'))) AS a2"), (F.max(col("m")) - F.min(col("m"))).alias("a3"), expr("round(avg(i), 3) AS a4"))
OUTPUT_MODE = "update"
