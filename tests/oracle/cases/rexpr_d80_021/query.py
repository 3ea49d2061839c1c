from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("CASE WHEN (j < 1) THEN (10 * (id + id)) WHEN (dt IS NOT NULL) THEN (-1 * id) END").alias("c1"), expr("sqrt(dt) AS c2"), expr("regexp_like(CAST(CASE WHEN false THEN k ELSE id END AS STRING), 'o$')").alias("c3"), F.unix_timestamp(F.add_months(col("dt"), col("i"))).alias("c4"), expr("greatest(m, 12.345, bround((n - n), -1)) AS c5"), expr("atan2(d, i) AS c6"))
OUTPUT_MODE = "append"
