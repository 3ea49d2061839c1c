spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nvl2(col("ts"), col("b"), lit(True)).alias("c1"), expr("(i + nullif((i + id), 86400L))").alias("c2"), expr("(right(t, 4) IN ('é', 'x-y'))"))
OUTPUT_MODE = "append"
