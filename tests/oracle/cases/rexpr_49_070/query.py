from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("log10(m) AS c1", "least((id + i), ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)) AS c2", "CASE WHEN (s > 'é') THEN dt END AS c3", "(i * CAST((s IS NOT NULL) AS DECIMAL(12,2))) AS c4").where(((F.to_timestamp(lit("1999-12-31 23:59:59.999")) > lit(None).cast("timestamp")) | (col("c4") >= lit(.5).cast("decimal(2,1)"))))
OUTPUT_MODE = "append"
