from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "greatest(s, s) AS c1", "((id % nullif(i, 0)) != m) AS c2").filter("((d > -1.5D) OR (m = 99.99))")
OUTPUT_MODE = "append"
