from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(col("ts").isNotNull()).select("id", F.coalesce(lit(1000).cast("bigint"), (col("id") % lit(10)), lit(-2).cast("bigint")).alias("c1"), F.next_day(F.date_add(col("dt"), col("i")), "Mon").alias("c2"), expr("CASE WHEN (i IS NOT NULL) THEN quarter(dt) WHEN (datediff(ts, dt) BETWEEN 5 AND 1) THEN j WHEN isnan(CAST(NULL AS DOUBLE)) THEN i ELSE i END AS c3"), F.greatest(col("m"), col("m"), col("m")).alias("c4"), ((col("ts") <= col("dt")) | (col("i") >= lit(0))).alias("c5"))
OUTPUT_MODE = "append"
