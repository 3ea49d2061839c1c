from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, dt DATE, k BIGINT, n DECIMAL(9,5), s STRING, d DOUBLE, m DECIMAL(38,10), b BOOLEAN, i INT, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.regexp_extract(col("s"), "([0-9]+)", 1)).withColumn("c2", (col("f") * col("i")))
OUTPUT_MODE = "append"
