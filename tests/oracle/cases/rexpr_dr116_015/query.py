from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSS') = lpad(t, 6, 'ab')), true)").withColumn("c1", expr("sequence((2 * 1) % 5, 4)")).withColumn("c2", F.asin(F.signum((col("m") - col("m"))) / lit(1000))).drop("ts").filter("(ts IS NOT NULL)")
OUTPUT_MODE = "append"
