spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("id") < lit(0).cast("bigint"))).selectExpr("(date_trunc('WEEK', TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c1", "CASE WHEN (s > '2024-02-29') THEN weekofyear(dt) ELSE TRY_CAST(id AS INT) END AS c2").filter("((c2 <= 3) OR (c1 <= TIMESTAMP'2024-03-01 12:30:00.123456'))")
OUTPUT_MODE = "append"
