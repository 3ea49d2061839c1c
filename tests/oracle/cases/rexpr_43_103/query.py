from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("TRY_CAST(rpad(s, 3, 'é') AS BIGINT)").alias("c1"), F.regexp_extract(F.concat_ws("-", col("ts").cast("string"), col("s"), F.substring(col("s"), 2, 3)), "([a-z]+)", 1).alias("c2"))
OUTPUT_MODE = "append"
