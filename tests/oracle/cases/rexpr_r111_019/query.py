from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("posexplode_outer(map(i, s))"), (F.array_max(F.array(col("i"), lit(2), lit(3))) * F.when(col("b"), col("n"))).alias("c2"), F.encode(col("s"), 'UTF-8').alias("c3"), (col("i") - col("id")).alias("c4"), F.array_repeat(expr("to_json(arrays_zip(array(dayofweek(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]), 2), array(hex(hmac('key', current_catalog())))))"), F.abs(F.json_array_length(F.to_json(F.array(F.shiftright(col("i"), 2), col("i"))))) % 3).alias("c5"), expr("(5 * json_array_length(s))").alias("c6"))
OUTPUT_MODE = "append"
