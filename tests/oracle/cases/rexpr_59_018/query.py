from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("ascii(CASE WHEN true THEN format_string('[%5s|%-4d]', s, id) WHEN (dt <> DATE'2000-01-01') THEN regexp_extract(s, '([0-9]+)', 1) ELSE rpad('Hello', 8, 'ab') END)")).withColumn("d", F.log1p(F.quarter(F.nullif(F.last_day(col("dt")), F.to_date(lit("2000-01-01")))))).withColumn("c3", expr("if((i = -1), m, 0.001)")).withColumn("c4", F.left(F.nullif(lit("x-y"), lit("abc")), lit(0)).endswith("a")).withColumn("c5", expr("startswith(lower(left(substring(s, 5, 1), 4)), 'H')")).select("id", "c1", "c3", "c4", "c5")
OUTPUT_MODE = "append"
