from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.explode_outer(F.split(col("s"), ' ')), F.weekofyear(expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).alias("c2"), expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)").alias("c3"), F.array_join(F.array_append(F.array(F.upper(F.url_decode(F.url_encode(F.current_catalog())))), F.sha2(F.substr(F.nvl2(col("ts"), col("s"), col("s")), lit(2), lit(0)), 512)), '+', 'NUL').alias("c4"), expr("array_intersect(array(array_position(array(s, 'a', s), 'a'), 1, NULL, 1), array(1, NULL, array_position(array(s, 'a', s), 'a'))) AS c5"))
OUTPUT_MODE = "append"
