from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, m DECIMAL(10,2), t STRING, b BOOLEAN, n DECIMAL(5,3), i INT, d DOUBLE, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.where("(NOT coalesce(isnull(dt), false))").select("id", expr("nullif(date_format(dt, 'EEEE'), '日本') AS c1"), col("id").cast("boolean").alias("c2"), expr("nvl2(repeat(t, -1), ts, TIMESTAMP'2024-02-29 00:00:00')").alias("c3")).filter(F.coalesce((col("b") & lit(7).isin(lit(5))), lit(True)))
OUTPUT_MODE = "append"
