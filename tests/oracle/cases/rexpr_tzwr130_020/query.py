spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((s ILIKE '%H%') OR (t IS NULL))").withColumn("c1", F.repeat(col("t"), 3)).withColumn("c2", expr("try_to_date(t)")).withColumn("c3", F.map_contains_key(F.create_map(col("i"), lit('a'), lit(3), lit('b')), 3)).withColumn("c4", F.when(col("b"), col("m")).otherwise(col("m"))).drop("i", "d", "m", "t", "dt", "ts")
OUTPUT_MODE = "append"
