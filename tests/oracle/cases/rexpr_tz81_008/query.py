spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE s WHEN '2024-02-29' THEN dt ELSE dt END")).withColumn("c2", expr("ceiling(0.5)")).drop("i", "k", "n", "s", "t", "ts")
OUTPUT_MODE = "append"
