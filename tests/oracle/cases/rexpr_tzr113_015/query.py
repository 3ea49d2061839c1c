spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(20,0), ts TIMESTAMP, s STRING, dt DATE, m DECIMAL(7,0), d DOUBLE, b BOOLEAN, f FLOAT, j INT, i INT").json(INPUT)
result = df.select("id", F.when(col("ts").isNotNull(), expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)")).otherwise((col("ts") + expr("INTERVAL 1 DAY"))).alias("c1"), expr("(id + (1 + id))").alias("c2"), expr("element_at(array_sort(array(least(dt, dt), DATE'2024-02-29', DATE'2024-02-29')), 1) AS c3"))
OUTPUT_MODE = "append"
