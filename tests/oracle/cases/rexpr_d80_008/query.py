from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(least(m, m) BETWEEN 0.5 AND 0.5) AS k1")).agg(expr("count_if((crc32(overlay(s PLACING 'xx' FROM 1 FOR 1)) <> TRY_CAST(s AS DOUBLE))) AS a1"), (F.max(col("d")) - F.min(col("d"))).alias("a2"), expr("round(avg(d), 0) AS a3"))
OUTPUT_MODE = "update"
