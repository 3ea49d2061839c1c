spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, s STRING, j INT, ts TIMESTAMP, dt DATE, d DOUBLE, m DECIMAL(18,6), b BOOLEAN").json(INPUT)
result = df.withColumn("c1", (~col("i"))).withColumn("c2", (F.to_timestamp(lit("2024-02-29 00:00:00")) != col("dt"))).withColumn("c3", expr("(CASE WHEN isnan(d) THEN 86400L WHEN regexp_like(s, '[0-9]+') THEN id WHEN c2 THEN id ELSE id END - i)")).withColumn("c4", expr("((id % 7) - 0.1D)")).withColumn("c5", F.try_element_at(F.split(F.nullif(F.nullif(col("s"), lit(" ")), lit("")), "-"), lit(2))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
