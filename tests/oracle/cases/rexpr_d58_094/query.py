from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, ts TIMESTAMP, dt DATE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, i INT, d DOUBLE, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", expr("greatest(dt, make_date(2024, month(dt), least(dayofmonth(dt), 28)))")).withColumn("c2", expr("regexp_extract(CASE WHEN (m < 1.25) THEN s WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN s WHEN (i >= 5) THEN s ELSE 'a' END, '([a-z]+)', 1)")).select("id", "c1", "c2").where((col("c2").isNotNull().eqNullSafe((col("c1") >= F.to_date(lit("2025-03-01")))) | (col("id") != lit(3).cast("bigint"))))
OUTPUT_MODE = "append"
