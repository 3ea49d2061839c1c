from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("f") == lit(0.001))).groupBy(expr("date_add(dt, i) AS k1")).agg(F.bool_and(col("t").startswith("é")).alias("a1"), F.datediff(F.max(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2025-03-01")))), F.min(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2025-03-01"))))).alias("a2"), expr("min(TRY_CAST(t AS TIMESTAMP)) AS a3"))
OUTPUT_MODE = "update"
