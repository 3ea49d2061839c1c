from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CAST(1L AS DOUBLE) AS k1")).agg(expr("max(md5(i)) AS a4"), expr("(max(m) - min(m)) AS a1"), F.sum(F.when(F.format_number(col("f"), 3).like("a%"), lit(12.345).cast("decimal(5,3)")).otherwise(lit(0))).alias("a2"), expr("datediff(max(trunc(dt, 'yy')), min(trunc(dt, 'yy'))) AS a3"))
OUTPUT_MODE = "complete"
