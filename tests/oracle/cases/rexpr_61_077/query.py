from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, dt DATE, ts TIMESTAMP, d DOUBLE, b BOOLEAN, s STRING, m DECIMAL(12,4), i INT").json(INPUT)
result = df.filter("(m <= 99.99)").select("id", "d", expr("((least(ts, ts, ts) - INTERVAL -3 DAYS) + INTERVAL '90' MINUTE) AS c1"), (col("i") + col("id")).alias("c2")).filter("(b OR (j IS NOT NULL))")
OUTPUT_MODE = "append"
