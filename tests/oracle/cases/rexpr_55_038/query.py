from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(expr("(max(CAST((id IS NOT NULL) AS DECIMAL(10,4))) - min(CAST((id IS NOT NULL) AS DECIMAL(10,4)))) AS a1"), F.count((col("i") + col("i"))).alias("a2"), F.min(F.nullif(F.char_length(lit("Hello")), lit(2))).alias("a3"), (F.max(F.nullif(col("d"), lit(0.5))) - F.min(F.nullif(col("d"), lit(0.5)))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
