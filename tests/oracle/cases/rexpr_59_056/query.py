from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (s IS NOT NULL) THEN ts WHEN coalesce(b, true) THEN ts WHEN (dt <= to_date('2000-01-01')) THEN ts ELSE ((ts + INTERVAL 36 HOURS) + INTERVAL '1 02:03:04.000005' DAY TO SECOND) END AS c1", "(i * m) AS c2").where((col("j").isNotNull().isNotNull() | (col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
