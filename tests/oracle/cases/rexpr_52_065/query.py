from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("rpad('', 0, '*') AS k1")).agg(expr("(max((-1.5D + d)) - min((-1.5D + d))) AS a1"), expr("max((n / nullif(n, 0))) AS a2"))
OUTPUT_MODE = "update"
