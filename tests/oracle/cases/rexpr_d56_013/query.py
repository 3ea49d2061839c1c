from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", F.make_date(F.year(col("dt")), lit(12), F.least(F.dayofmonth(col("dt")), lit(28))).alias("c1"), expr("sin(try_multiply(CAST(j AS DOUBLE), d))").alias("c2"), F.when((col("b") | col("b")), F.char_length(lit("42"))).otherwise(col("i")).alias("c3"), (F.make_timestamp(F.year(F.date_from_unix_date((lit(-1) * col("i")))), F.month(F.date_from_unix_date((lit(-1) * col("i")))), F.dayofmonth(F.date_from_unix_date((lit(-1) * col("i")))), lit(23), lit(59), lit(expr("59.999999"))) - expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c4"))
OUTPUT_MODE = "append"
