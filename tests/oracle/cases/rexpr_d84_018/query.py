from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", expr("CASE WHEN (n IS NULL) THEN ts WHEN ((ts >= TIMESTAMP'2024-02-29 00:00:00') <=> (i > -1)) THEN date_trunc('QUARTER', TIMESTAMP'2024-02-29 00:00:00') WHEN (id <> 0L) THEN nullif(TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'1999-12-31 23:59:59.999') ELSE CASE WHEN (dt > to_date('2024-02-29')) THEN ts WHEN (m IS NOT NULL) THEN ts WHEN (ts IS NOT NULL) THEN ts ELSE ts END END AS c1"), expr("(i + d) AS c2"), (F.when((col("m") >= lit(12.345).cast("decimal(5,3)")), col("ts")).when(col("d").isNotNull(), col("ts")).when(col("k").isNotNull(), col("ts")) + expr("INTERVAL 1 DAY"))).filter("(k IS NOT NULL)")
OUTPUT_MODE = "append"
