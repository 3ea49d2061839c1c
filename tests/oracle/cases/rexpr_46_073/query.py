from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, f FLOAT, n DECIMAL(4,1), t STRING, s STRING, ts TIMESTAMP, m DECIMAL(7,0), i INT, dt DATE, j INT").load(INPUT)
result = df.withColumn("c1", ((col("m") * col("m")) % F.nullif(F.coalesce((col("n") + col("n")), expr("1.25")), lit(0)))).withColumn("c2", F.locate("o", lit("a"), 2))
OUTPUT_MODE = "append"
