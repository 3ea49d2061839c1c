spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(n - (i * m)) AS c1"), F.when(col("b"), col("dt")).when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")).alias("c2"))
OUTPUT_MODE = "append"
