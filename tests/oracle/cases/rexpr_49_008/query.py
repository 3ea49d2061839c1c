from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, k BIGINT, ts TIMESTAMP, b BOOLEAN, dt DATE, f FLOAT, n DECIMAL(4,1), s STRING, i INT, m DECIMAL(10,2), d DOUBLE").load(INPUT)
result = df.filter((col("b") | col("b").isNotNull())).selectExpr("id", "hash(id, d) AS c1", "(- 2.0D) AS c2")
OUTPUT_MODE = "append"
