from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("ifnull(if((id IS NOT NULL), i, 1), -1) AS c1"), F.next_day(col("dt"), "Mon").alias("c2"), F.add_months(col("dt"), col("i")).cast("timestamp").alias("c3"), F.bround(col("m"), 3).alias("c4"))
OUTPUT_MODE = "append"
