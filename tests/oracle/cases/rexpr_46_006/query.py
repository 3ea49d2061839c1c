from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "s", "greatest(n, 1.25, m) AS c1", "floor(n, 1) AS c2", "nvl2(nullif('Hello', '42'), (d + 1000L), 0.5D) AS c3")
OUTPUT_MODE = "append"
