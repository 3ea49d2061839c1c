from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, d DOUBLE, ts TIMESTAMP, s STRING, i INT, dt DATE, m DECIMAL(10,2), b BOOLEAN").load(INPUT)
result = df.filter("((nullif(nullif(CAST(NULL AS STRING), 'x-y'), '日本') LIKE '%e') OR (d < 0.001D))").selectExpr("id", "(- nullif(i, 10)) AS c1", "round(d, 2) AS c2")
OUTPUT_MODE = "append"
