from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, k BIGINT, t STRING, n DECIMAL(5,3), ts TIMESTAMP, dt DATE, b BOOLEAN, d DOUBLE, i INT, m DECIMAL(10,2)").load(INPUT)
result = df.selectExpr("id", "k", "greatest(id, k, id) AS c1", "(i NOT IN (1)) AS c2")
OUTPUT_MODE = "append"
