from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("CASE WHEN b THEN dt ELSE to_date('2000-01-01') END", "round(d, -1) AS c2", "(dt + INTERVAL '1-1' YEAR TO MONTH) AS c3")
OUTPUT_MODE = "append"
