from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce(F.array_contains(F.split(col("s"), ","), "o"), lit(False)))).select(expr("CAST(CASE WHEN (ts != trunc(dt, 'WEEK')) THEN dt ELSE dateadd(dt, i) END AS STRING) AS c1"), expr("try_add(locate(' ', translate(t, 'lo', '01'), 5), j) AS c2"), lit("x-y").try_cast("timestamp").alias("c3"), expr("round(abs(m)) AS c4")).filter("((dt > to_date('2000-01-01')) OR (ts > TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
