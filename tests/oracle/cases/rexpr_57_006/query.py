from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "b", (col("b") | lit(True)).alias("c1"), expr("add_months(date_sub(add_months(dt, nullif(i, 1)), i), ifnull(i, 0))").alias("c2"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")).cast("bigint"))
OUTPUT_MODE = "append"
