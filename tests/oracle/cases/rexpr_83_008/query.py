from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("hash(TIMESTAMP'1999-12-31 23:59:59.999') AS k1")).agg(expr("avg((i + i)) AS a1"), expr("count_if(('o' <=> concat(s, s))) AS a2"))
OUTPUT_MODE = "complete"
