spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.timestamp_millis(col("i")).alias("c1"), F.extract(lit("YEAR"), F.add_months(col("dt"), col("i"))), (col("i") + F.datediff(col("dt"), col("ts"))).alias("c3"), F.format_string("%d%%", col("id")).alias("c4")).filter((F.isnan(lit(-1.5)) | (col("c1") <= F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
