spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(38,10), s STRING, d DOUBLE, ts TIMESTAMP, dt DATE, b BOOLEAN, i INT, t STRING, j INT").load(INPUT)
result = df.select("id", F.pow(col("d"), 0.5).alias("c1"), (lit(12).cast("decimal(38,18)") + F.coalesce(col("m"), col("m"), expr("99.99"))).alias("c2")).where((col("b") | col("ts").isNull()))
OUTPUT_MODE = "append"
