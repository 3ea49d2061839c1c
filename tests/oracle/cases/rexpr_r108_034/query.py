from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("map_values(map(1, last_day(dt), 2, NULL))").alias("c1"), expr("(nullif(id, 1L) + (id + (i + id)))").alias("c2"), F.explode(F.array(F.size(F.split(col("s"), " ")), F.size(F.array_remove(F.array(col("i"), col("i"), lit(1), col("i")), col("i"))), lit(None))), F.str_to_map(F.concat(lit('a:1,b:2,c:'), F.greatest(col("i"), col("i")))).alias("c4"))
OUTPUT_MODE = "append"
