from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("element_at(split(s, ' '), 3)")).withColumn("dt", F.date_sub(F.to_date(F.date_format(F.make_date(lit(2024), lit(2), lit(28)), "yyyyMMdd"), "yyyyMMdd"), col("i"))).withColumn("c3", expr("isnan(CASE WHEN contains(concat(t, 'o', s), ' ') THEN d END)")).withColumn("c4", col("d")).withColumn("b", expr("CAST(i AS BOOLEAN)")).drop("i", "m", "s", "ts").where((col("b") | col("c3").isNotNull()))
OUTPUT_MODE = "append"
