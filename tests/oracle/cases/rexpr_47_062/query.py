from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((~F.least(col("j"), col("i"), col("i")).isin(lit(2))) | col("m").isNull())).selectExpr("timestamp_seconds(i) AS c1", "TRY_CAST(greatest(s, s, s) AS BOOLEAN) AS c2", "CASE WHEN (m IS NOT NULL) THEN i WHEN false THEN (i * 0) WHEN isnan(d) THEN greatest(octet_length(s), i) ELSE -4 END AS c3", "coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c4").where("(isnan(CAST((d >= 0.001D) AS DOUBLE)) OR (dt >= to_date('2000-01-01')))")
OUTPUT_MODE = "append"
