spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, ts TIMESTAMP, s STRING, i INT, j INT, dt DATE").json(INPUT)
result = df.select("id", expr("unix_timestamp(dt)"), F.nullif(F.when((col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999"))), (expr("0.5") - expr("1.25"))), expr("-3.10")).alias("c2"), expr("(j + 1)").alias("c3"), expr("nullif(((m / 7) / nullif(m, 0)), 1.25)").alias("c4")).filter("(CAST(id AS BOOLEAN) OR (c4 = 99.99))")
OUTPUT_MODE = "append"
