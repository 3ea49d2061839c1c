from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(id / nullif(CASE WHEN b THEN i END, 0))").alias("c1"), expr("log(10, CASE WHEN isnan(d) THEN unix_date(DATE'2000-01-01') WHEN b THEN j ELSE CASE WHEN b THEN 0 ELSE i END END)").alias("c2"), F.trunc(F.when(F.translate(col("t"), "aeiou", "AEI").like("%o%"), F.greatest(col("dt"), F.trunc(col("dt"), "Q"), col("dt"))).when(lit("abc").contains("a"), F.next_day(F.trunc(col("dt"), "mon"), "SUN")).otherwise(F.nullif(F.last_day(col("dt")), F.to_date(lit("2025-03-01")))), "mon").alias("c3"), expr("soundex(t)").alias("c4"), expr("CAST(ts AS DOUBLE)")).where((col("s") >= lit("abc")))
OUTPUT_MODE = "append"
