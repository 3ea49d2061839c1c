from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, f FLOAT, n DECIMAL(5,3), s STRING, j INT, ts TIMESTAMP, m DECIMAL(38,10), i INT, b BOOLEAN, dt DATE, d DOUBLE").load(INPUT)
result = df.select("id", expr("((second(ts) % nullif(i, 0)) % 7)").alias("c1"), F.trunc(F.date_add(col("dt"), col("i")), "YEAR"), F.coalesce(F.date_format((F.to_timestamp(lit("2024-03-01 12:30:00.123456")) - expr("INTERVAL '1-2' YEAR TO MONTH")), "dd.MM.yy"), lit(" ")).alias("c3"))
OUTPUT_MODE = "append"
