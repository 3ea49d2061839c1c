from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("id") <= col("i")).cast("bigint")).withColumn("c2", (col("n") % expr("2.5"))).drop("i", "j", "m", "n", "s", "t", "ts").filter("(j = 2)")
OUTPUT_MODE = "append"
