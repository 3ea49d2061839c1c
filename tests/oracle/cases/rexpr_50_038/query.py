from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("least(n, m, m)").alias("c1"), F.when((col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("ts")).otherwise(col("ts")).alias("c2"), expr("date_add(make_date(2024, pmod(i, 12) + 1, least(dayofmonth(dt), 28)), i)")).where("(ts <= TIMESTAMP'1999-12-31 23:59:59.999')")
OUTPUT_MODE = "append"
