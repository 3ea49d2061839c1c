from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.nvl2(col("n"), F.lower(col("t")), col("t")).alias("k1")).agg(expr("min(timestamp_millis(nullif(i, 5))) AS a1"), expr("round(avg(dayofmonth(ts)), 2) AS a2"), F.bool_and(F.exists(F.split(lit("日本"), " "), lambda x: x == lit("o"))).alias("a3"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
