spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, s STRING, j INT, k BIGINT, m DECIMAL(10,2), n DECIMAL(5,3), dt DATE, b BOOLEAN, d DOUBLE, i INT").json(INPUT)
result = df.where((col("k") < lit(86400).cast("bigint"))).selectExpr("id", "(id + dayofmonth(dt)) AS c1", "((id DIV 10) >= (i * 1)) AS c2", "bround(d, 0) AS c3").where("(NOT coalesce((c2 < (c3 IS NOT NULL)), false))")
OUTPUT_MODE = "append"
