from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", expr("format_string('%s-%d', '42', id) AS c1"), F.length(col("s")).cast("bigint").alias("c2")).where(col("ts").isNotNull())
OUTPUT_MODE = "append"
