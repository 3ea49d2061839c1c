spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.trunc(F.to_date(lit("2023-12-31")), "yy").alias("c1"), expr("greatest(id, nullif(nvl2((dt >= to_date('2024-02-29')), id, 0L), -2L), CASE WHEN contains(s, '') THEN id WHEN (j IS NULL) THEN id WHEN true THEN CAST(i AS BIGINT) ELSE -2L END) AS c2"), F.when((col("d") / lit(7)).isNotNull(), F.substring(col("s"), -3, 0)).alias("c3"), (col("ts") - expr("INTERVAL 1 MONTH"))).filter("(((c1 <= to_date('2024-02-29')) OR (c2 > 0L)) OR (c2 IS NOT NULL))")
OUTPUT_MODE = "append"
