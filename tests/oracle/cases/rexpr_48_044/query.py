from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, s STRING, j INT, dt DATE, ts TIMESTAMP, b BOOLEAN, k BIGINT, m DECIMAL(18,6), d DOUBLE").load(INPUT)
result = df.withColumn("c1", F.concat_ws("|", lit(" "), (col("i") + col("i")).cast("string"))).withColumn("c2", expr("pmod(i, nullif(7, 0))")).withColumn("c3", expr("CASE WHEN (k <= 0L) THEN 1.25 WHEN b THEN m WHEN (dt = DATE'2023-12-31') THEN m ELSE m END")).withColumn("c4", expr("right(s, 1)")).withColumn("c5", expr("(s >= 'x-y')"))
OUTPUT_MODE = "append"
