spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "nullif((CAST(i AS TIMESTAMP) + INTERVAL 24 HOURS), TIMESTAMP'2024-03-01 12:30:00.123456') AS c1", "(id % nullif(i, 0)) AS c2", "(string((n IS NOT NULL)) IS NULL) AS c3").filter((~F.coalesce(F.when(col("b"), col("b")).when(col("b"), col("b")).otherwise((col("s") >= lit("a"))), lit(False))))
OUTPUT_MODE = "append"
