spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(i AS BOOLEAN) AS c1"), expr("date_trunc('yyyy', CASE WHEN (id > 1000L) THEN ts WHEN (0.5D >= d) THEN ts WHEN (m IS NOT NULL) THEN date_trunc('SECOND', TIMESTAMP'1999-12-31 23:59:59.999') ELSE ts END) AS c2"), F.when(F.array_contains(F.split(lit("日本"), ","), "Hello"), F.when((col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("dt")).otherwise(F.to_date(lit("2023-12-31")))).alias("c3"), expr("pmod(id, i) AS c4"))
OUTPUT_MODE = "append"
