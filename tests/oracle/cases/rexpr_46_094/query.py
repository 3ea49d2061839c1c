from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, b BOOLEAN, j INT, dt DATE, d DOUBLE, m DECIMAL(38,10), i INT, ts TIMESTAMP").load(INPUT)
result = df.where("((ts IS NOT NULL) OR (d IS NOT NULL))").select(expr("log(10, day(trunc(to_date(ts), 'yy'))) AS c1"), F.rpad(F.replace(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss.SSSSSS"), lit("o"), lit("0")), 6, "é").alias("c2"), (lit("é").isNull() & col("b")).alias("c3"))
OUTPUT_MODE = "append"
