from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, d DOUBLE, i INT, f FLOAT, j INT, m DECIMAL(10,2), ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.date_add(F.to_date(lit("2023-12-31")), col("i")).alias("k1")).agg(expr("min(id) AS a1"), F.round(F.avg(F.when(lit(None).cast("string").isNull(), (col("d") - col("i"))).otherwise(col("f"))), 3).alias("a2"), expr("max(nvl2(date_sub(dt, i), (i - i), 5)) AS a3"), expr("count_if(contains(s, ' ')) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
