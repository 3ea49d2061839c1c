spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, ts TIMESTAMP, dt DATE, d DOUBLE, j INT").json(INPUT)
result = df.groupBy((lit("a") >= col("s")).alias("k1")).agg(F.min_by(F.to_date(lit("2024-02-29")), col("d")).alias("a1"), F.round(F.avg((-col("d"))), 2).alias("a2"))
OUTPUT_MODE = "update"
