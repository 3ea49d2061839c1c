from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("i").isNotNull()).select("id", "f", expr("bround((nvl(id, 3L) / nullif(f, 0)), -1) AS c1"), F.unix_timestamp(expr("CASE translate(s, ' ', '_') WHEN 'abc' THEN nullif((ts - INTERVAL 1 DAY), TIMESTAMP'1999-12-31 23:59:59.999') END")).alias("c2")).where(F.coalesce(col("s").isNotNull(), lit(True)))
OUTPUT_MODE = "append"
