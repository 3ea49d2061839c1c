from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE (s < '日本') WHEN true THEN dt WHEN true THEN date_add(add_months(dt, i), i) ELSE date_add(dt, i) END").alias("c1"), expr("nullif(1000L, 0L)"), expr("((id = 1L) <= (ts <= TIMESTAMP'1999-12-31 23:59:59.999'))"), (F.when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")) + expr("INTERVAL 1 DAY")).alias("c4")).where(col("b"))
OUTPUT_MODE = "append"
