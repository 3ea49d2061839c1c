from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce((F.least(col("id"), col("id")) == col("n")), lit(True))).groupBy(expr("CASE WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN to_date('2024-02-29') ELSE dt END AS k1")).agg(F.min(F.degrees(col("i"))).alias("a1"), expr("count_if((m <> 100BD)) AS a2"))
OUTPUT_MODE = "complete"
