spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.rtrim(F.regexp_replace(F.repeat(F.upper(col("s")), -1), "^.", "")).alias("c1"), F.asinh(col("d")).alias("c2"), F.date_add(col("dt"), col("d")).alias("c3"))
OUTPUT_MODE = "append"
