from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("crc32(t) AS c1"), expr("CAST(from_utc_timestamp(ts, 'Asia/Tokyo') AS STRING) AS c2"), (col("i") - lit(3)).cast("decimal(38,18)").alias("c3"), expr("stack(3, add_months(dt, i), 1, TRY_CAST(s AS DATE))")).filter("(c1 >= 3L)")
OUTPUT_MODE = "append"
