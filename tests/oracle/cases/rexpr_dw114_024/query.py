from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, dt DATE, k BIGINT, i INT, s STRING, d DOUBLE, m DECIMAL(10,2)").load(INPUT)
result = df.selectExpr("id", "(id - id) AS c1", "(i IN (10, 10)) AS c2", "rtrim(CASE WHEN (i IS NOT NULL) THEN s ELSE s END) AS c3")
OUTPUT_MODE = "append"
