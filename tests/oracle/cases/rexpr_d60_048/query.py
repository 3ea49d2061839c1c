from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((d - id) * (i * 1))", "(ts - INTERVAL 1 DAY) AS c2", "((m % nullif(m, 0)) / 2.5) AS c3").filter("(c3 >= 100BD)")
OUTPUT_MODE = "append"
