spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("date_add(dt, d)")).withColumn("c2", (col("i") - col("m"))).withColumn("c3", expr("encode(format_string('%e', zeroifnull(-1.5D)), 'UTF-8')")).withColumn("c4", (F.bround(col("m"), -1) / lit(-4))).withColumn("c5", expr("CAST(make_dt_interval((try_mod(i, i) - -1)) + make_dt_interval(0, timestampdiff(HOUR, (ts + INTERVAL '1-2' YEAR TO MONTH), try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0))) AS STRING)"))
OUTPUT_MODE = "append"
