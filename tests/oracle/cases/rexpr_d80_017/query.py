from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce((lit(None).cast("string").try_cast("date") != F.next_day(col("dt"), "SUN")), lit(True))).select("id", "dt", expr("dateadd(dt, i)"), (lit(100.0) - col("d")))
OUTPUT_MODE = "append"
