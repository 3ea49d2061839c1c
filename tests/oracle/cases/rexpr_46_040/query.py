from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce((col("m") == lit(12.345).cast("decimal(5,3)")), lit(False)))).groupBy("dt", F.md5(col("s")).alias("k2")).agg(expr("sum(length(s)) AS a1"), expr("round(avg(n), 3) AS a2"), F.bool_or(col("b")).alias("a3"))
OUTPUT_MODE = "complete"
