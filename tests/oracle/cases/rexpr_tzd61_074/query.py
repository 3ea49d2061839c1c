spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), d DOUBLE, i INT, k BIGINT, n DECIMAL(5,3), f FLOAT, j INT, ts TIMESTAMP, dt DATE, t STRING, b BOOLEAN, s STRING").json(INPUT)
result = df.withColumn("c1", expr("(CAST(dt AS TIMESTAMP) + INTERVAL 1 DAY)")).withColumn("j", (lit(3) * lit(-1)))
OUTPUT_MODE = "append"
