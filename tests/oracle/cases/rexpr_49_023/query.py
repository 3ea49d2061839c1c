from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((TIMESTAMP'2024-03-01 12:30:00.123456' <> dt) OR (id <> -2L))").groupBy(F.when((col("id") <= lit(3).cast("bigint")), col("d")).when((col("b") & col("b")), col("d")).otherwise(F.sqrt(lit(5))).alias("k1")).agg(F.sum(F.when((F.lpad(lit("a"), 3, " ") > F.date_format(col("ts"), "dd.MM.yy")), (col("m") * col("m"))).otherwise(lit(0))).alias("a1"), expr("sort_array(collect_set(10)) AS a2"))
OUTPUT_MODE = "update"
