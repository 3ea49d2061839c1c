from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, d DOUBLE, t STRING, j INT, m DECIMAL(7,0), b BOOLEAN, i INT, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST(m AS DOUBLE) AS c1"), F.nullif(col("t"), lit("日本")).try_cast("double").alias("c2"))
OUTPUT_MODE = "append"
