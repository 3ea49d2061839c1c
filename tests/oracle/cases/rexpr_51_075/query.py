from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("t") >= lit("o"))).withColumn("c1", F.greatest(col("m"), col("m"))).withColumn("s", expr("concat('', t)")).select("id", "c1")
OUTPUT_MODE = "append"
