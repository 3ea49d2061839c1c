from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("s").isNull().isNotNull() | col("s").isNull())).groupBy(expr("TRY_CAST(locate('o', s, 2) AS INT) AS k1")).agg(expr("sum(nullif(f, 0.1D)) AS a1"), expr("(max(month(nullif(ts, TIMESTAMP'2024-02-29 00:00:00'))) - min(month(nullif(ts, TIMESTAMP'2024-02-29 00:00:00')))) AS a2"), F.round(F.avg(col("n")), 0).alias("a3"))
OUTPUT_MODE = "update"
