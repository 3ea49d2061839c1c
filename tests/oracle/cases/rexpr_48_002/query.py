from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("i").isNull() | (col("id") != lit(3).cast("bigint")))).groupBy(expr("replace(regexp_extract(CAST(NULL AS STRING), '^(\\\\S*)', 1), 'a', '') AS k1")).agg(expr("max(element_at(split(s, ' '), 3)) AS a3"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a1"), F.max(F.to_date(col("ts"))).alias("a2"))
OUTPUT_MODE = "update"
