spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, t STRING, m DECIMAL(10,2), i INT, j INT, k BIGINT, s STRING, d DOUBLE, b BOOLEAN, dt DATE").load(INPUT)
result = df.select(F.repeat(F.array_join(F.split(col("ts").cast("string"), ","), ""), 1).alias("c1"), (F.when((col("i") >= lit(5)), col("ts")).when(col("b"), col("ts")).when((col("i") >= lit(1)), col("ts")).otherwise(col("ts")) - expr("INTERVAL 1 MONTH")).alias("c2"), F.nullif(col("m"), expr("99.99")).alias("c3"))
OUTPUT_MODE = "append"
