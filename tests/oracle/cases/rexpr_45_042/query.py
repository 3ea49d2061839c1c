from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.when(col("t").endswith(" "), col("dt")).when((col("k") >= lit(1).cast("bigint")), F.greatest(col("dt"), F.to_date(lit("2025-03-01")))).when(F.when(col("b"), (col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999")))).when(col("b"), (col("m") > lit(-3.10).cast("decimal(3,2)"))).otherwise((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00")))), col("dt")).otherwise(F.make_date(lit(2024), lit(12), lit(28))).isNotNull().alias("c1"), expr("CASE j WHEN 2 THEN date_add(add_months(dt, i), (i - i)) ELSE dt END AS c2"), expr("abs(exp(d))"))
OUTPUT_MODE = "append"
