from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(false AND ((i <= 3) AND (i IS NOT NULL))) AS c1", "(i * coalesce((- d), 0.5D)) AS c2", "(NOT (s > t)) AS c3")
OUTPUT_MODE = "append"
