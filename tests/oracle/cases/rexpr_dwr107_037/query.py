from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, dt DATE, n DECIMAL(5,3), m DECIMAL(12,4), d DOUBLE, f FLOAT, j INT, i INT, ts TIMESTAMP, s STRING").json(INPUT)
result = df.withColumn("c1", expr("CASE j WHEN 5 THEN dt WHEN 2 THEN dt ELSE dt END")).withColumn("c2", expr("array_contains(split(hex(hmac('key', CASE WHEN (dt IS NOT NULL) THEN s WHEN (t > '42') THEN s WHEN (t <> '2024-02-29') THEN s ELSE s END)), ','), 'Hello')")).drop("t", "dt", "f", "j")
OUTPUT_MODE = "append"
