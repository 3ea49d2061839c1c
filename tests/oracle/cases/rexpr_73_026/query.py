from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("format_number((ifnull((i + id), 0L) * 2), 0) AS c1"), F.greatest((F.greatest(col("id"), col("id")) - F.abs(col("i"))), col("id")).alias("c2"))
OUTPUT_MODE = "append"
