from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, ts TIMESTAMP, n DECIMAL(20,0), b BOOLEAN, s STRING, i INT, d DOUBLE, m DECIMAL(12,4), t STRING, dt DATE").load(INPUT)
result = df.select("id", expr("(id * 2) AS c1"), expr("bround(CASE WHEN (t < 'o') THEN -3.10 ELSE n END, 2) AS c2"), expr("CAST(s AS INT)").alias("c3"))
OUTPUT_MODE = "append"
