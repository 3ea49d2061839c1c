from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("add_months(nullif(date_add(least(dt, dt), pmod(i, nullif(10, 0))), to_date('2024-02-29')), i)").alias("c1"), (col("dt") > lit(5)).alias("c2"), F.translate(F.regexp_replace(F.when(lit(False), F.replace(col("s"), lit("l"), lit("LL"))).when(((col("m") <= lit(100).cast("decimal(3,0)")) & col("i").isNotNull()), F.when((col("d") <= lit(0.5)), col("t")).when((col("id") != lit(0).cast("bigint")), col("t")).when((col("t") != lit("日本")), col("t")).otherwise(col("s"))).when((col("i") >= col("m")), col("s")).otherwise(col("s")), "^.", ""), "aeiou", "AEI").alias("c3")).where("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
