spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.pmod(col("i"), F.nullif(col("j"), lit(0))).alias("c1"), F.ltrim(col("s")), expr("xxhash64(id) AS c3"), expr("year(date_trunc('SECOND', CASE WHEN (i = 10) THEN CASE WHEN (id IS NOT NULL) THEN ts WHEN true THEN ts WHEN (m IS NOT NULL) THEN ts ELSE ts END WHEN (i IN (7, 7)) THEN ts ELSE ts END)) AS c4"))
OUTPUT_MODE = "append"
