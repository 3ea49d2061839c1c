from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("length(ucase(get(split(s, ' '), 2)))")).withColumn("c2", col("t")).withColumn("c3", expr("CAST(size(split(c2, '  *')) AS TIMESTAMP)")).withColumn("d", expr("months_between(add_months(add_months(dt, i), nullif(i, 1)), last_day(dt))")).withColumn("c5", F.greatest(F.lpad(col("c2"), 0, "*"), F.lpad(F.least(col("t"), col("s"), lit("日本")), 6, "ab")))
OUTPUT_MODE = "append"
