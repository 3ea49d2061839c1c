from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("ucase(base64(t)) AS c1"), F.least(col("i"), col("i")), ((F.expr("(i ^ -1)").cast("int") + col("i")) - col("i")).alias("c3"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")).cast("date")).filter((~F.coalesce(col("ts").isNotNull(), lit(False))))
OUTPUT_MODE = "append"
