spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), k BIGINT, s STRING, i INT, ts TIMESTAMP, dt DATE, d DOUBLE, t STRING, b BOOLEAN, m DECIMAL(38,10)").load(INPUT)
result = df.filter("((concat('é', CAST(0.001 AS STRING), t) <= '2024-02-29') OR (i = 1))").select("id", "m", expr("CASE WHEN b THEN d ELSE d END").alias("c1"), lit(" ").isNull().alias("c2")).filter(((col("b") & (col("s") > lit(""))) | (~F.coalesce(col("b"), lit(False)))))
OUTPUT_MODE = "append"
