from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, j INT, dt DATE, m DECIMAL(7,0), d DOUBLE, t STRING, i INT, k BIGINT, ts TIMESTAMP, s STRING").json(INPUT)
result = df.select("id", expr("CAST(id AS BOOLEAN)"), expr("dateadd(dt, i) AS c2")).filter((~F.coalesce(((col("m") > lit(100).cast("decimal(3,0)")) & col("b")), lit(False))))
OUTPUT_MODE = "append"
