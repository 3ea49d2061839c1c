from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.nvl2(F.substr(col("s"), lit(5), lit(1)), col("b"), lit(False)) | col("d").isNull())).groupBy((F.round(col("d"), 2) + (col("d") + col("m"))).alias("k1")).agg(expr("sum(CASE WHEN (id >= d) THEN size(split(s, '  *')) ELSE 0 END) AS a1"), expr("max(n) AS a2"), expr("round(avg((i * n)), 3) AS a3"))
OUTPUT_MODE = "update"
