from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("dt") < F.to_date(lit("2023-12-31")))).groupBy(expr("CASE WHEN (b > (dt IS NOT NULL)) THEN dt WHEN b THEN dt WHEN (dt = ts) THEN dt ELSE dt END AS k1")).agg(F.avg(col("m")).alias("a1"), expr("round(avg(nullif(d, 0.1D)), 2) AS a2"), expr("(max(n) - min(n)) AS a3"), expr("sum(1L) AS a4"))
OUTPUT_MODE = "update"
