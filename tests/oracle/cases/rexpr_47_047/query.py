from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, i INT, n DECIMAL(5,3), d DOUBLE, s STRING, b BOOLEAN, ts TIMESTAMP, dt DATE, m DECIMAL(10,2)").load(INPUT)
result = df.select("id", (col("n") / F.nullif(col("i"), lit(0))), expr("((least(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL '1-2' YEAR TO MONTH) - INTERVAL '1 02:03:04.000005' DAY TO SECOND)").alias("c2"), expr("(((m + (- n)) - 1) - dayofyear(last_day(add_months(dt, i))))").alias("c3"))
OUTPUT_MODE = "append"
