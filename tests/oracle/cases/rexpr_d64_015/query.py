from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(CASE WHEN (CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN ts WHEN true THEN ts WHEN (m < 12.345) THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END IS NOT NULL) THEN dateadd(dt, 5) ELSE dt END AS TIMESTAMP) AS c1", "unix_timestamp(dt) AS c2", "(TRY_CAST('Hello' AS INT) = atan2(i, d)) AS c3", "try_to_timestamp('')").where("(c2 = 0L)")
OUTPUT_MODE = "append"
