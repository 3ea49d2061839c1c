from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, s STRING, b BOOLEAN, m DECIMAL(18,6), d DOUBLE, f FLOAT, ts TIMESTAMP, dt DATE, k BIGINT").json(INPUT)
result = df.withColumn("c1", (col("i") * lit(100000000))).withColumn("c2", expr("0.5D")).withColumn("c3", expr("left(rpad('2024-02-29', 8, 'ab'), 2)")).withColumn("c4", (col("i") >= lit(1)).cast("int")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
