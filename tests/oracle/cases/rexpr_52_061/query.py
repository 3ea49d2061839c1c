from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, s STRING, i INT, j INT, d DOUBLE, n DECIMAL(20,0), m DECIMAL(7,0), dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(datediff(dt, dt) * 3)")).withColumn("b", expr("(NOT (n IS NULL))")).withColumn("c3", (col("i") / F.nullif(col("j"), lit(0)))).select("id", "c1", "c3").filter((col("m") <= lit(.5).cast("decimal(2,1)")))
OUTPUT_MODE = "append"
