from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when(col("i").isNull(), F.trunc(col("dt"), "Q")).alias("k1"), expr("date_format(greatest(ts, ts), 'yyyyMMdd') AS k2")).agg(expr("bool_or(b) AS a1"), expr("round(avg(round((pmod(i, nullif(i, 0)) * (0.5 * m)), 3)), 2) AS a2"), (F.max((((lit(-1) * col("i")) - F.pmod(col("i"), lit(3))) + F.when(col("b"), col("i")).when((col("s") <= lit("Hello")), col("i")).otherwise(F.char_length(col("s"))))) - F.min((((lit(-1) * col("i")) - F.pmod(col("i"), lit(3))) + F.when(col("b"), col("i")).when((col("s") <= lit("Hello")), col("i")).otherwise(F.char_length(col("s")))))).alias("a3"))
OUTPUT_MODE = "complete"
