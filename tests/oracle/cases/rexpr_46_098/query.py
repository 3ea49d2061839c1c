from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((NOT (m > i)) OR (k < -2L))").selectExpr("id", "(- m) AS c1", "((ts - INTERVAL 1 MONTH) - INTERVAL 1 DAY) AS c2", "(i - i)")
OUTPUT_MODE = "append"
