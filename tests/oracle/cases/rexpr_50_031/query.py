from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, m DECIMAL(10,2), dt DATE, b BOOLEAN, i INT, d DOUBLE, t STRING, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "coalesce(12.345, m, 12.345) AS c1", "(i BETWEEN 5 AND 1)", "datediff(dt, next_day(CASE WHEN (id >= 1L) THEN dt ELSE dt END, 'Mon')) AS c3")
OUTPUT_MODE = "append"
