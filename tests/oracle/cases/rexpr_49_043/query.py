from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(col("id").cast("boolean"), lit(True))).withColumn("c1", expr("ascii(t)")).withColumn("c2", F.bround((col("d") + col("f")), 3)).withColumn("c3", expr("(5 - i)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
