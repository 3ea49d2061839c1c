from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("dayofweek(dt)")).withColumn("c2", expr("(- j)")).withColumn("m", F.when((col("s") != lit("o")), (lit(99.99).cast("decimal(4,2)") + col("m"))).when(col("s").rlike("[0-9]+"), col("m")).otherwise(col("b").cast("decimal(10,4)"))).withColumn("c4", expr("substring(substring(least(s, s), 2, 3), 0, 10)")).withColumn("c5", expr("(m / nullif(m, 0))")).drop("d", "s", "b", "dt", "ts").filter("((c4 LIKE 'a%') OR (c4 >= 'é'))")
OUTPUT_MODE = "append"
