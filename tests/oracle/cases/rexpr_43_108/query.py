from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce((dt > add_months(dt, i)), true)").groupBy("i", expr("octet_length(s) AS k2")).agg(expr("count_if(CASE WHEN b THEN (ts > TIMESTAMP'2024-02-29 00:00:00') WHEN (id IS NOT NULL) THEN (b IS NOT NULL) WHEN (d < -1.5D) THEN (m < 0.5) ELSE b END) AS a1"), expr("bool_and(((m / nullif(i, 0)) >= i)) AS a2"), F.min(F.least(col("d"), col("d"), col("d"))).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
