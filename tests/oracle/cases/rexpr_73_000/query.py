from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, s STRING, j INT, dt DATE, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), i INT, t STRING, n DECIMAL(20,0)").load(INPUT)
result = df.select("id", "ts", (F.nullif(lit(100.0), lit(0.001)) != col("id")).alias("c1"), expr("((i - i) <= (m / nullif(m, 0)))").alias("c2"))
OUTPUT_MODE = "append"
