from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("pmod(1.25, -4.5) AS c1"), F.concat_ws("|", col("t"), col("ts").cast("string"), lit(1).cast("string")).alias("c2"), F.floor(col("d") * lit(1e10)).alias("c3"), expr("timestamp_millis(1)"), F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))), (col("m") != col("d")).alias("c6")).where((lit(100).cast("double").isin(lit(100.0), lit(2.0), lit(2.0)) | col("c2").isNotNull()))
OUTPUT_MODE = "append"
