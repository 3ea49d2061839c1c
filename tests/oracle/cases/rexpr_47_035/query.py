from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt", "t").agg(expr("max(to_timestamp(s)) AS a4"), F.min(col("n")).alias("a1"), expr("sum(CASE WHEN ((t <> 'abc') OR (n IS NOT NULL)) THEN (5 * 1) ELSE 0 END) AS a2"), F.min(F.when(col("b"), col("dt")).when(lit(True), col("dt")).when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("dt")).otherwise(F.make_date(F.year(col("dt")), lit(2), lit(28)))).alias("a3"))
OUTPUT_MODE = "complete"
