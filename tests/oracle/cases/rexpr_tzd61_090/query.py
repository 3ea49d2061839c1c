spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(5 + i) AS c1"), F.nullif(F.when(col("s").isNotNull(), col("ts")).otherwise(col("ts")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.coalesce(col("i"), lit(100)).alias("c3"), (-col("j")).alias("c4"), F.coalesce(F.regexp_replace(col("s"), "[aeiou]", "*"), lit("42")).alias("c5")).filter((F.array_contains(F.split(col("s"), ","), "Hello") | col("b")))
OUTPUT_MODE = "append"
