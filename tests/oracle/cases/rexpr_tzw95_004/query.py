spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, ts TIMESTAMP, d DOUBLE, s STRING, i INT, m DECIMAL(10,2), n DECIMAL(9,5), b BOOLEAN, dt DATE, t STRING").json(INPUT)
result = df.filter((col("k") <= lit(3).cast("bigint"))).select("id", expr("char_length(md5('a'))"), (col("i") - col("d")).alias("c2")).filter("coalesce((((3 * i) > 2) = true), true)")
OUTPUT_MODE = "append"
