from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.expm1(F.nullif(F.try_divide(col("d"), col("d")), lit(-1.5)))).withColumn("c2", expr("(d / -4.0D)"))
OUTPUT_MODE = "append"
