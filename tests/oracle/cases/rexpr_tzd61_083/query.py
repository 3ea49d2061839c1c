spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.months_between(col("dt"), col("ts")).alias("c1"), expr("xxhash64(add_months(dt, i), d)").alias("c2")).where("coalesce((CASE WHEN (c1 = 0.1D) THEN ' ' ELSE '' END BETWEEN 'é' AND ' '), true)")
OUTPUT_MODE = "append"
