spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, dt DATE, j INT, m DECIMAL(7,0), i INT, s STRING, n DECIMAL(20,0), d DOUBLE").load(INPUT)
result = df.withColumn("c1", expr("((CAST(dt AS TIMESTAMP) + INTERVAL '1 02:03:04.000005' DAY TO SECOND) + INTERVAL 1 MONTH)")).withColumn("c2", F.startswith(F.nullif(F.substr(col("s"), lit(5), lit(1)), lit("a")), lit(""))).withColumn("c3", expr("nullif(CAST(CAST((5 | 3) AS INT) AS BIGINT), 1000L)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
