from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("CAST(dt AS STRING) AS k1")).agg(expr("(max(bround(f, 0)) - min(bround(f, 0))) AS a1"), expr("round(avg((m / 2.5)), 2) AS a2"), expr("count_if(((s IS NULL) <=> b)) AS a3"), F.round(F.avg(F.abs(col("f"))), 2).alias("a4"))
OUTPUT_MODE = "update"
