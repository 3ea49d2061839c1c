from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), j INT, d DOUBLE, f FLOAT, i INT, ts TIMESTAMP, dt DATE, b BOOLEAN, s STRING").json(INPUT)
result = df.filter((col("b") | col("b"))).groupBy(((col("f") > lit(0.5)) >= (col("dt") != F.to_date(lit("2023-12-31")))).alias("k1")).agg(expr("count_if((translate(replace(s, ' ', ''), 'lo', '01') ILIKE '%o%')) AS a1"), (F.max(F.round(F.floor((col("m") / expr("7.5"))), -1)) - F.min(F.round(F.floor((col("m") / expr("7.5"))), -1))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
