from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(F.isnan(F.ifnull(col("d"), lit(0.001))), lit(True))).selectExpr("id", "s", "trunc(dt, 'MM') AS c1", "reverse(t) AS c2", "(s <= 'o') AS c3", "CASE WHEN array_contains(split(nullif('日本', 'Hello'), ','), 'a') THEN add_months(dt, 10) ELSE dt END AS c4", "coalesce(m, m, 99.99) AS c5")
OUTPUT_MODE = "append"
