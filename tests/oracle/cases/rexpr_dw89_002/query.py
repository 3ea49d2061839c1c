from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "i", "concat(space(1), s) AS c1", "(CASE WHEN false THEN n ELSE m END IS NULL) AS c2", "array_contains(split(CAST((f < 0.001) AS STRING), ','), 'a') AS c3", "(i BETWEEN 2 AND 5)")
OUTPUT_MODE = "append"
