from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(F.max((col("m") / col("i"))).alias("a3"), expr("max(nullif(date_format(dt, 'dd.MM.yy'), '2024-02-29')) AS a1"), expr("round(avg(datediff(date_add(dt, i), make_date(2023, 2, 1))), 2) AS a2")).orderBy(col("a1").desc(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
