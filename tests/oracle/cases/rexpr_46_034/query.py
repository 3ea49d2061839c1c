from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce((col("k") == (col("i") + col("i"))), lit(True))).selectExpr("id", "CAST(greatest(dt, dt, dt) AS TIMESTAMP) AS c1", "unix_timestamp(s) AS c2", "round(m, 3)", "CASE WHEN b THEN format_string('%e', (i / 2)) END AS c4", "((n + n) * pow(cbrt(i), 2)) AS c5")
OUTPUT_MODE = "append"
