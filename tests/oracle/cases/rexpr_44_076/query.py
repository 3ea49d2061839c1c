from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, t STRING, s STRING, d DOUBLE, b BOOLEAN, dt DATE, m DECIMAL(10,2), ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("s AS k1")).agg(F.round(F.avg(F.when((col("s") != lit("o")), col("d")).otherwise(col("d"))), 0).alias("a1"), F.round(F.avg(lit(12.345).cast("decimal(5,3)")), 3).alias("a2"), expr("min(regexp_extract(nullif('o', ' '), '([A-Za-z]+) ([A-Za-z]+)', 2)) AS a3"), F.sum(F.when((col("b") | col("id").isNotNull()), F.when(col("b"), F.datediff(F.to_date(lit("2000-01-01")), col("dt"))).when(col("b"), col("i"))).otherwise(lit(0))).alias("a4"))
OUTPUT_MODE = "complete"
