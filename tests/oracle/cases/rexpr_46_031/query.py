from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, i INT, d DOUBLE, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(7,0), b BOOLEAN, s STRING, j INT, t STRING").load(INPUT)
result = df.selectExpr("ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c1", "(2 * i) AS c2", "rtrim(string(dt)) AS c3")
OUTPUT_MODE = "append"
