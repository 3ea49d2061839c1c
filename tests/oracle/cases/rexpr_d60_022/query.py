from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "t", expr("(least(length(t), i, j) <> m) AS c1"), expr("floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)"))
OUTPUT_MODE = "append"
