from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, d DOUBLE, i INT, n DECIMAL(5,3), f FLOAT, j INT, b BOOLEAN, ts TIMESTAMP, m DECIMAL(38,10)").json(INPUT)
result = df.selectExpr("id", "m", "greatest(CASE WHEN b THEN s ELSE s END, s) AS c1", "get(split(substring(rtrim(s), 5, 0), '[aeiou]'), 2) AS c2", "CAST(id AS DOUBLE)", "(b AND b) AS c4")
OUTPUT_MODE = "append"
