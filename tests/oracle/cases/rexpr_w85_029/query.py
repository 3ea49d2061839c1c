from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, d DOUBLE, b BOOLEAN, n DECIMAL(20,0), m DECIMAL(12,4), j INT, i INT, dt DATE, f FLOAT, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((b >= (dt >= DATE'2023-12-31')), false))").select("s", expr("(greatest(1L, id, 3L) * 3) AS c1"), expr("(timestamp_seconds(datediff(dt, dt)) + INTERVAL 1 MONTH)").alias("c2"))
OUTPUT_MODE = "append"
