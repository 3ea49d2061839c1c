from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.datediff(F.trunc(col("dt"), "yy"), col("dt"))).withColumn("c2", expr("greatest(ts, CASE WHEN (('' RLIKE 'o$') OR (i IS NOT NULL)) THEN (least(ts, TIMESTAMP'1999-12-31 23:59:59.999') + INTERVAL 36 HOURS) ELSE CASE WHEN (s > 'é') THEN ts WHEN b THEN ts WHEN (m >= 100BD) THEN CASE WHEN (m <= 0.5) THEN ts WHEN (s <> 'é') THEN ts ELSE ts END ELSE ts END END)")).withColumn("c3", expr("format_string('%.2f / %s', 0.001D, s)")).withColumn("d", expr("CAST((99.99 + n) AS DOUBLE)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
