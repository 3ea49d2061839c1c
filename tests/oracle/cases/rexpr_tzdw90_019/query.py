spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.size(F.split(F.mask(col("t")), "-"))).withColumn("c2", expr("(dt + INTERVAL 1 DAY)")).withColumn("i", F.octet_length(col("t"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
