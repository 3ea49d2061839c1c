spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("s") > lit("é"))).select("id", F.when(col("m").isNotNull(), F.date_trunc("MONTH", col("ts"))).when(((col("d") <= lit(0.1)) | lit(False)), F.coalesce(F.date_trunc("MONTH", col("ts")), F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("c1"), F.date_trunc("DAY", F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"))
OUTPUT_MODE = "append"
