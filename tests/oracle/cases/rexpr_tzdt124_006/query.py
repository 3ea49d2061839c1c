spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(10,2), dt DATE, b BOOLEAN, i INT, k BIGINT, s STRING, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.coalesce(col("k"), lit(-2).cast("bigint")).alias("c1"), F.when(col("b"), col("m")).when((col("m") > lit(12.345).cast("decimal(5,3)")), expr("99.99")).alias("c2"), expr("(ts + (ts - ts)) AS c3"))
OUTPUT_MODE = "append"
