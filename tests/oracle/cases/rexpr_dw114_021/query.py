from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("((i - i) * 1)").alias("c1"), F.ifnull(col("n"), lit(100).cast("decimal(3,0)")).alias("c2"))
OUTPUT_MODE = "append"
