from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("j") >= lit(3))).selectExpr("id", "date_sub(dt, i) AS c1", "((s IS NOT NULL) OR (s > ' ')) AS c2")
OUTPUT_MODE = "append"
