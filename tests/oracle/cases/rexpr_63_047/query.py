from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(expr("(max(m) - min(m)) AS a1"), expr("(max(m) - min(m)) AS a2"))
OUTPUT_MODE = "update"
