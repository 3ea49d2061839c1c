from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, m DECIMAL(10,2), t STRING, d DOUBLE, b BOOLEAN, j INT, ts TIMESTAMP, i INT, dt DATE").load(INPUT)
result = df.withColumn("b", F.coalesce((lit(5) * col("i")), lit(100)).isNotNull()).withColumn("c2", F.add_months(F.when(col("b"), col("dt")).when(col("id").isNotNull(), col("dt")).otherwise(col("dt")), col("i"))).withColumn("c3", expr("CAST(j AS BIGINT)")).select("id", "c2", "c3")
OUTPUT_MODE = "append"
