from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("j").isin(lit(10)) | (col("i") > lit(2)))).groupBy("dt").agg(expr("max(repeat(s, 2)) AS a1"), F.sum(F.when(F.translate(col("t"), "aeiou", "AEI").endswith("a"), (col("i") - lit(10))).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
