from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (col("id") * lit(5))).withColumn("c2", F.regexp_count(F.concat_ws("", col("s"), col("j").cast("string"), lit(0.1).cast("string")), lit("o"))).withColumn("c3", F.round(F.ceil(col("m"), 1))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
