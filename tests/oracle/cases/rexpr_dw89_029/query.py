from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("((i - i) - bit_length(t))")).withColumn("c2", expr("(ts - INTERVAL 36 HOURS)")).drop("j", "d", "f", "m", "s", "t", "dt", "ts").filter("(NOT coalesce(CASE s WHEN 'x-y' THEN (j <= -1) ELSE (ts <= TIMESTAMP'1999-12-31 23:59:59.999') END, false))")
OUTPUT_MODE = "append"
