from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, ts TIMESTAMP, j INT, t STRING, n DECIMAL(5,3), m DECIMAL(10,2), i INT, d DOUBLE, dt DATE").load(INPUT)
result = df.where(((col("d") == col("j")) | lit(-2).cast("bigint").isNull())).selectExpr("id", "dateadd(trunc(to_date('2000-01-01'), 'WEEK'), i) AS c1", "(bround(TRY_CAST(3 AS DECIMAL(5,1)), 1) + n) AS c2", "hash(i) AS c3", "ascii(replace(t, ' ', '')) AS c4").where("(NOT coalesce(((n >= 99.99) OR (n > 0.5)), false))")
OUTPUT_MODE = "append"
