from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, i INT, s STRING, j INT, m DECIMAL(10,2), n DECIMAL(9,5), ts TIMESTAMP, d DOUBLE, f FLOAT, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", expr("least(TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'2024-03-01 12:30:00.123456')")).withColumn("c2", expr("(i BETWEEN 0 AND 10)")).withColumn("c3", F.try_element_at(F.split(F.format_string("[%5s|%-4d]", col("s"), col("id")), "  *"), lit(2))).withColumn("c4", F.when(col("ts").isNotNull(), col("id")).when(col("b"), col("id")).otherwise(col("id"))).drop("dt", "i", "j", "m", "n", "ts", "d", "f", "b").filter("coalesce(b, true)")
OUTPUT_MODE = "append"
