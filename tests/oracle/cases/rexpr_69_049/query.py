from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce(F.when(col("id").isNotNull(), col("s")).when((col("j") == lit(2)), col("s")).otherwise(col("s")).try_cast("boolean"), lit(False)))).groupBy(expr("(s BETWEEN 'a' AND '2024-02-29') AS k1")).agg(expr("count(i) AS a1"), F.sum(F.when((lit(3).cast("bigint") == col("i")), F.instr(col("s"), "")).otherwise(lit(0))).alias("a2"), F.count_if(F.nvl2(col("dt"), (col("s") >= lit("Hello")), lit(None).cast("boolean"))).alias("a3"), F.sum(F.when(col("b"), F.when(col("s").isNotNull(), F.datediff(col("dt"), col("dt"))).when(col("b"), F.weekday(col("dt"))).when(col("b"), col("i"))).otherwise(lit(0))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
