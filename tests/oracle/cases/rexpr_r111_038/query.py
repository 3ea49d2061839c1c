from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(k <= 0L)").selectExpr("id", "(i - -2L) AS c1", "transform_keys(map(nullif(i, 5), 'x', 100, 'y'), (k, v) -> k + 1) AS c2")
OUTPUT_MODE = "append"
