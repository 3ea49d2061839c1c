from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("t", expr("substr(s, -3, 1)")).withColumn("c2", expr("(id - id)")).withColumn("s", expr("format_number(0, 0)")).withColumn("c4", col("dt")).drop("i", "j", "ts").filter(F.coalesce(F.nvl((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), lit(True)), lit(True)))
OUTPUT_MODE = "append"
