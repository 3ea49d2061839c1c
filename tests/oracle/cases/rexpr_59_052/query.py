from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("((b OR b) OR ((d < 2.0D) AND (j NOT IN (0, 3))))")).withColumn("c2", expr("ucase(s)")).withColumn("c3", (col("s") < lit("x-y"))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
