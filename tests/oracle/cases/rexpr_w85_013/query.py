from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("d") <= lit(0.1))).selectExpr("id", "(mask(t) IS NULL) AS c1", "(2 * n) AS c2")
OUTPUT_MODE = "append"
