from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(((i >= 2) OR b), true)").selectExpr("id", "CASE WHEN (d > 0.5D) THEN b ELSE ('' RLIKE '^[A-Z]') END AS c1", "round(round(m, -1), 3) AS c2", "floor(((i + i) * m)) AS c3", "CASE WHEN (abs(d) IS NULL) THEN dt END AS c4").where((col("c2") != lit(-3.10).cast("decimal(3,2)")))
OUTPUT_MODE = "append"
