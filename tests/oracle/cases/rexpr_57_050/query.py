from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(coalesce(b, false) OR (m < 0.5))").groupBy(expr("CASE WHEN (b IS NOT TRUE) THEN DATE'2000-01-01' ELSE dt END AS k1")).agg(F.sum(F.when(col("i").cast("double").isin(lit(0.5)), col("i")).otherwise(lit(0))).alias("a1"), expr("bool_and(('2024-02-29' > t)) AS a2"), F.datediff(F.max(F.to_date(lit("2024-02-29"))), F.min(F.to_date(lit("2024-02-29")))).alias("a3"), expr("min(m) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
