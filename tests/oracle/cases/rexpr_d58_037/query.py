from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, dt DATE, i INT, d DOUBLE, n DECIMAL(9,5), ts TIMESTAMP, b BOOLEAN, j INT, m DECIMAL(7,0)").load(INPUT)
result = df.where((F.when(col("d").isNotNull(), (col("m") != lit(12.345).cast("decimal(5,3)"))).when(col("b"), F.regexp_like(col("s"), lit("o$"))).when(col("b"), col("b")).otherwise((col("m") != lit(100).cast("decimal(3,0)"))) | col("j").isNull())).groupBy(expr("j AS k1")).agg((F.max((col("n") + col("n"))) - F.min((col("n") + col("n")))).alias("a1"), expr("bool_or(exists(split(s, ' '), x -> x = '')) AS a2"))
OUTPUT_MODE = "update"
