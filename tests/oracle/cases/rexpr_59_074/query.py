from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, d DOUBLE, t STRING, m DECIMAL(38,10), ts TIMESTAMP, i INT, s STRING, dt DATE").json(INPUT)
result = df.select("id", F.round(F.ceil(F.when(col("b"), col("m")).when(col("m").isNotNull(), lit(100).cast("decimal(3,0)")).otherwise(col("m"))), 0).alias("c1"), expr("date_format(date_add(dt, i), 'yyyy-MM-dd HH:mm:ss.SSS') AS c2"))
OUTPUT_MODE = "append"
