from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select((col("j") + lit(1)).alias("c1"), F.date_trunc("MONTH", F.when(col("b"), F.try_to_date(col("s")).cast("timestamp")).when((col("i") == lit(5)), F.date_trunc("DAY", col("ts"))).when(col("b"), F.nullif(col("i"), lit(0)).cast("timestamp")).otherwise(col("ts"))).alias("c2"), expr("(ucase(s) NOT IN ('abc'))"), F.date_add(F.add_months(F.date_add(F.greatest(col("dt"), F.to_date(lit("2000-01-01")), col("dt")), col("i")), col("i")), F.dayofmonth(col("ts"))).alias("c4"), expr("CASE WHEN (j <= 5) THEN weekday(dt) ELSE datediff(dt, ts) END AS c5"))
OUTPUT_MODE = "append"
