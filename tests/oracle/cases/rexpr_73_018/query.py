from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("k") != lit(0).cast("bigint"))).select("id", expr("coalesce((k <> 1L), (f BETWEEN 100.0D AND 100.0D), true) AS c1"), expr("make_date(year(dt), 2, 30) AS c2"), expr("CASE WHEN (true AND true) THEN i ELSE i END").alias("c3"), (col("f") * col("m")).alias("c4"), F.reverse(col("s")).alias("c5")).filter((col("c5") == lit(" ")))
OUTPUT_MODE = "append"
