from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(F.endswith(expr("CAST(add_months(dt, 1) AS STRING)"), lit("o")), lit(True))).selectExpr("id", "nullif(dt, DATE'2023-12-31') AS c1", "to_date(t) AS c2", "nvl2(s, size(split(repeat(t, 1), '  *')), i) AS c3", "bround(radians(i), 1) AS c4").filter((col("c4") != lit(0.1)))
OUTPUT_MODE = "append"
