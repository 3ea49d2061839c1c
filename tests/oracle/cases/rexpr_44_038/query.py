from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(s >= 'abc') AS c1", "(TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL '1-2' YEAR TO MONTH) AS c2")
OUTPUT_MODE = "append"
