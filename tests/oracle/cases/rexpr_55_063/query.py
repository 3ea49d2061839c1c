from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, i INT, m DECIMAL(12,4), dt DATE, s STRING, n DECIMAL(20,0), d DOUBLE, f FLOAT").load(INPUT)
result = df.withColumn("c1", expr("(CAST((n - m) AS DOUBLE) BETWEEN 2.0D AND 100.0D)")).withColumn("c2", expr("make_date(year(trunc(try_to_date(s), 'MM')), month(trunc(try_to_date(s), 'MM')), 1)")).withColumn("c3", expr("CASE WHEN startswith(right(s, 4), 'é') THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN ts ELSE date_trunc('HOUR', ts) END")).withColumn("c4", expr("CASE WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN (d - n) WHEN (date_add(dt, i) IS NOT NULL) THEN sign(round(f, 0)) WHEN TRY_CAST(format_string('%s', f) AS BOOLEAN) THEN pow(f, -1) END")).drop("ts", "i", "m", "dt", "f").where((~F.coalesce((lit(0).cast("bigint") == col("m")), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT s, c4, n FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id DESC"]
