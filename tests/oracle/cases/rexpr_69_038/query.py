from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("date_format(ts, 'dd.MM.yy')").alias("c1"), expr("trim(nullif(coalesce(t, substring('2024-02-29', -3, 3), '日本'), 'o'))").alias("c2"), F.greatest(col("i"), col("s")).alias("c3"), F.coalesce(col("m"), lit(None).cast("decimal(10,2)")).alias("c4"), F.round(F.months_between((col("ts") + expr("INTERVAL 36 HOURS")), col("dt"), False), 0).alias("c5")).filter("(c5 >= 2.0D)")
OUTPUT_MODE = "append"
