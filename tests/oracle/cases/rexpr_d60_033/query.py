from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "timestamp_millis((i - i))", "date_trunc('MINUTE', ts)", "soundex(CAST(id AS STRING))", "bround(nullif(try_multiply(m, 3), 0.001), 3) AS c4", "least((2 * -1), shiftleft(i, 2), date_part('DOY', dt)) AS c5", "CAST(s AS INT) AS c6").filter(((F.concat_ws("", F.to_date(lit("2023-12-31")).cast("string"), lit(None).cast("string")) >= lit("42")) | col("c4").isNull()))
OUTPUT_MODE = "append"
