from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "isnan(d)", "CAST(CAST(CAST(date_add(dt, i) AS TIMESTAMP) AS DATE) AS TIMESTAMP) AS c2")
OUTPUT_MODE = "append"
