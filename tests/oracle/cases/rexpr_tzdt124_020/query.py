spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), ts TIMESTAMP, k BIGINT, d DOUBLE, i INT, s STRING, b BOOLEAN, dt DATE, f FLOAT, t STRING").load(INPUT)
result = df.withColumn("c1", expr("(nvl2(date_trunc('WEEK', ts), coalesce(i, 2), 1) + size(array_distinct(split(md5(t), ','))))")).withColumn("c2", (col("dt") != F.to_date(lit("2000-01-01")))).withColumn("c3", F.get(F.split(F.regexp_replace(F.nvl(lit("日本"), lit("o")), " +", "_"), "[aeiou]"), 0)).withColumn("c4", expr("add_months(dt, i)")).withColumn("c5", col("f").try_cast("bigint"))
OUTPUT_MODE = "append"
