from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((sha2(s, 512) RLIKE '^\\\\s'), false))").selectExpr("id", "nvl2(s, TIMESTAMP'1999-12-31 23:59:59.999', CAST(NULL AS TIMESTAMP)) AS c1", "pmod(i, 10) AS c2", "timestamp_seconds(((10 - i) + i)) AS c3", "nvl(dt, DATE'2000-01-01') AS c4", "TRY_CAST(s AS DATE) AS c5").filter(((col("c2") != lit(3)) | (col("c4") > F.to_date(lit("2023-12-31")))))
OUTPUT_MODE = "append"
