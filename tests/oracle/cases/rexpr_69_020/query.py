from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CAST(i AS TIMESTAMP)")).withColumn("c2", F.nullif(col("d"), lit(0.5))).drop("j", "d", "f", "m", "s", "t", "b", "ts")
OUTPUT_MODE = "append"
