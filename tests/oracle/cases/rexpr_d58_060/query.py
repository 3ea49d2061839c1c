from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("lpad(s, 6, ' ') AS k1")).agg(expr("sum(id) AS a1"), expr("datediff(max(CASE WHEN (i < -1) THEN make_date(2023, 12, 28) WHEN (d IS NOT NULL) THEN dt END), min(CASE WHEN (i < -1) THEN make_date(2023, 12, 28) WHEN (d IS NOT NULL) THEN dt END)) AS a2"), F.count_if((col("d") > lit(100.0))).alias("a3"), expr("max(ts) AS a4"))
OUTPUT_MODE = "update"
