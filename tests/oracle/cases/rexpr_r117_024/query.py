from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("datepart('DAYOFWEEK', make_date(2024, 2, 1))").try_cast("decimal(10,4)").alias("c1"), F.array_intersect(F.array(lit(-1), lit(1), lit(None), lit(1)), F.array(lit(1), lit(None), lit(-1))).alias("c2")).filter((~F.coalesce(F.is_valid_utf8(F.dayname(col("dt"))), lit(False))))
OUTPUT_MODE = "append"
