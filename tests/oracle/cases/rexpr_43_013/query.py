from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, t STRING, s STRING, dt DATE, n DECIMAL(5,3), b BOOLEAN, i INT, ts TIMESTAMP, m DECIMAL(7,0), k BIGINT").load(INPUT)
result = df.select("id", expr("(i + i) AS c1"), expr("TRY_CAST((0 / 2.0D) AS DECIMAL(6,3)) AS c2"), (col("ts") + expr("INTERVAL 1 MONTH")).alias("c3"))
OUTPUT_MODE = "append"
