spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)")).withColumn("c2", expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)")).withColumn("dt", expr("sequence(nvl(dt, to_date('2025-03-01')), date_add(nvl(dt, to_date('2025-03-01')), 3), INTERVAL 1 DAY)[1]")).withColumn("c4", F.acos(lit(0.1))).withColumn("c5", F.when(col("m").isNotNull(), expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).otherwise(F.to_date(lit("2024-02-29"))))
OUTPUT_MODE = "append"
