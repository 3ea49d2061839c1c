spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("b") & (~col("b"))) | col("id").isNotNull())).withColumn("c1", expr("unix_timestamp(ts)")).withColumn("c2", expr("((b IS NOT NULL) OR (n = id))")).withColumn("c3", expr("timestamp_millis(regexp_count(s, ' '))")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
