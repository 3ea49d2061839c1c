spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("d") / lit(-4.0)).alias("c1"), col("d").try_cast("int").alias("c2"), F.year(col("i")).alias("c3")).filter("((i <= 1) OR (d < 2.0D))")
OUTPUT_MODE = "append"
