spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.when(F.map_contains_key(F.create_map(expr("smallint(bitmap_bit_position(1))"), lit('a'), lit(3), lit('b')), 3), col("b")).when((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))), col("d").isNotNull()).otherwise(col("b")).alias("c1"), expr("hex(try_to_binary(t, 'base64'))"), expr("greatest((d + i), d, (id / nullif(d, 0)))").alias("c3"), F.coalesce(F.nullif(col("id"), lit(-2).cast("bigint")), col("id"), lit(0).cast("bigint")).alias("c4")).where((expr("is_valid_utf8(unhex('C328'))") | col("id").isNull()))
OUTPUT_MODE = "append"
