from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((F.greatest(col("d"), col("d")) >= col("d")), lit(True))).groupBy((col("id") != lit(None).cast("double")).alias("k1")).agg(F.min(col("ts")).alias("a1"), expr("max(CAST(1 AS TIMESTAMP)) AS a2"), F.count(col("b")).alias("a3"))
OUTPUT_MODE = "update"
