spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, m DECIMAL(12,4), d DOUBLE, s STRING, i INT, dt DATE, b BOOLEAN, j INT, t STRING").load(INPUT)
result = df.select("id", F.when(col("i").isNotNull(), col("j")).when((col("m") != lit(99.99).cast("decimal(4,2)")), col("j")).when(col("b"), col("j")).otherwise(lit(0)).alias("c1"), F.nullif(col("m").cast("double"), lit(3.75)).alias("c2"), (~col("b")).cast("bigint").alias("c3"))
OUTPUT_MODE = "append"
