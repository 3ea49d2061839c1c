from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("greatest((i + i), j)")).withColumn("c2", F.when((col("id") != col("d")), col("s")).otherwise(col("s"))).withColumn("c3", expr("(id / nullif(j, 0))")).withColumn("c4", F.when(col("b"), col("m")).when((col("s") == lit("Hello")), col("m")).otherwise(col("m"))).withColumn("c5", expr("hour(ts)"))
OUTPUT_MODE = "append"
