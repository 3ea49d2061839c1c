from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("t").endswith("a") | col("s").isNotNull())).select("id", (-(lit(5) * F.dayofweek(col("dt")))).alias("c1"), F.nullif(F.year(col("dt")), lit(10)).alias("c2"), F.when(col("b"), F.date_from_unix_date(col("i"))).otherwise(col("dt")).alias("c3"), F.dayofyear(F.greatest(F.to_date(lit("2024-02-29")), F.date_add(col("dt"), col("i")), col("dt"))).alias("c4"), expr("regexp_replace(rpad(lpad(reverse(t), 0, 'ab'), 8, '*'), '^.', '') AS c5")).filter("(((ts IS NULL) IS NULL) OR (ts IS NULL))")
OUTPUT_MODE = "append"
