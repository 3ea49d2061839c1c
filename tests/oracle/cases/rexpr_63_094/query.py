from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", expr("substring(t, 2, 1)").alias("c1"), F.round(col("d"), -1).alias("c2")).where(((col("t") == lit(" ")) | col("dt").isNull()))
OUTPUT_MODE = "append"
