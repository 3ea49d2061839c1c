from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), s STRING, ts TIMESTAMP, b BOOLEAN, d DOUBLE, i INT, dt DATE, f FLOAT, t STRING, j INT").json(INPUT)
result = df.groupBy(expr("CASE s WHEN ' ' THEN t ELSE t END").alias("k1"), F.year(F.next_day(col("dt"), "wednesday")).alias("k2")).agg(expr("bool_and(isnan(f)) AS a1"), F.sum(col("id")).alias("a2"), (F.max((col("i") + F.dayofmonth(col("dt")))) - F.min((col("i") + F.dayofmonth(col("dt"))))).alias("a3"), F.max(F.when(col("b"), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("a4"))
OUTPUT_MODE = "complete"
