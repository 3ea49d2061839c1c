from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(CASE WHEN b THEN (NOT (dt < to_date('2024-02-29'))) WHEN b THEN ((m >= 1.25) AND (f <> 3.75D)) WHEN (id < -2L) THEN b END OR (id <= 1L))").groupBy("i").agg(F.max(F.element_at(F.split(col("s"), " "), 3)).alias("a5"), F.max(F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("a1"), F.sum(F.when((F.least(col("d"), lit(0.001)) == F.when(col("b"), col("id")).when(col("b"), lit(1000).cast("bigint")).when((col("id") != lit(0).cast("bigint")), col("id")).otherwise(col("id"))), F.datediff(col("ts"), col("dt"))).otherwise(lit(0))).alias("a2"), F.count(col("id")).alias("a3"), F.count_if(((col("dt") <= F.to_date(lit("2000-01-01"))) | (col("m") == lit(12.345).cast("decimal(5,3)")))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
