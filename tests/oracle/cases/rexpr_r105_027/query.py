from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, b BOOLEAN, s STRING, dt DATE, m DECIMAL(7,0), k BIGINT, i INT, n DECIMAL(20,0), j INT").json(INPUT)
result = df.select("id", (col("n") == col("m")).alias("c1"), expr("json_array_length(to_json(array(nullifzero(width_bucket(d, -10.0D, 10.0D, 4)), datepart('DAYOFWEEK', TRY_CAST(s AS DATE)))))").alias("c2"), ((col("m") * col("i")) / F.nullif(col("i"), lit(0))).alias("c3"), expr("add_months(to_date(date_format(add_months(last_day(DATE'2024-02-29'), smallint(i)), 'yyyy-MM-dd'), 'yyyy-MM-dd'), i) AS c4"), expr("make_timestamp_ltz(2024, 2, 29, bitmap_bucket_number(abs(size(array_remove(array(i, i, 1, i), i)))), 0, 0, 'Asia/Tokyo')").alias("c5"), expr("stack(3, dt, 1, dt)"))
OUTPUT_MODE = "append"
