spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("nullif(rtrim(CAST((last_day(dt) - next_day(to_date('2024-02-29'), 'Mon')) AS STRING)), 'abc')")).withColumn("c2", (col("i") + (col("id") * lit(5)))).withColumn("c3", expr("year(i)")).withColumn("b", expr("(ts >= dt)")).drop("i", "j", "d", "n", "t", "dt")
OUTPUT_MODE = "append"
