from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("j") == lit(1))).select("id", expr("greatest(ts, ts, CASE WHEN (s <= 'a') THEN ts ELSE ts END)").alias("c1"), (F.date_add(F.to_date(F.date_format(F.make_date(F.year(col("dt")), lit(2), F.least(F.dayofmonth(col("dt")), lit(28))), "dd/MM/yyyy"), "dd/MM/yyyy"), lit(0)) + expr("INTERVAL -10 DAYS")).alias("c2"), F.last_day(col("dt")).alias("c3")).where((col("d") != lit(0.1)))
OUTPUT_MODE = "append"
