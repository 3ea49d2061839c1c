from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.when(col("b"), col("b")).when(col("ts").isNotNull(), F.when(col("m").isNotNull(), (col("n") > lit(12.345).cast("decimal(5,3)"))).otherwise(col("b"))) | (col("n") > expr("99.99")))).withColumn("c1", F.left(col("t"), lit(4))).withColumn("c2", F.bround(F.ifnull(col("n"), lit(-3.10).cast("decimal(3,2)")), 1)).select("id", "c1", "c2").where("((n BETWEEN 12.345 AND 100BD) OR (n >= 0.001))")
OUTPUT_MODE = "append"
