from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, i INT, j INT, b BOOLEAN, m DECIMAL(38,10), ts TIMESTAMP, f FLOAT, s STRING, d DOUBLE").load(INPUT)
result = df.where((col("b") | (col("f") <= lit(0.5)))).selectExpr("id", "concat_ws(', ', CAST(dt AS STRING), CAST(hash(s) AS STRING), CAST(nvl2(i, i, 1) AS STRING)) AS c1", "(id / i) AS c2", "greatest(m, m) AS c3")
OUTPUT_MODE = "append"
