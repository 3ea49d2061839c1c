from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("concat_ws('', s, s)").alias("c1"), (col("id") * lit(5)).alias("c2"), (col("id") + col("i")).alias("c3"), expr("pmod((if(b, id, 1L) * 2), nullif(nullif(CASE isnan(d) WHEN false THEN i WHEN true THEN 0 ELSE nvl2(ts, j, 100) END, 5), 0)) AS c4")).filter("(nvl2(id, true, true) OR (c4 IS NULL))")
OUTPUT_MODE = "append"
