from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(((b IS NOT NULL) AND b) OR (b IS NOT NULL))").groupBy(expr("CAST(CASE WHEN (ts IS NOT NULL) THEN dt WHEN b THEN dt ELSE dt END AS STRING) AS k1")).agg(expr("min(try_to_timestamp(s)) AS a1"), expr("round(avg(round((m / 3.5), 3)), 0) AS a2"), (F.max(col("d")) - F.min(col("d"))).alias("a3"), expr("sum(CASE WHEN (ts >= nullif(dt, to_date('2000-01-01'))) THEN m ELSE 0 END) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
