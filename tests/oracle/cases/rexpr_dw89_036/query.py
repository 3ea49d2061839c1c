from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(greatest(1000L, id) + id) AS c1"), F.bround(col("d"), 1).alias("c2"), (F.add_months(col("dt"), col("i")) + expr("INTERVAL 1 DAY")).alias("c3"), F.substring_index(F.trim(col("s")), "o", 2).alias("c4"))
OUTPUT_MODE = "append"
