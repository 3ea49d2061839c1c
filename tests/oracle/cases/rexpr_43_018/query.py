from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, n DECIMAL(20,0), t STRING, d DOUBLE, s STRING, i INT, m DECIMAL(10,2), b BOOLEAN, dt DATE").load(INPUT)
result = df.where((col("n") == expr("0.5"))).selectExpr("id", "((n * n) - i) AS c1", "ascii(t) AS c2")
OUTPUT_MODE = "append"
