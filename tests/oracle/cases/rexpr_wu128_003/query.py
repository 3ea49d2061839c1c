from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("struct(length(s), hex(try_to_binary(s, 'base64')) AS name, dt)")).withColumn("c2", expr("add_months(nvl2(CASE WHEN (f IS NOT NULL) THEN dt ELSE dt END, dt, DATE'2000-01-01'), i)")).withColumn("c3", (F.timestamp_seconds(F.nullifzero(col("i"))) + expr("INTERVAL 1 DAY"))).withColumn("c4", F.nullifzero(F.positive(F.json_array_length(F.to_json(F.array(col("i"), col("i"))))))).drop("i", "d", "m", "dt")
OUTPUT_MODE = "append"
