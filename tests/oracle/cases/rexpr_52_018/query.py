from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("m", expr("TRY_CAST((i % 2) AS DECIMAL(10,4))")).withColumn("k", F.when(col("b"), col("id"))).withColumn("c3", expr("size(split(s, '-'))")).withColumn("c4", expr("CAST((5 * (5 - 3)) AS BIGINT)"))
OUTPUT_MODE = "append"
