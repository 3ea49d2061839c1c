from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST(CASE WHEN (sign(d) >= i) THEN DATE'2024-02-29' WHEN (m BETWEEN 0.5 AND 0.001) THEN dt WHEN (s <= CAST(id AS STRING)) THEN least(dt, dt) ELSE to_date('2000-01-01') END AS TIMESTAMP)")).withColumn("c2", lit(0).cast("bigint").cast("boolean")).withColumn("m", expr("CASE WHEN c2 THEN m WHEN (t < 'abc') THEN ceiling(m, 1) WHEN coalesce((id < 1L), (m = 0.5), true) THEN m ELSE 12.345 END")).select("id", "c1", "c2").where("((t RLIKE '^[A-Z]') OR (s <> '日本'))")
OUTPUT_MODE = "append"
