from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(substr(s, 5, 0) LIKE 'H%') AS k1")).agg(expr("(max((i + i)) - min((i + i))) AS a1"), expr("bool_and((m IS NOT NULL)) AS a2"), expr("avg(nullif((f - (- i)), -1.5D)) AS a3"), F.count(F.date_format(col("dt"), "yyyyMMdd").isNull()).alias("a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
