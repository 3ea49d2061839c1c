spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), dt DATE, f FLOAT, ts TIMESTAMP, m DECIMAL(18,6), s STRING, d DOUBLE, b BOOLEAN, i INT, t STRING, k BIGINT").json(INPUT)
result = df.selectExpr("id", "b", "explode(map('a', ((i % 3) - i), 'b', i))", "date_trunc('HOUR', try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)) AS c2", "isnan(try_to_number(md5(CASE WHEN b THEN s ELSE s END), 'S999.99')) AS c3").where(col("m").isNotNull())
OUTPUT_MODE = "append"
