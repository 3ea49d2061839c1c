from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, i INT, ts TIMESTAMP, k BIGINT, n DECIMAL(9,5), dt DATE, m DECIMAL(38,10), s STRING, j INT").json(INPUT)
result = df.withColumn("c1", expr("sequence(5, abs(smallint(timestampdiff(HOUR, CASE WHEN true THEN ts ELSE ts END, ts))) % 5, -2)")).withColumn("c2", expr("date_from_unix_date((i % 7))")).withColumn("c3", (col("m") + col("i"))).drop("k", "n", "dt", "s", "j")
OUTPUT_MODE = "append"
