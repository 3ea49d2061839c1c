from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((s RLIKE '[0-9]+') OR (i IS NOT NULL))").select("id", col("ts").cast("date"), F.octet_length(F.substring(col("s"), -3, 10)).alias("c2"), expr("nullif((round(m, 0) * 12.345), 0.5) AS c3"), F.date_add(F.trunc(F.date_add(F.when(col("b"), F.to_date(lit("2000-01-01"))).when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), col("i")), "WEEK"), col("i")).alias("c4"), F.last_day(F.make_date(lit(2024), F.month(col("dt")), F.least(F.dayofmonth(col("dt")), lit(28)))).alias("c5"))
OUTPUT_MODE = "append"
