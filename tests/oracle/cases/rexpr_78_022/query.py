from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, k BIGINT, d DOUBLE, i INT, dt DATE, m DECIMAL(10,2), s STRING").load(INPUT)
result = df.selectExpr("id", "greatest(i, i) AS c1", "bround(m, 3) AS c2", "((d * id) * i) AS c3")
OUTPUT_MODE = "append"
