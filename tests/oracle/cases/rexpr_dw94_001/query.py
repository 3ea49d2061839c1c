from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, ts TIMESTAMP, t STRING, m DECIMAL(10,2), b BOOLEAN, n DECIMAL(9,5), i INT, j INT, dt DATE, k BIGINT").json(INPUT)
result = df.filter("(NOT coalesce(((s LIKE '_') AND b), false))").select("id", expr("CAST(floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS BOOLEAN) AS c1"), F.equal_null(col("i"), lit(0)).alias("c2"), (col("id") + col("id")).alias("c3"), F.sqrt(col("n")).try_cast("int").alias("c4")).where("(startswith(concat_ws(', ', t, t, CAST(1 AS STRING)), '') OR (j = 2))")
OUTPUT_MODE = "append"
