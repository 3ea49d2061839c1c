from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.array_repeat(F.size(F.map_keys(F.str_to_map(col("t"), lit(' '), lit('l')))), -1).alias("c1"), expr("CAST(convert_timezone('Europe/Paris', CAST(try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0) AS TIMESTAMP_NTZ)) AS STRING)").alias("c2")).where(col("c2").isNotNull())
OUTPUT_MODE = "append"
