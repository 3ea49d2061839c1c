from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(m - m) AS c1"), F.to_timestamp(F.date_format(F.try_to_timestamp(col("t")), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS").alias("c2"))
OUTPUT_MODE = "append"
