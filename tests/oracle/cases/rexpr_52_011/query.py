from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), s STRING, dt DATE, j INT, ts TIMESTAMP, i INT, m DECIMAL(10,2), b BOOLEAN, d DOUBLE").json(INPUT)
result = df.filter("((dt = to_date('2025-03-01')) OR (d <= 100.0D))").groupBy(col("i").isNull().alias("k1")).agg(F.count_if((col("dt") < col("ts"))).alias("a1"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), expr("round(avg(d), 2) AS a3"), expr("count((- i)) AS a4"))
OUTPUT_MODE = "update"
