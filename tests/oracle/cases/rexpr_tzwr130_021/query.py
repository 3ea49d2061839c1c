spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, i INT, s STRING, m DECIMAL(10,2), dt DATE, b BOOLEAN, t STRING, ts TIMESTAMP, n DECIMAL(9,5)").json(INPUT)
result = df.selectExpr("id", "greatest(id, 1000L, 0L) AS c1", "add_months(add_months(nvl2(id, to_date('2023-12-31'), DATE'2025-03-01'), 2), i) AS c2", "posexplode_outer(map(3, t))").filter(((col("n").isNotNull() & (~F.coalesce(col("b"), lit(False)))) | col("ts").isNotNull()))
OUTPUT_MODE = "append"
