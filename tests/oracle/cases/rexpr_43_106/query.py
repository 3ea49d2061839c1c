from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("if((m IS NOT NULL), id, -2L)").alias("c1"), expr("coalesce(s, 'abc')"), expr("add_months(next_day(make_date(2023, 12, 1), 'fri'), 1) AS c3"), (lit(1) * F.when(col("d").isNull(), col("id")).when(col("f").isin(lit(0.1), lit(0.5)), col("id")).otherwise(col("id"))).alias("c4")).where(F.coalesce(F.upper(col("s")).startswith(" "), lit(True)))
OUTPUT_MODE = "append"
