from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("i", expr("(i + ascii(s))")).withColumn("c2", F.bround(F.when((col("s").startswith("o") < col("b")), col("m")).when(col("t").isNotNull(), col("m")).otherwise(lit(100).cast("decimal(3,0)")), -1)).select("id", "c2")
OUTPUT_MODE = "append"
