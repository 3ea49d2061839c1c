from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(t = 'x-y')").groupBy(F.nullif((col("i") + lit(1)), lit(5)).alias("k1"), expr("greatest(i, day(to_date('2023-12-31'))) AS k2")).agg(expr("sum((id * 2)) AS a1"), expr("round(avg((1.25 / nullif(m, 0))), 0) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
