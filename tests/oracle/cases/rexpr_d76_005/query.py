from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "f", F.greatest(col("id"), F.xxhash64(col("id")), col("id")).alias("c1"), F.when((col("id") > lit(0).cast("bigint")), col("ts")).when(col("m").isNotNull(), col("ts")).alias("c2")).where((col("t").startswith("o") | col("m").isNull()))
OUTPUT_MODE = "append"
