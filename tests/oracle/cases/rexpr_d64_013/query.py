from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("radians(CAST(m AS DOUBLE))")).withColumn("c2", col("s").cast("int")).withColumn("c3", expr("b")).withColumn("c4", col("ts").eqNullSafe(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c5", expr("((c4 OR (i = 2)) OR (s <= ''))")).drop("i", "j", "k", "d", "f", "m", "n", "b", "dt", "ts")
OUTPUT_MODE = "append"
