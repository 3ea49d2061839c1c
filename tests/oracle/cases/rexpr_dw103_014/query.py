from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(7,0), i INT, d DOUBLE, t STRING, dt DATE, ts TIMESTAMP, f FLOAT, s STRING").json(INPUT)
result = df.select("id", (col("m") > col("f")).alias("c1"), expr("(5 - i) AS c2"), expr("coalesce((d * id), -1.5D, 0.5D)"), expr("(m / 2.5)").alias("c4"), expr("CASE WHEN (ts <> dt) THEN (i - i) ELSE i END").alias("c5"))
OUTPUT_MODE = "append"
