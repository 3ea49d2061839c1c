from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, m DECIMAL(10,2), b BOOLEAN, d DOUBLE, j INT, i INT, s STRING, ts TIMESTAMP, n DECIMAL(5,3), dt DATE, k BIGINT").json(INPUT)
result = df.select("id", "t", expr("(12.345 / 2.5) AS c1"), F.to_timestamp(F.date_format(F.try_to_timestamp(col("s")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c2"))
OUTPUT_MODE = "append"
