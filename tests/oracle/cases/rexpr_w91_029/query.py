from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss.SSSSSS").isNull().alias("c1"), expr("date_sub(make_date(2023, month(dt), least(dayofmonth(dt), 28)), i) AS c2"), (F.least(F.to_timestamp(F.date_format(F.to_timestamp(lit("1999-12-31 23:59:59.999")), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), F.when(col("b"), col("ts")).otherwise(col("ts")), col("ts")) - expr("INTERVAL -3 DAYS")).alias("c3"), expr("(m + (n + i)) AS c4"), expr("((m - n) IS NOT NULL)").alias("c5"))
OUTPUT_MODE = "append"
