spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("ceiling(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END) AS c1", "((-2L + i) / -4.0D) AS c2", "((id * d) * CAST((i NOT IN (1, 3, 3)) AS BIGINT)) AS c3").where((F.regexp_like(col("t"), lit("[aeiou]{2}")) | col("m").isNotNull()))
OUTPUT_MODE = "append"
