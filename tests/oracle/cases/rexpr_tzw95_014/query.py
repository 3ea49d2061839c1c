spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("b").alias("k1")).agg(F.count_if(col("i").cast("boolean")).alias("a1"), F.sum(F.when((col("d") != col("id")), lit(12.345).cast("decimal(5,3)")).otherwise(lit(0))).alias("a2"), expr("bool_or((0.1D IS NULL)) AS a3"))
OUTPUT_MODE = "complete"
