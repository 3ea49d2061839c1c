from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(2 * i) AS c1", "ascii(s) AS c2", "(id / nullif(i, 0)) AS c3", "(regexp_count(t, ' ') / nullif(i, 0)) AS c4")
OUTPUT_MODE = "append"
