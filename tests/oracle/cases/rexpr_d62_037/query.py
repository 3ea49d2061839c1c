from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(38,10), j INT, d DOUBLE, dt DATE, b BOOLEAN, i INT, s STRING, t STRING").json(INPUT)
result = df.filter("(d <= -1.5D)").select("id", "dt", expr("(n - n) AS c1"), col("d").cast("string").alias("c2"), F.timestamp_millis(col("i")).alias("c3"), expr("pmod(id, nullif(1, 0))").alias("c4"))
OUTPUT_MODE = "append"
