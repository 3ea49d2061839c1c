from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "b", "floor(CASE WHEN abs(round(3.75D, 3)) < 1e9D THEN round(3.75D, 3) END) AS c1", "CASE WHEN b THEN b ELSE b END AS c2", "size(split(t, ' ')) AS c3").where("(n = 1.25)")
OUTPUT_MODE = "append"
