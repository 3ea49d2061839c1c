from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when(lit(False), col("s"))).withColumn("c2", col("ts").cast("bigint")).withColumn("c3", col("i").cast("bigint")).withColumn("c4", F.concat_ws("-", F.when(col("j").isNotNull(), lit("x-y")).otherwise(col("c1")), lit("")).endswith("a")).drop("i", "j", "n", "dt")
OUTPUT_MODE = "append"
