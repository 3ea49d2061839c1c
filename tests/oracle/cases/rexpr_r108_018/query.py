from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, j INT, m DECIMAL(12,4), ts TIMESTAMP, s STRING, k BIGINT, t STRING, dt DATE, b BOOLEAN, i INT").json(INPUT)
result = df.withColumn("c1", expr("try_mod(CAST(dayofyear(to_date('2023-12-31')) AS BIGINT), 0L)")).withColumn("c2", (col("ts") > col("dt"))).withColumn("c3", expr("sequence(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], date_add(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], 3), INTERVAL 1 DAY)[1]")).withColumn("c4", expr("negative(i)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
