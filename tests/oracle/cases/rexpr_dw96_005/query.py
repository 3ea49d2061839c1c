from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(d > 0.5D)").select("id", expr("add_months(trunc(trunc(dt, 'yy'), 'WEEK'), i) AS c1"), expr("try_to_timestamp(t) AS c2"), expr("datediff(ts, dt)").alias("c3"), expr("((i + 2) - (i * -1)) AS c4"))
OUTPUT_MODE = "append"
