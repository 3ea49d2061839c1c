from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(9,5), dt DATE, s STRING, d DOUBLE, ts TIMESTAMP, m DECIMAL(38,10), i INT").load(INPUT)
result = df.select(expr("(m != i) AS c1"), F.get(F.split(F.printf(lit('%5.2f|%-6s|'), F.abs(col("d")), lit("é")), "-"), 2).alias("c2"), expr("unix_micros(TIMESTAMP'1999-12-31 23:59:59.999') AS c3"), expr("negative(m) AS c4"), expr("unix_date(make_date(2024, 1, 1)) + i").alias("c5"))
OUTPUT_MODE = "append"
