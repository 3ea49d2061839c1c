spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg((F.max(((col("f") * col("id")) / F.nullif(F.bround(lit(0.001), 0), lit(0)))) - F.min(((col("f") * col("id")) / F.nullif(F.bround(lit(0.001), 0), lit(0))))).alias("a1"), F.max(F.ceil(col("d"))).alias("a3"), expr("avg((CAST(i AS BIGINT) - 3L)) AS a2"))
OUTPUT_MODE = "update"
