spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~col("b"))).select("id", (lit(-2).cast("bigint") - col("id")).alias("c1"), expr("((i + (2 - id)) + id) AS c2"), F.abs(F.length(F.concat(col("s"), F.last_day(col("dt")).cast("string")))).alias("c3"), F.when(col("b"), col("ts")).when(col("b"), (col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH"))).when(col("b"), F.to_timestamp(lit("2024-02-29 00:00:00"))).otherwise(col("ts")).alias("c4"))
OUTPUT_MODE = "append"
