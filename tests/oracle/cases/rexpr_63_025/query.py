from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.ascii(col("s")).alias("k1")).agg(expr("sum(id) AS a1"), expr("(max(i) - min(i)) AS a2"), expr("min((i - 1L)) AS a3"))
OUTPUT_MODE = "update"
