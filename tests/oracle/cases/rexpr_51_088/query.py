from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, b BOOLEAN, i INT, s STRING, d DOUBLE, ts TIMESTAMP, m DECIMAL(10,2)").json(INPUT)
result = df.filter((col("i") == lit(-1))).select("id", expr("concat(s, CAST(m AS STRING), least(s, s, s)) AS c1"), F.lower(col("s")).like("H%").alias("c2"), F.least(col("ts"), col("ts")).alias("c3"))
OUTPUT_MODE = "append"
