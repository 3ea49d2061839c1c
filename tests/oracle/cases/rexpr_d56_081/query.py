from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~col("b"))).groupBy(expr("rpad(nullif(s, 'abc'), 0, 'ab') AS k1")).agg(F.count(F.timestamp_millis(col("i"))).alias("a1"), F.count(col("b")).alias("a2"))
OUTPUT_MODE = "complete"
