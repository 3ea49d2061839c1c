spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("i") >= lit(1))).select("id", "n", (~col("i")).alias("c1"), expr("sequence(sequence(to_date('2023-12-31'), date_add(to_date('2023-12-31'), 3), INTERVAL 1 DAY)[1], date_add(sequence(to_date('2023-12-31'), date_add(to_date('2023-12-31'), 3), INTERVAL 1 DAY)[1], 3), INTERVAL 1 DAY)[1]").alias("c2"), (col("ts") - expr("INTERVAL 36 HOURS")).alias("c3"), F.weekday(F.least(F.trunc(F.to_date(lit("2024-02-29")), "Q"), col("s").try_cast("date"))).alias("c4"))
OUTPUT_MODE = "append"
