spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(9,5), ts TIMESTAMP, dt DATE, d DOUBLE, i INT, t STRING, m DECIMAL(38,10), s STRING, j INT").json(INPUT)
result = df.select("id", ((col("d") / F.nullif(lit(0.1), lit(0))) / lit(3)), F.try_to_date(lit("42")).alias("c2"), ((col("t") >= lit("2024-02-29")) & F.array_contains(F.split(col("s"), ","), "")).alias("c3"))
OUTPUT_MODE = "append"
