spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, ts TIMESTAMP, n DECIMAL(5,3), b BOOLEAN, s STRING, dt DATE, d DOUBLE, m DECIMAL(10,2), k BIGINT, i INT, j INT").load(INPUT)
result = df.select("id", expr("ceiling(CASE WHEN abs(round((d - d), 3)) < 1e9D THEN round((d - d), 3) END)").alias("c1"), F.nullif(col("dt"), F.to_date(lit("2023-12-31"))).alias("c2"), expr("hypot(try_subtract(CAST(NULL AS INT), i), (- i)) AS c3"), expr("TRY_CAST('a' AS INT) AS c4"))
OUTPUT_MODE = "append"
