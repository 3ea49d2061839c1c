from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(((~col("b")) | col("b")), (col("i") - F.size(F.array_distinct(F.split(col("s"), ","))))).when(col("b"), col("i"))).withColumn("c2", expr("make_date(year(dt), pmod(i, 12) + 1, 28)")).withColumn("c3", F.repeat(lit(" "), 1)).withColumn("c4", expr("abs(j)")).withColumn("c5", expr("m")).withColumn("c6", expr("c2")).drop("i", "j", "d", "m", "b", "dt")
OUTPUT_MODE = "append"
