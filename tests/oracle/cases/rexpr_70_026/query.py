from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.when(col("b"), col("dt")).when(col("m").isNull(), col("dt")).when(col("i").between(lit(1), lit(2)), F.add_months(col("dt"), lit(10))).otherwise(col("dt")).alias("k1")).agg(F.max(F.when((col("i") != col("d")), F.greatest(expr("-3.10"), F.when(col("b"), col("m")))).when(col("b"), F.round(F.coalesce(col("n"), expr("99.99")), 2)).otherwise(F.when((col("dt") != F.to_date(lit("2000-01-01"))), col("m")).when(col("b"), expr("100BD")).when((col("s") >= lit("日本")), col("n")).otherwise(expr("0.5")))).alias("a1"), expr("count_if((CASE WHEN (d IS NOT NULL) THEN m ELSE m END <= coalesce(n, 0.001))) AS a2"))
OUTPUT_MODE = "update"
