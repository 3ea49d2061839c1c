from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i < -1)").select("id", expr("(i * round((m / nullif(m, 0)), 1)) AS c1"), expr("(day(CASE WHEN b THEN dt ELSE to_date('2024-02-29') END) + id) AS c2"), F.try_add(col("d"), col("d")).alias("c3"))
OUTPUT_MODE = "append"
