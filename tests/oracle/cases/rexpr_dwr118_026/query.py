from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, dt DATE, i INT, m DECIMAL(7,0), d DOUBLE, s STRING, k BIGINT, n DECIMAL(5,3), ts TIMESTAMP").json(INPUT)
result = df.select("id", ((col("m") / expr("2.5")) / expr("10.5")).alias("c1"), expr("sequence(trunc(dt, 'mon'), date_add(trunc(dt, 'mon'), 3), INTERVAL 1 DAY)[1] AS c2"), col("k").cast("int").alias("c3"), F.nullif((col("ts") + expr("INTERVAL 1 DAY")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c4"), expr("map_values(map(1, dt, 2, NULL))").alias("c5"))
OUTPUT_MODE = "append"
