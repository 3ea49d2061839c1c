from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b", expr("(f <= 0.1D) AS k2")).agg(expr("round(avg(length('42')), 3) AS a1"), F.datediff(F.max(F.trunc(col("dt"), "Q")), F.min(F.trunc(col("dt"), "Q"))).alias("a2"), F.count_if((col("dt").isNotNull() | col("b"))).alias("a3"), expr("count(greatest('2024-02-29', trim(s))) AS a4"), F.max(F.make_date(F.year(col("dt")), lit(2), lit(30))).alias("a5"))
OUTPUT_MODE = "update"
