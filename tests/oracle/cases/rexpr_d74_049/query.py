from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, i INT, b BOOLEAN, j INT, s STRING, m DECIMAL(10,2), d DOUBLE, t STRING, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("ascii(t) AS k1")).agg((F.max(F.when(col("b"), col("i")).when((col("i") != lit(-1.5)), col("i")).otherwise(col("i"))) - F.min(F.when(col("b"), col("i")).when((col("i") != lit(-1.5)), col("i")).otherwise(col("i")))).alias("a1"), expr("min(try_to_date(t)) AS a2"), expr("round(avg(levenshtein('Hello', t)), 0) AS a3"), F.round(F.avg(F.abs(F.round(lit(12.345).cast("decimal(5,3)"), 2))), 0).alias("a4"))
OUTPUT_MODE = "complete"
