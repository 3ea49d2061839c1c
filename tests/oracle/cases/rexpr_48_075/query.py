from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((col("ts").isNotNull() | ((col("dt") != F.to_date(lit("2024-02-29"))) | col("b"))).alias("c1"), F.nullif(col("s"), lit("abc")).alias("c2"))
OUTPUT_MODE = "append"
