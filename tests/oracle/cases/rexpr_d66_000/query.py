from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(d - 0.001D)")).withColumn("c2", expr("(((ts IS NOT NULL) AND b) = forall(split(s, ' '), x -> x = ''))")).withColumn("c3", expr("format_number((m / nullif(m, 0)), 3)")).withColumn("c4", (col("d") + F.when((col("id") <= lit(1).cast("bigint")), F.months_between(F.when(col("b"), col("dt")).when(col("d").isNotNull(), col("dt")).otherwise(col("dt")), col("dt"))).when(col("m").between(lit(99.99).cast("decimal(4,2)"), expr("12.345")), col("d")).when((col("i") > lit(0)), col("d")).otherwise(lit(100.0))))
OUTPUT_MODE = "append"
