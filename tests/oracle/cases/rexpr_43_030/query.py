from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(b OR (i <= 2))").selectExpr("id", "last_day(dt)", "CASE WHEN b THEN floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) ELSE id END AS c2", "(id % 3)").filter(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
