from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, s STRING, k BIGINT, i INT, ts TIMESTAMP, m DECIMAL(38,10)").json(INPUT)
result = df.select("id", F.nullif(F.position(lit('o'), col("s")), lit(3)).alias("c1"), expr("array_union(array(CASE WHEN (dt IS NOT NULL) THEN d WHEN (id <= 3L) THEN 0.5D ELSE d END, CAST('NaN' AS DOUBLE), d), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D)) AS c2"), F.regexp_like(col("s"), lit("[aeiou]{2}")), F.encode(col("s"), 'UTF-8').alias("c4"))
OUTPUT_MODE = "append"
