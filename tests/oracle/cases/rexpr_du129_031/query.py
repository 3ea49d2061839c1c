from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("try_mod(json_array_length(to_json(array(bit_get(i, 3), array_max(array((i * 3), timestampdiff(HOUR, ts, ts), 3))))), least(find_in_set('b', s), i, timestamp_diff('MONTH', ts, ts))) AS c1"), (col("id") + lit(-1)).cast("boolean").alias("c2"), expr("width_bucket(d, 1.0D, 1.0D, 3) AS c3"), F.coalesce(F.monthname(F.to_timestamp(lit("2024-02-29 00:00:00"))), lit("Hello")).alias("c4"))
OUTPUT_MODE = "append"
