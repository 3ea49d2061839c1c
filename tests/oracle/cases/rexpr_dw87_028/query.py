from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(i = 0)").select(expr("months_between(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), least(ts, ts), false) AS c1"), F.when(F.nvl2((lit(-1) + lit(-1.5)), F.startswith(col("s"), lit("H")), lit(False)), F.coalesce(col("id"), lit(None).cast("bigint"))).otherwise(lit(1000).cast("bigint")).alias("c2"), (lit(-1) * col("id")))
OUTPUT_MODE = "append"
