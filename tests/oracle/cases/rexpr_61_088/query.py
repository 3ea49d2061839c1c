from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("(trunc(dt, 'yy') + INTERVAL 1 DAY)"), F.add_months(col("dt"), col("i")), (lit(0) * F.when(col("b"), col("i")).when(col("j").isNotNull(), col("i"))).alias("c3"), expr("date_format(nullif(dt, DATE'2025-03-01'), 'MMM d, yyyy') AS c4"), expr("nullif(s, 'o')"))
OUTPUT_MODE = "append"
