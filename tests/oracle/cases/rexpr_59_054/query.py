from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, dt DATE, j INT, t STRING, d DOUBLE, n DECIMAL(9,5), m DECIMAL(12,4), s STRING, i INT").load(INPUT)
result = df.groupBy(expr("locate('o', t, 1) AS k1"), (col("i") * lit(1)).alias("k2")).agg(F.datediff(F.max(F.to_date(lit("2024-02-29"))), F.min(F.to_date(lit("2024-02-29")))).alias("a1"), F.datediff(F.max(F.least(col("dt"), F.to_date(lit("2000-01-01")), col("dt"))), F.min(F.least(col("dt"), F.to_date(lit("2000-01-01")), col("dt")))).alias("a2"), expr("sum(nullif(CASE WHEN b THEN id ELSE id END, -2L)) AS a3"))
OUTPUT_MODE = "update"
