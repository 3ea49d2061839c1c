from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("least(make_date(2023, pmod(i, 12) + 1, 28), DATE'2025-03-01', last_day(dt)) AS k1")).agg(F.round(F.avg(F.dayofyear(col("dt"))), 0).alias("a1"), F.max(col("ts")).alias("a2"), F.avg(lit(86400).cast("bigint")).alias("a3"), expr("sum(CASE WHEN regexp_like(t, '[0-9]+') THEN CASE WHEN b THEN i ELSE (i - i) END ELSE 0 END) AS a4"))
OUTPUT_MODE = "complete"
