spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (substring(s, 0, 10) >= s) THEN k WHEN (s RLIKE '[0-9]+') THEN (id % 7) ELSE (i + id) END AS c1", "CASE WHEN regexp_like(s, 'o$') THEN CAST(NULL AS STRING) WHEN (b OR b) THEN s ELSE sha1(s) END AS c2", "extract(DAY FROM add_months(CAST(NULL AS DATE), i)) AS c3", "(i * 3) AS c4", "ceiling(n, -1) AS c5").where((expr("((TIMESTAMP'2024-02-29 00:00:00' - TIMESTAMP'1999-12-31 23:59:59.999') = INTERVAL '1' DAY)") | col("c2").isNotNull()))
OUTPUT_MODE = "append"
