spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("i", expr("char_length(format_string('%.2f / %s', d, ltrim(format_number(m, 2))))")).withColumn("c2", col("id")).withColumn("c3", expr("greatest(dt, dt)")).withColumn("b", expr("b")).withColumn("c5", expr("months_between(ts, c3)")).select("id", "c2", "c3", "c5").filter("(n < 12.345)")
OUTPUT_MODE = "append"
