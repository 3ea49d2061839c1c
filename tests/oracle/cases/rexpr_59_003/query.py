from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.log(F.when(col("b"), lit(0.5)).otherwise(lit(0.001)))).withColumn("c2", expr("try_to_timestamp(t)")).withColumn("c3", F.repeat(F.format_number(F.nullif(lit(100.0), lit(0.5)), 3), 1)).drop("i", "d", "m", "n", "s", "b", "dt")
OUTPUT_MODE = "append"
