spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(contains(format_number(i, 2), 'a') OR (d >= -1.5D))").select(F.ascii(col("s")), F.coalesce(col("id"), col("id"), lit(-2).cast("bigint")).try_cast("int").alias("c2"), expr("(1000L <> d)").alias("c3"), expr("(d * round(d, 0)) AS c4"), expr("(least(greatest(ts, ts), ts) - INTERVAL '90' MINUTE) AS c5"))
OUTPUT_MODE = "append"
