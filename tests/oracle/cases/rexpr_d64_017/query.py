from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nvl2(string(CAST(NULL AS INT)), nvl(i, 10), i)")).withColumn("c2", expr("coalesce(t, substring(t, -3, 1), CAST(NULL AS STRING))")).withColumn("c3", expr("CASE WHEN (s <= '') THEN m WHEN (b IS NULL) THEN (coalesce(m, m, 1.25) + i) ELSE coalesce(m, 0.001, 0.001) END")).withColumn("c4", expr("ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)")).withColumn("c5", F.concat(lit(" "), col("s"), col("s")))
OUTPUT_MODE = "append"
