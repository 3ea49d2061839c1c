from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("crc32(CASE WHEN b THEN try_element_at(split(t, ' '), 2) WHEN (t LIKE 'H%') THEN s WHEN startswith('', 'o') THEN s ELSE greatest(t, s) END)")).withColumn("c2", expr("(d / nullif(i, 0))")).withColumn("c3", (col("ts") + expr("INTERVAL 1 MONTH"))).withColumn("c4", F.date_sub(col("dt"), col("i"))).withColumn("s", expr("least(t, t, t)"))
OUTPUT_MODE = "append"
