spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), ts TIMESTAMP, s STRING, k BIGINT, m DECIMAL(18,6), d DOUBLE, t STRING, i INT, dt DATE").json(INPUT)
result = df.withColumn("t", F.monthname(col("ts"))).withColumn("c2", expr("(i + CASE WHEN (m >= 0.5) THEN id WHEN (t < 'a') THEN 1L ELSE id END)")).withColumn("c3", expr("(n * -1)")).withColumn("c4", expr("exists(map_keys(map_filter(map('a', (-1 * i), 'b', zeroifnull(array_max(array(negative(i), position('o', ' '), 3)))), (k, v) -> v > 0)), x -> x = 'a')")).withColumn("c5", F.factorial(col("d")))
OUTPUT_MODE = "append"
