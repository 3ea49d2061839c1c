from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, d DOUBLE, i INT, ts TIMESTAMP, m DECIMAL(7,0), s STRING, n DECIMAL(5,3), b BOOLEAN, dt DATE").load(INPUT)
result = df.groupBy("b").agg(expr("sum(d) AS a1"), F.max(F.bround(lit(.001).cast("decimal(4,3)"), 3)).alias("a2"), F.count_if(F.concat(col("s"), col("s")).isin(lit("abc"), lit("2024-02-29"), lit(" "))).alias("a3"))
OUTPUT_MODE = "update"
