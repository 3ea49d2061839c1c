from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, t STRING, b BOOLEAN, s STRING, ts TIMESTAMP, m DECIMAL(12,4), i INT, dt DATE").json(INPUT)
result = df.filter("coalesce(isnan((i * d)), true)").selectExpr("id", "greatest(i, i) AS c1", "CAST(m AS STRING) AS c2").filter("(NOT coalesce(coalesce(b, (d >= 2.0D), false), false))")
OUTPUT_MODE = "append"
