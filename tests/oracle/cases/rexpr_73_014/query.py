from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("least(s, s, s)").alias("c1"), (F.nullif(col("d"), lit(-1.5)) - col("i")).alias("c2"), lit(0).cast("bigint").alias("c3"), expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') AS c4"), expr("(i IN (2, 5, -1)) AS c5")).where(col("c3").isNotNull())
OUTPUT_MODE = "append"
